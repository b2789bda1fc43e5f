-- The audit trail (F-74): one row per change of an audited record or business action, written in
-- the transaction of the change, never changed afterwards.
create sequence audit_entry_seq start with 1 increment by 1;
create table audit_entry (
  id          bigint primary key,
  changed_at  timestamp with time zone not null,
  user_name   varchar(50)  not null,
  -- CREATE, CHANGE, DELETE, LOG, CANCEL.
  action      varchar(10)  not null,
  record_type varchar(50)  not null,
  record_key  varchar(100) not null,
  -- {"field": [before, after]} for changes; the action's details otherwise.
  changes     text
);
create index audit_entry_record on audit_entry (record_type, record_key, changed_at);
create index audit_entry_changed_at on audit_entry (changed_at);
