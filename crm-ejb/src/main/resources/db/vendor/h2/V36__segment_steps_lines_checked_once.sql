-- Issue 14: PostgreSQL's statement triggers skip the lines an Add selects from the contact and
-- segment tables, and check the segment of removed lines once a statement
-- (db/vendor/postgresql/V36__...); H2 keeps its foreign keys.
select 1;
