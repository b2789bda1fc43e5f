-- A letter edited for one segment line (F-42, story step 7): the line keeps its own subject and
-- body (with merge fields) and logging hands them to the entry, whose letter or email uses them.
alter table segment_line add column letter_subject varchar(300);
alter table segment_line add column letter_body text;
alter table removed_segment_line add column letter_subject varchar(300);
alter table removed_segment_line add column letter_body text;
alter table interaction_log_entry add column letter_subject varchar(300);
alter table interaction_log_entry add column letter_body text;
