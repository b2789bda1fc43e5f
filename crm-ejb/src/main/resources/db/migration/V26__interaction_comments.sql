-- Comments on an interaction log entry (F-33, the ERP's "Inter. Log Entry Comment Line"): dated
-- lines written by a user, deleted with their entry (one entry or the batch of canceled ones).
create sequence interaction_comment_seq start with 1 increment by 1;
create table interaction_comment (
  id           bigint primary key,
  entry_no     bigint       not null references interaction_log_entry (entry_no) on delete cascade,
  comment_date date         not null,
  comment      varchar(250) not null,
  user_id      varchar(50)  not null
);
create index interaction_comment_entry on interaction_comment (entry_no, id);
-- the batch deletion of canceled entries by date
create index ile_canceled_date on interaction_log_entry (canceled, entry_date);
