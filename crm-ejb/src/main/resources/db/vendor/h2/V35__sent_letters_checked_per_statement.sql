-- Issue 14: PostgreSQL checks a sent letter's entry per statement instead of row by row
-- (db/vendor/postgresql/V35__...); H2, the zero-setup database of the demo, keeps the foreign key.
select 1;
