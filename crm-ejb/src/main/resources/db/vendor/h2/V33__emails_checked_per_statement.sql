-- Issue 14: PostgreSQL checks the references of emails, their recipients and outbox messages per
-- statement instead of row by row (db/vendor/postgresql/V33__...); H2, the zero-setup database of
-- the demo, keeps the foreign keys.
select 1;
