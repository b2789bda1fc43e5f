-- Contact import (F-04). A file is read into the staging rows of its run, checked there with
-- set-based statements (errors as rows), and the valid rows are copied into contact with
-- insert ... select. The staging rows live only inside the run's transaction: they are deleted
-- before it commits, and a preview or a refused all-or-nothing import rolls them back.
create sequence contact_import_seq start with 1 increment by 1;
create table contact_import_row (
  import_id        bigint       not null,
  -- the record's number in the file: 1 is the first row after the header
  row_no           integer      not null,
  type             varchar(10)  not null,
  name             varchar(100),
  first_name       varchar(50),
  surname          varchar(50),
  -- the company a person belongs to, by name: a company of the same file or an existing one
  company_name     varchar(100),
  address          varchar(100),
  address2         varchar(100),
  post_code        varchar(20),
  city             varchar(50),
  country_code     varchar(10),
  language_code    varchar(10),
  salesperson_code varchar(20),
  email            varchar(254),
  phone            varchar(30),
  -- filled by the checks and the numbering
  company_no       varchar(20),
  company_row      integer,
  new_no           varchar(20),
  primary key (import_id, row_no)
);
create table contact_import_code (
  import_id  bigint      not null,
  row_no     integer     not null,
  code_table varchar(30) not null,
  code       varchar(20) not null
);
create index contact_import_code_row on contact_import_code (import_id, row_no);
create table contact_import_error (
  import_id   bigint       not null,
  row_no      integer      not null,
  -- the column, as the CSV header names it (email, job_responsibilities ...)
  field       varchar(30)  not null,
  -- the message key of crm/domain/shared/errors*.properties and its argument
  message_key varchar(60)  not null,
  argument    varchar(254)
);
create index contact_import_error_row on contact_import_error (import_id, row_no);

-- How a user's files name the contact fields: remembered per user and header.
create table contact_import_mapping (
  user_name varchar(100) not null,
  header    varchar(100) not null,
  field     varchar(30)  not null,
  primary key (user_name, header)
);
