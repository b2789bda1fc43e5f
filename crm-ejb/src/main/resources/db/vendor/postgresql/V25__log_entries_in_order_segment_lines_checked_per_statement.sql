-- Issue 14: logging with attachments reads a logged segment's entries a chunk at a time in entry
-- order (entry_no > last one read, limit n); the index answers each chunk from where the last one
-- ended, where one on logged_segment_no alone made every chunk scan and sort the whole log.
-- H2 gets the same index (db/vendor/h2/V25__...).
create index ile_logged_segment_entry on interaction_log_entry (logged_segment_no, entry_no);
drop index ile_logged_segment;

-- Issue 14: the foreign keys of segment_line to segment and contact were checked row by row (a
-- lookup and a row lock per line: 3.5 s of an Add of 245,000 contacts). The same rules are kept
-- by statement triggers that check all the lines a statement writes in one query:
-- * a line written must name an existing segment and contact (else SQLSTATE 23503, as before);
-- * deleting a segment deletes its lines (was ON DELETE CASCADE);
-- * deleting a contact that a line names is refused (was NO ACTION).
-- The delete triggers lock segment_line against writers first, so that a line written at the
-- same moment by another transaction is seen once it commits, never left dangling.
alter table segment_line drop constraint segment_line_segment_no_fkey;
alter table segment_line drop constraint segment_line_contact_no_fkey;

create function segment_line_refers() returns trigger language plpgsql as $$
declare
  line record;
begin
  select n.segment_no, n.contact_no into line from segment_line_written n
  where not exists (select 1 from segment s where s.no = n.segment_no)
     or not exists (select 1 from contact c where c.no = n.contact_no)
  limit 1;
  if found then
    raise foreign_key_violation using message = format(
        'segment line of segment %s for contact %s: no such segment or contact', line.segment_no, line.contact_no);
  end if;
  return null;
end $$;

create trigger segment_line_inserted after insert on segment_line
  referencing new table as segment_line_written for each statement execute function segment_line_refers();
create trigger segment_line_updated after update on segment_line
  referencing new table as segment_line_written for each statement execute function segment_line_refers();

create function segment_deleted() returns trigger language plpgsql as $$
begin
  lock table segment_line in share row exclusive mode;
  delete from segment_line l using segment_deleted_rows d where l.segment_no = d.no;
  return null;
end $$;

create trigger segment_deleted after delete on segment
  referencing old table as segment_deleted_rows for each statement execute function segment_deleted();

create function contact_deleted() returns trigger language plpgsql as $$
declare
  line record;
begin
  lock table segment_line in share row exclusive mode;
  select l.segment_no, l.contact_no into line from segment_line l
  where l.contact_no in (select d.no from contact_deleted_rows d) limit 1;
  if found then
    raise foreign_key_violation using message = format(
        'contact %s is still on a line of segment %s', line.contact_no, line.segment_no);
  end if;
  return null;
end $$;

create trigger contact_deleted after delete on contact
  referencing old table as contact_deleted_rows for each statement execute function contact_deleted();
