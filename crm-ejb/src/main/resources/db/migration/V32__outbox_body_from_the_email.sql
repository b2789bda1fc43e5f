-- Issue 14: an outbox message that delivers an email (email_id set) keeps no copy of its HTML body;
-- the dispatcher reads the email's (it always did). Only a message without an email has its own.
alter table outbox_message alter column html_body drop not null;
