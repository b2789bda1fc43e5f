-- Email engagement (F-50..F-53, F-57, F-58, F-75; SPEC "Email engagement in detail"): emails
-- composed in the application or written by segment logging, their recipients, attached files,
-- the links recorded for click tracking, and the tracking events. Times of the new columns are
-- instants (DESIGN.md decision 12).

-- Tracking is on for new emails unless the marketing setup turns it off (F-05, F-53).
alter table marketing_setup add column tracking_enabled boolean not null default true;

create sequence email_seq start with 1 increment by 1;
create table email (
  id                bigint primary key,
  -- The contact the email is about: its timeline shows it.
  contact_no        varchar(20) references contact (no),
  subject           varchar(300) not null default '',
  body_html         text not null default '',
  template_code     varchar(20),
  language_code     varchar(10),
  -- ON, OFF or BLOCKED (a recipient contact does not allow tracking).
  tracking          varchar(10) not null,
  -- DRAFT, SCHEDULED, QUEUED, SENT, FAILED, CANCELED.
  status            varchar(10) not null,
  send_at           timestamp with time zone,
  sent_at           timestamp with time zone,
  message_id        varchar(300),
  -- The user who wrote it (the application user's name), who alone with a manager may change it.
  sender_user       varchar(50) not null,
  from_address      varchar(254),
  from_name         varchar(100),
  campaign_no       varchar(20),
  logged_segment_no varchar(20),
  created_at        timestamp with time zone not null,
  version           integer not null default 0
);
create index email_contact on email (contact_no, created_at);
create index email_status on email (status, send_at);
create index email_logged_segment on email (logged_segment_no);
create index email_campaign on email (campaign_no);

-- To and Cc, in the order written: a contact (with the address it had) or a plain address.
-- entry_no: the interaction log entry that sending wrote for that recipient contact.
create table email_recipient (
  email_id   bigint      not null references email (id) on delete cascade,
  position   integer     not null,
  kind       varchar(3)  not null,
  contact_no varchar(20) references contact (no),
  address    varchar(254) not null,
  name       varchar(100),
  entry_no   bigint,
  primary key (email_id, position)
);
create index email_recipient_contact on email_recipient (contact_no);

-- Files attached to one email; a tracked file is sent as a download link instead of a part.
create table email_attachment (
  email_id     bigint       not null references email (id) on delete cascade,
  file_name    varchar(200) not null,
  content_type varchar(100) not null,
  content      bytea        not null,
  tracked      boolean      not null default false,
  primary key (email_id, file_name)
);

-- The links of a sent tracked email, numbered: a click token names (email, link_no) and the
-- redirect goes only to the url recorded here (F-75: no open redirect). hidden: the link no
-- person can see, which only machines follow.
create table email_link (
  email_id bigint        not null references email (id) on delete cascade,
  link_no  integer       not null,
  url      varchar(2000) not null,
  hidden   boolean       not null default false,
  primary key (email_id, link_no)
);

-- Tracking events, appended one insert each and classified when recorded (DESIGN.md decision 9).
create sequence email_event_seq start with 1 increment by 1;
create table email_event (
  id             bigint primary key,
  email_id       bigint       not null references email (id) on delete cascade,
  -- OPEN, CLICK, ATTACHMENT_OPEN, REPLY.
  type           varchar(20)  not null,
  occurred_at    timestamp with time zone not null,
  link_no        integer,
  file_name      varchar(200),
  url            varchar(2000),
  http_method    varchar(10),
  user_agent     varchar(500),
  source_address varchar(64),
  -- HUMAN or MACHINE, and why (SPEC "Machine or human").
  classification varchar(10)  not null,
  reason         varchar(30)  not null
);
create index email_event_email on email_event (email_id, type, classification);

-- The outbox delivers emails too: a row with email_id sends that email (To and Cc from its
-- recipients, its own files, tracking applied at delivery). SCHEDULED rows wait for send_at.
alter table outbox_message add column email_id bigint references email (id) on delete cascade;
create index outbox_message_email on outbox_message (email_id);
alter table interaction_log_entry add column email_id bigint;
create index ile_email on interaction_log_entry (email_id);
