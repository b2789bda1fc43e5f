-- Follow-up reminders, replies read from the mailbox and action cards (issue 9; F-54, F-55,
-- F-56). Times are instants (DESIGN.md decision 12).

-- One reminder per email, editable while PENDING; the reminder job closes it as FIRED (an action
-- card was raised) or NOT_NEEDED (the reply or the human open came). condition: NO_REPLY,
-- NOT_OPENED (tracked emails only) or ANYWAY.
create table email_reminder (
  email_id   bigint       primary key references email (id) on delete cascade,
  condition  varchar(12)  not null,
  remind_at  timestamp with time zone not null,
  comment    varchar(500),
  status     varchar(10)  not null,
  closed_at  timestamp with time zone
);
create index email_reminder_due on email_reminder (status, remind_at);

-- The salesperson's action cards: REMINDER_DUE, REPLY_RECEIVED, MESSAGE_OPENED. priority 1 is
-- high. An OPEN card snoozed until a time shows again from then; DISMISSED ones stay for history.
create sequence action_card_seq start with 1 increment by 1;
create table action_card (
  id            bigint primary key,
  owner_user    varchar(50)  not null,
  kind          varchar(20)  not null,
  priority      integer      not null,
  email_id      bigint       not null references email (id) on delete cascade,
  contact_no    varchar(20),
  note          varchar(500),
  created_at    timestamp with time zone not null,
  snoozed_until timestamp with time zone,
  status        varchar(10)  not null
);
create index action_card_owner on action_card (owner_user, status, priority, created_at);
create index action_card_email on action_card (email_id, kind);

-- The emails whose human open raised a "message opened" card: the primary key makes it once,
-- whichever instance raises it. The index finds the recent human opens.
create table email_opened_card (
  email_id  bigint primary key references email (id) on delete cascade,
  raised_at timestamp with time zone not null
);
create index email_event_recent on email_event (type, classification, occurred_at);

-- The mailbox messages the reply job has read, by folder and IMAP UID (with the folder's
-- UIDVALIDITY) and by Message-ID, so that a message is never counted twice, even after a restart
-- or when the mail server renumbers its folder. email_id: the email it replied to, null when it
-- was unrelated.
create table mailbox_message (
  mailbox_key varchar(400) primary key,
  message_id  varchar(300),
  email_id    bigint references email (id) on delete cascade,
  read_at     timestamp with time zone not null
);
create index mailbox_message_id on mailbox_message (message_id);

-- The reply job's bookkeeping of the folder it reads (one row, "replies"): locked (SKIP LOCKED) while an instance
-- reads it, so that one instance at a time does; the highest UID read under the folder's
-- UIDVALIDITY, so that no message is read twice; and the last run's time and failure.
create table mailbox_poll (
  name         varchar(20) primary key,
  uid_validity bigint,
  last_uid     bigint not null default 0,
  last_run_at  timestamp with time zone,
  last_error   varchar(1000)
);
insert into mailbox_poll (name) values ('replies');
