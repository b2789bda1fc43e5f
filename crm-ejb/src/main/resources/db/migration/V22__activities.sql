-- Activities (F-14): a named plan whose ordered steps become to-dos when it is assigned to a
-- contact, a campaign, a segment or a salesperson. line_no is the step's place (0, 1, 2 ...);
-- date_formula is checked by the application (crm.domain.activity.DateFormula).
create table activity (
  code        varchar(20)  primary key,
  description varchar(100) not null,
  created_by  varchar(50),
  version     integer      not null default 0
);

create table activity_step (
  activity_code varchar(20)  not null references activity (code) on delete cascade,
  line_no       integer      not null,
  type          varchar(10)  not null,
  description   varchar(250) not null,
  priority      varchar(10)  not null,
  date_formula  varchar(32)  not null
);
create index activity_step_activity on activity_step (activity_code, line_no);

-- The to-dos an assignment made: which activity and step they came from.
alter table to_do add column activity_code varchar(20) references activity (code) on delete set null;
alter table to_do add column activity_step integer;
