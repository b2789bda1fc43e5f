-- To-dos (F-15): the calls, meetings and tasks of a salesperson, numbered by the TO-DO series.
-- One table for every origin: a follow-up call created from an action card (email_id,
-- action_card_id), one entered by hand, and later those an activity produces (F-14). owner_user
-- is the user who sees and changes it (the salesperson's login); salesperson_code the
-- salesperson it is for. Times are instants (DESIGN.md decision 12).
create table to_do (
  no              varchar(20)  primary key,
  type            varchar(10)  not null,
  description     varchar(250) not null,
  contact_no      varchar(20)  references contact (no),
  campaign_no     varchar(20)  references campaign (no),
  salesperson_code varchar(20) references salesperson (code),
  owner_user      varchar(50)  not null,
  due_at          timestamp with time zone not null,
  priority        varchar(10)  not null,
  status          varchar(10)  not null,
  email_id        bigint       references email (id) on delete set null,
  action_card_id  bigint       references action_card (id) on delete set null,
  version         integer      not null default 0,
  created_at      timestamp with time zone not null,
  updated_at      timestamp with time zone not null
);
-- "My to-dos": the owner's open ones by due time (overdue first).
create index to_do_owner on to_do (owner_user, status, due_at);
create index to_do_salesperson on to_do (salesperson_code, due_at);
create index to_do_contact on to_do (contact_no);
create index to_do_campaign on to_do (campaign_no);

insert into number_series (code, description, starting_no) values ('TO-DO', 'To-dos', 'TD000001');
