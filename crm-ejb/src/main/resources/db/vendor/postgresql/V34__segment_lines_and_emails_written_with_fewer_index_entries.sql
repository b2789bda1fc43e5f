-- Issue 14: what an Add of 245,000 contacts and a log with attachments write for each row, beyond
-- the row itself.
--
-- * A line's index on (segment, added by action) served only the Go Back of an Add, which now
--   finds the segment's lines by the primary key's first column and keeps those of the action.
-- * A line's template was checked by a row-by-row foreign key, called once per line even when the
--   line has no template of its own, as every line an Add writes. The statement triggers of V25
--   now check it with the segment and the contact, in the same query; deleting a template a line
--   names, or changing its code, is refused (SQLSTATE 23503, as the foreign key did).
-- * An email gets its message id only when sent: its index now holds the emails that have one,
--   which is all the reply matching looks for (message_id in (...)).
-- H2 drops the same index and keeps its foreign keys (db/vendor/h2/V34__...).
drop index segment_line_action;
alter table segment_line drop constraint segment_line_interaction_template_code_fkey;

create or replace function segment_line_refers() returns trigger language plpgsql as $$
declare
  line record;
begin
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

create function interaction_template_deleted() returns trigger language plpgsql as $$
declare
  line record;
begin
  lock table segment_line in share row exclusive mode;
  select l.segment_no, l.interaction_template_code into line from segment_line l
  where l.interaction_template_code in (select d.code from interaction_template_deleted_rows d) limit 1;
  if found then
    raise foreign_key_violation using message = format(
        'template %s is still on a line of segment %s', line.interaction_template_code, line.segment_no);
  end if;
  return null;
end $$;

create trigger interaction_template_deleted after delete on interaction_template
  referencing old table as interaction_template_deleted_rows for each statement
  execute function interaction_template_deleted();

create function interaction_template_code_changed() returns trigger language plpgsql as $$
begin
  lock table segment_line in share row exclusive mode;
  if exists (select 1 from segment_line l where l.interaction_template_code = old.code) then
    raise foreign_key_violation using message = format('template %s is still on a segment line', old.code);
  end if;
  return null;
end $$;

create trigger interaction_template_code_changed after update on interaction_template for each row
  when (old.code <> new.code) execute function interaction_template_code_changed();

drop index email_message_id;
create index email_message_id on email (message_id) where message_id is not null;
