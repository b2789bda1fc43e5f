-- Creates the CRM Marketing database and its owner on PostgreSQL 13 or later.
-- psql -U postgres -f config/postgresql-setup.sql   (then set the password: \password crm)
-- The schema itself is created by the application's Flyway migrations at its first start.
create role crm login;
create database crm owner crm encoding 'UTF8';
