-- Letters and emails sent when a segment is logged with "send attachments" (F-31, F-35, F-40..F-59).

-- One row: the company's letterhead and the marketing defaults (F-05).
create table marketing_setup (
  id                          integer primary key,
  company_name                varchar(100) not null,
  address                     varchar(100),
  address2                    varchar(100),
  post_code                   varchar(20),
  city                        varchar(50),
  country_code                varchar(10),
  phone                       varchar(30),
  email                       varchar(254),
  website                     varchar(100),
  paper_size                  varchar(10) not null default 'A4',
  sender_email                varchar(254),
  sender_name                 varchar(100),
  default_language_code       varchar(10),
  default_correspondence_type varchar(20),
  -- What to do with an email line whose contact has no email address: LETTER or REFUSE (F-34).
  email_fallback              varchar(10) not null default 'LETTER',
  tracking_base_url           varchar(200)
);
insert into marketing_setup (id, company_name, paper_size, email_fallback)
  values (1, 'Our company', 'A4', 'LETTER');

-- F-59: a contact who asked not to be emailed is never emailed.
alter table contact add column do_not_email boolean not null default false;

-- Files attached to a template language version (brochure, image…).
create table template_attachment_file (
  template_code varchar(20)  not null,
  language_code varchar(10)  not null,
  file_name     varchar(200) not null,
  content_type  varchar(100) not null,
  content       bytea        not null,
  primary key (template_code, language_code, file_name),
  foreign key (template_code, language_code)
    references interaction_template_language (template_code, language_code) on delete cascade
);

-- The merged letter of a hard-copy interaction, kept so that it prints again exactly as sent
-- (DESIGN.md decision 6), whatever happens later to the template or the contact.
create table sent_letter (
  entry_no      bigint primary key references interaction_log_entry (entry_no) on delete cascade,
  logged_segment_no varchar(20),
  paper_size    varchar(10) not null,
  language_code varchar(10),
  content       text not null
);
create index sent_letter_logged_segment on sent_letter (logged_segment_no, entry_no);

-- Emails waiting to be sent, written by logging in its transaction and sent after commit by the
-- dispatcher job (DESIGN.md decisions 4 and 5).
create sequence outbox_message_seq start with 1 increment by 1;
create table outbox_message (
  id                bigint primary key,
  entry_no          bigint references interaction_log_entry (entry_no) on delete cascade,
  logged_segment_no varchar(20),
  to_address        varchar(254) not null,
  to_name           varchar(100),
  from_address      varchar(254) not null,
  from_name         varchar(100),
  subject           varchar(300) not null,
  html_body         text not null,
  text_body         text not null,
  template_code     varchar(20),
  language_code     varchar(10),
  status            varchar(10) not null,
  attempts          integer not null default 0,
  next_attempt_at   timestamp not null,
  claimed_until     timestamp,
  message_id        varchar(300),
  last_error        varchar(1000),
  created_at        timestamp not null,
  sent_at           timestamp
);
create index outbox_message_due on outbox_message (status, next_attempt_at);
create index outbox_message_entry on outbox_message (entry_no);
