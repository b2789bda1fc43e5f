-- A segment line's own description for its interaction log entry (F-21); null: the header's, so
-- that a change of the header's description reaches the entries of the lines that have none.
alter table segment_line add column description varchar(100);
