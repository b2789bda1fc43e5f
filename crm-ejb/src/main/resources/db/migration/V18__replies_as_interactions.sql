-- A reply read from the mailbox is also an inbound interaction log entry of the contact (F-55),
-- made with the interaction template the marketing setup names; none named: no entry.
alter table marketing_setup add column reply_template_code varchar(20) references interaction_template (code);

-- What the reply job recorded for a message: its subject, and the log entry it wrote (null when
-- the setup named no template or the email has no contact).
alter table mailbox_message add column subject varchar(200);
alter table mailbox_message add column entry_no bigint;

-- The reply job finds the email a reply answers by the Message-IDs it names: the email's own or
-- one an attempt of the send ledger used.
create index email_message_id on email (message_id);
create index send_attempt_message_id on send_attempt (message_id);

-- A failed read is a FAILED run of the replies job, in the run history (F-61): the job's row
-- keeps only its place in the folder.
alter table mailbox_poll drop column last_run_at;
alter table mailbox_poll drop column last_error;

-- The reminder job takes the due reminders a batch at a time in (remind_at, email_id) order: with
-- the email id in the index, each batch is read straight from it instead of sorting again every
-- reminder due at the same time.
drop index email_reminder_due;
create index email_reminder_due on email_reminder (status, remind_at, email_id);
-- The reminders a run has just closed, found by that time to raise their cards.
create index email_reminder_closed on email_reminder (closed_at);
