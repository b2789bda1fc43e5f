-- Issue 14: logging a segment with attachments writes, for each email line, its email, its
-- recipient and its outbox message; their five foreign keys were checked row by row (a query per
-- row and key: two thirds of the time of each chunk's statement). The same rules are kept by
-- statement triggers that check all the rows a statement writes in one query per key:
-- * an email, recipient or outbox message written must name an existing contact, email and
--   interaction log entry (else SQLSTATE 23503, as before); the rows it names are locked FOR KEY
--   SHARE, as a foreign key locks them (one query per key and statement, not one per row), so that a concurrent delete waits for the writer to end
--   and then sees what it wrote, or the writer waits for the delete and then finds nothing;
-- * deleting an email deletes its recipients and outbox messages (was ON DELETE CASCADE), and so
--   does deleting an interaction log entry its outbox messages (was ON DELETE CASCADE);
-- * deleting a contact that an email or a recipient names is refused (was NO ACTION).
-- H2 keeps the foreign keys (db/vendor/h2/V33__...).
alter table email drop constraint email_contact_no_fkey;
alter table email_recipient drop constraint email_recipient_email_id_fkey;
alter table email_recipient drop constraint email_recipient_contact_no_fkey;
alter table outbox_message drop constraint outbox_message_email_id_fkey;
alter table outbox_message drop constraint outbox_message_entry_no_fkey;

-- Locks the rows of {@code parent} whose {@code key_column} (of type {@code key_type}) is one of
-- {@code keys}, and raises 23503 naming a key that has no row; {@code what} names the rows written.
create function lock_referenced(what text, parent text, key_column text, key_type text, keys text[]) returns void
language plpgsql as $$
declare
  wanted text[] := array(select distinct k from unnest(keys) k where k is not null);
  found_keys text[];
begin
  if cardinality(wanted) = 0 then
    return;
  end if;
  execute format('select coalesce(array_agg(k), ''{}'') from (select %1$I::text k from %2$I'
      || ' where %1$I = any($1::%3$s[]) for key share) locked', key_column, parent, key_type)
    into found_keys using wanted;
  if cardinality(found_keys) < cardinality(wanted) then
    raise foreign_key_violation using message = format('%s naming %s %s: no such %s', what, parent,
        (select min(k) from unnest(wanted) k where k <> all(found_keys)), parent);
  end if;
end $$;

-- An insert is checked per statement, all its rows at once. An update is checked only for a row
-- whose reference changes (a row trigger with a WHEN, evaluated without calling any function):
-- the dispatcher's many status updates cost nothing more.
create function email_refers() returns trigger language plpgsql as $$
begin
  perform lock_referenced('email', 'contact', 'no', 'varchar', array(select contact_no from email_written));
  return null;
end $$;

create trigger email_inserted after insert on email
  referencing new table as email_written for each statement execute function email_refers();

create function email_reference_changed() returns trigger language plpgsql as $$
begin
  perform lock_referenced('email', 'contact', 'no', 'varchar', array[new.contact_no]);
  return null;
end $$;

create trigger email_reference_changed after update on email for each row
  when (old.contact_no is distinct from new.contact_no) execute function email_reference_changed();

create function email_recipient_refers() returns trigger language plpgsql as $$
begin
  perform lock_referenced('email recipient', 'email', 'id', 'bigint', array(select email_id::text from email_recipient_written));
  perform lock_referenced('email recipient', 'contact', 'no', 'varchar', array(select contact_no from email_recipient_written));
  return null;
end $$;

create trigger email_recipient_inserted after insert on email_recipient
  referencing new table as email_recipient_written for each statement execute function email_recipient_refers();

create function email_recipient_reference_changed() returns trigger language plpgsql as $$
begin
  perform lock_referenced('email recipient', 'email', 'id', 'bigint', array[new.email_id::text]);
  perform lock_referenced('email recipient', 'contact', 'no', 'varchar', array[new.contact_no]);
  return null;
end $$;

create trigger email_recipient_reference_changed after update on email_recipient for each row
  when (old.email_id <> new.email_id or old.contact_no is distinct from new.contact_no)
  execute function email_recipient_reference_changed();

create function outbox_message_refers() returns trigger language plpgsql as $$
begin
  perform lock_referenced('outbox message', 'email', 'id', 'bigint', array(select email_id::text from outbox_message_written));
  perform lock_referenced('outbox message', 'interaction_log_entry', 'entry_no', 'bigint',
      array(select entry_no::text from outbox_message_written));
  return null;
end $$;

create trigger outbox_message_inserted after insert on outbox_message
  referencing new table as outbox_message_written for each statement execute function outbox_message_refers();

create function outbox_message_reference_changed() returns trigger language plpgsql as $$
begin
  perform lock_referenced('outbox message', 'email', 'id', 'bigint', array[new.email_id::text]);
  perform lock_referenced('outbox message', 'interaction_log_entry', 'entry_no', 'bigint', array[new.entry_no::text]);
  return null;
end $$;

create trigger outbox_message_reference_changed after update on outbox_message for each row
  when (old.email_id is distinct from new.email_id or old.entry_no is distinct from new.entry_no)
  execute function outbox_message_reference_changed();

create function email_deleted() returns trigger language plpgsql as $$
begin
  delete from email_recipient r using email_deleted_rows d where r.email_id = d.id;
  delete from outbox_message o using email_deleted_rows d where o.email_id = d.id;
  return null;
end $$;

create trigger email_deleted after delete on email
  referencing old table as email_deleted_rows for each statement execute function email_deleted();

create function interaction_log_entry_deleted() returns trigger language plpgsql as $$
begin
  delete from outbox_message o using interaction_log_entry_deleted_rows d where o.entry_no = d.entry_no;
  return null;
end $$;

create trigger interaction_log_entry_deleted after delete on interaction_log_entry
  referencing old table as interaction_log_entry_deleted_rows for each statement
  execute function interaction_log_entry_deleted();

create function contact_deleted_with_emails() returns trigger language plpgsql as $$
declare
  named text;
begin
  select coalesce((select 'email ' || m.id || ' names contact ' || m.contact_no from email m
                   where m.contact_no in (select d.no from contact_deleted_rows d) limit 1),
                  (select 'email recipient of email ' || r.email_id || ' names contact ' || r.contact_no
                   from email_recipient r where r.contact_no in (select d.no from contact_deleted_rows d) limit 1))
    into named;
  if named is not null then
    raise foreign_key_violation using message = named;
  end if;
  return null;
end $$;

create trigger contact_deleted_with_emails after delete on contact
  referencing old table as contact_deleted_rows for each statement execute function contact_deleted_with_emails();
