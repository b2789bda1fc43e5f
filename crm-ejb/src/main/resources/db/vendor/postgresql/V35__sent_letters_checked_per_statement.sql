-- Issue 14: logging a segment with attachments writes a sent letter for each letter line; its
-- foreign key to the interaction log entry was checked row by row (a query and a row lock per
-- letter), as the emails' were before V33. The same rules are kept by statement triggers, as V33
-- keeps the emails':
-- * a sent letter written must name an existing interaction log entry (else SQLSTATE 23503, as
--   before); the entries it names are locked FOR KEY SHARE, one query per statement;
-- * changing the entry of a sent letter is checked by a row trigger whose WHEN fires only then;
-- * deleting an interaction log entry deletes its sent letter (was ON DELETE CASCADE).
-- H2 keeps the foreign key (db/vendor/h2/V35__...).
alter table sent_letter drop constraint sent_letter_entry_no_fkey;

create function sent_letter_refers() returns trigger language plpgsql as $$
begin
  perform lock_referenced('sent letter', 'interaction_log_entry', 'entry_no', 'bigint',
      array(select entry_no::text from sent_letter_written));
  return null;
end $$;

create trigger sent_letter_inserted after insert on sent_letter
  referencing new table as sent_letter_written for each statement execute function sent_letter_refers();

create function sent_letter_reference_changed() returns trigger language plpgsql as $$
begin
  perform lock_referenced('sent letter', 'interaction_log_entry', 'entry_no', 'bigint', array[new.entry_no::text]);
  return null;
end $$;

create trigger sent_letter_reference_changed after update on sent_letter for each row
  when (old.entry_no <> new.entry_no) execute function sent_letter_reference_changed();

create or replace function interaction_log_entry_deleted() returns trigger language plpgsql as $$
begin
  delete from outbox_message o using interaction_log_entry_deleted_rows d where o.entry_no = d.entry_no;
  delete from sent_letter s using interaction_log_entry_deleted_rows d where s.entry_no = d.entry_no;
  return null;
end $$;
