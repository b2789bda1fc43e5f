-- Creates the CRM Marketing database and its owner (both named crm) on PostgreSQL 13 or later:
--   psql -U postgres -f config/postgresql-setup.sql                    then: \password crm
-- Another name for both: psql -U postgres -v name=crm_test -f config/postgresql-setup.sql
-- The schema itself is created by the application's Flyway migrations at its first start.
\if :{?name}
\else
  \set name crm
\endif
create role :"name" login;
create database :"name" owner :"name" encoding 'UTF8';
