-- CRM Marketing schema. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- Simple code tables (F-02) share one table; code_table names the table.
create table code_entry (
  code_table  varchar(30)  not null,
  code        varchar(20)  not null,
  description varchar(100) not null,
  primary key (code_table, code)
);

create table salesperson (
  code      varchar(20)  primary key,
  name      varchar(100) not null,
  email     varchar(254),
  phone     varchar(30),
  job_title varchar(50),
  version   integer not null default 0
);

create table number_series (
  code         varchar(20)  primary key,
  description  varchar(100) not null,
  starting_no  varchar(20)  not null,
  last_no_used varchar(20)
);

create table contact (
  no                    varchar(20)  primary key,
  type                  varchar(10)  not null,
  name                  varchar(100) not null,
  first_name            varchar(50),
  surname               varchar(50),
  company_no            varchar(20)  references contact (no),
  address               varchar(100),
  address2              varchar(100),
  post_code             varchar(20),
  city                  varchar(50),
  country_code          varchar(10),
  language_code         varchar(10),
  time_zone             varchar(50),
  salesperson_code      varchar(20)  references salesperson (code),
  email                 varchar(254),
  phone                 varchar(30),
  correspondence_type   varchar(20),
  allow_tracking        boolean not null default true,
  exclude_from_segments boolean not null default false,
  version               integer not null default 0,
  created_at            timestamp,
  updated_at            timestamp
);
create index contact_company_no on contact (company_no);
create index contact_name on contact (name);

-- Job responsibilities, business relations, industry groups, mailing groups of a contact.
create table contact_code (
  contact_no varchar(20) not null references contact (no) on delete cascade,
  code_table varchar(30) not null,
  code       varchar(20) not null,
  primary key (contact_no, code_table, code),
  foreign key (code_table, code) references code_entry (code_table, code)
);
create index contact_code_by_code on contact_code (code_table, code, contact_no);

create table campaign (
  no               varchar(20)  primary key,
  description      varchar(100) not null,
  status_code      varchar(20),
  starting_date    date,
  ending_date      date,
  salesperson_code varchar(20) references salesperson (code),
  notes            varchar(2000),
  version          integer not null default 0,
  created_at       timestamp,
  updated_at       timestamp
);

create table interaction_template (
  code                       varchar(20)  primary key,
  description                varchar(100) not null,
  interaction_group_code     varchar(20),
  unit_cost                  numeric(12, 2) not null default 0,
  unit_duration              numeric(12, 2) not null default 0,
  information_flow           varchar(10),
  initiated_by               varchar(10),
  correspondence_type        varchar(20),
  language_code              varchar(10),
  campaign_no                varchar(20) references campaign (no),
  campaign_target            boolean not null default false,
  campaign_response          boolean not null default false,
  ignore_contact_corres_type boolean not null default false,
  version                    integer not null default 0
);

create table interaction_template_language (
  template_code varchar(20) not null references interaction_template (code) on delete cascade,
  language_code varchar(10) not null,
  description   varchar(100),
  subject       varchar(200),
  body          text,
  primary key (template_code, language_code)
);

create table segment (
  no                         varchar(20)  primary key,
  description                varchar(100) not null,
  segment_date               date,
  salesperson_code           varchar(20) references salesperson (code),
  campaign_no                varchar(20) references campaign (no),
  campaign_target            boolean not null default false,
  campaign_response          boolean not null default false,
  interaction_template_code  varchar(20) references interaction_template (code),
  subject                    varchar(200),
  language_code              varchar(10),
  correspondence_type        varchar(20),
  ignore_contact_corres_type boolean not null default false,
  last_line_no               bigint  not null default 0,
  logged_segment_no          varchar(20),
  version                    integer not null default 0,
  created_at                 timestamp,
  updated_at                 timestamp
);

-- Line numbers come from segment.last_line_no, which never goes down, so a line restored by
-- Go Back always gets its old number back without clashing.
create table segment_line (
  segment_no                varchar(20) not null references segment (no) on delete cascade,
  line_no                   bigint      not null,
  contact_no                varchar(20) not null references contact (no),
  contact_company_no        varchar(20),
  interaction_template_code varchar(20) references interaction_template (code),
  subject                   varchar(200),
  language_code             varchar(10),
  correspondence_type       varchar(20),
  campaign_target           boolean not null default false,
  campaign_response         boolean not null default false,
  added_by_action           integer,
  primary key (segment_no, line_no)
);
create index segment_line_contact on segment_line (segment_no, contact_no);
create index segment_line_action on segment_line (segment_no, added_by_action);

create table criteria_action (
  segment_no  varchar(20) not null references segment (no) on delete cascade,
  action_no   integer     not null,
  action      varchar(10) not null,
  description varchar(250),
  filter      text        not null,
  lines_after integer     not null,
  created_at  timestamp,
  primary key (segment_no, action_no)
);

-- The lines a reduce or refine removed, kept so that Go Back restores them exactly.
create table removed_segment_line (
  segment_no                varchar(20) not null references segment (no) on delete cascade,
  removed_by_action         integer     not null,
  line_no                   bigint      not null,
  contact_no                varchar(20) not null,
  contact_company_no        varchar(20),
  interaction_template_code varchar(20),
  subject                   varchar(200),
  language_code             varchar(10),
  correspondence_type       varchar(20),
  campaign_target           boolean not null default false,
  campaign_response         boolean not null default false,
  added_by_action           integer,
  primary key (segment_no, removed_by_action, line_no)
);

create table saved_criteria (
  code        varchar(20)  primary key,
  description varchar(100) not null
);

create table saved_criteria_action (
  criteria_code varchar(20) not null references saved_criteria (code) on delete cascade,
  action_no     integer     not null,
  action        varchar(10) not null,
  description   varchar(250),
  filter        text        not null,
  primary key (criteria_code, action_no)
);

create table logged_segment (
  no                     varchar(20)  primary key,
  segment_no             varchar(20)  not null,
  description            varchar(100),
  campaign_no            varchar(20),
  no_of_interactions     integer not null,
  no_of_campaign_entries integer not null,
  follow_up_segment_no   varchar(20),
  logged_at              timestamp not null,
  logged_by              varchar(50),
  canceled               boolean not null default false
);

create sequence interaction_log_entry_seq start with 1 increment by 1;
create table interaction_log_entry (
  entry_no                  bigint primary key,
  contact_no                varchar(20) not null references contact (no),
  contact_company_no        varchar(20),
  entry_date                date not null,
  entry_time                time not null,
  interaction_template_code varchar(20),
  interaction_group_code    varchar(20),
  description               varchar(200),
  subject                   varchar(200),
  language_code             varchar(10),
  correspondence_type       varchar(20),
  salesperson_code          varchar(20),
  campaign_no               varchar(20),
  campaign_target           boolean not null default false,
  campaign_response         boolean not null default false,
  segment_no                varchar(20),
  logged_segment_no         varchar(20),
  cost                      numeric(12, 2) not null default 0,
  duration                  numeric(12, 2) not null default 0,
  information_flow          varchar(10),
  initiated_by              varchar(10),
  evaluation                varchar(20),
  canceled                  boolean not null default false,
  postponed                 boolean not null default false,
  attempt_failed            boolean not null default false,
  delivery_status           varchar(20),
  user_id                   varchar(50)
);
create index ile_contact on interaction_log_entry (contact_no, entry_date);
create index ile_campaign on interaction_log_entry (campaign_no);
create index ile_logged_segment on interaction_log_entry (logged_segment_no);
create index ile_template on interaction_log_entry (interaction_template_code, entry_date);

create sequence campaign_entry_seq start with 1 increment by 1;
create table campaign_entry (
  entry_no                  bigint primary key,
  campaign_no               varchar(20) not null references campaign (no),
  entry_date                date not null,
  description               varchar(200),
  segment_no                varchar(20),
  logged_segment_no         varchar(20),
  interaction_template_code varchar(20),
  salesperson_code          varchar(20),
  no_of_interactions        integer not null default 0,
  cost                      numeric(14, 2) not null default 0,
  duration                  numeric(14, 2) not null default 0,
  canceled                  boolean not null default false,
  user_id                   varchar(50)
);
create index campaign_entry_campaign on campaign_entry (campaign_no);

insert into number_series (code, description, starting_no) values
  ('CONTACT', 'Contacts', 'CT000001'),
  ('CAMPAIGN', 'Campaigns', 'CP0001'),
  ('SEGMENT', 'Segments', 'SM00001'),
  ('LOGGED-SEGMENT', 'Logged segments', 'LSEG00001');
