-- Issue 14: logging with attachments reads a logged segment's entries a chunk at a time in entry
-- order (entry_no > last one read, limit n); the index answers each chunk from where the last one
-- ended, where one on logged_segment_no alone made every chunk scan and sort the whole log.
-- PostgreSQL also checks segment lines per statement (db/vendor/postgresql/V25__...); H2 keeps
-- the foreign keys.
create index ile_logged_segment_entry on interaction_log_entry (logged_segment_no, entry_no);
drop index ile_logged_segment;
