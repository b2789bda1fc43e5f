-- Issue 14: the Go Back of an Add finds a segment's lines by the primary key's first column, as on
-- PostgreSQL (db/vendor/postgresql/V34__...); H2 keeps its foreign keys and the email index.
drop index segment_line_action;
