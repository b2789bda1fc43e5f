-- Issue 14: what the segment steps at a million contacts still spent checking references.
--
-- 1. An Add writes its lines with one INSERT ... SELECT from the contact and segment tables
--    (SegmentEngine.add), so each line names a segment and a contact that exist, and no template.
--    V25's statement trigger looked all 245,000 of them up again (0.37 s of the Add). The engine
--    now says so with a transaction-local setting for that statement alone, and the trigger then
--    checks nothing:
--    * the lines are read in the statement's snapshot, taken after it holds its lock on
--      segment_line; a contact or segment deleted before is not read, and one deleted after
--      cannot commit before the Add does (its delete trigger waits for segment_line, then sees
--      the lines: a contact is refused, a segment's lines are deleted with it);
--    * every other statement, and an Add on a connection without the setting, is checked as before.
-- 2. A Reduce or Refine copies the lines it removes to removed_segment_line, whose foreign key to
--    the segment was checked row by row (85,000 calls, 0.47 s of a Reduce). A statement trigger
--    now checks and locks (FOR KEY SHARE) the few segments a statement names, once each; deleting
--    a segment deletes its removed lines (was ON DELETE CASCADE) after its lines.
-- H2 keeps its foreign keys (db/vendor/h2/V36__...).
create or replace function segment_line_refers() returns trigger language plpgsql as $$
declare
  line record;
begin
  if current_setting('crm.segment_lines_selected', true) = 'on' then
    return null;
  end if;
  select n.segment_no, n.contact_no, n.interaction_template_code into line from segment_line_written n
  where not exists (select 1 from segment s where s.no = n.segment_no)
     or not exists (select 1 from contact c where c.no = n.contact_no)
     or n.interaction_template_code is not null
        and not exists (select 1 from interaction_template t where t.code = n.interaction_template_code)
  limit 1;
  if found then
    raise foreign_key_violation using message = format(
        'segment line of segment %s for contact %s with template %s: no such segment, contact or template',
        line.segment_no, line.contact_no, coalesce(line.interaction_template_code, '(none)'));
  end if;
  return null;
end $$;

alter table removed_segment_line drop constraint removed_segment_line_segment_no_fkey;

create function removed_segment_line_refers() returns trigger language plpgsql as $$
begin
  perform lock_referenced('removed segment line', 'segment', 'no', 'varchar',
      array(select distinct segment_no from removed_segment_line_written));
  return null;
end $$;

create trigger removed_segment_line_inserted after insert on removed_segment_line
  referencing new table as removed_segment_line_written for each statement
  execute function removed_segment_line_refers();

create function removed_segment_line_reference_changed() returns trigger language plpgsql as $$
begin
  perform lock_referenced('removed segment line', 'segment', 'no', 'varchar', array[new.segment_no]);
  return null;
end $$;

create trigger removed_segment_line_reference_changed after update on removed_segment_line for each row
  when (old.segment_no <> new.segment_no) execute function removed_segment_line_reference_changed();

create or replace function segment_deleted() returns trigger language plpgsql as $$
begin
  lock table segment_line in share row exclusive mode;
  delete from segment_line l using segment_deleted_rows d where l.segment_no = d.no;
  delete from removed_segment_line r using segment_deleted_rows d where r.segment_no = d.no;
  return null;
end $$;
