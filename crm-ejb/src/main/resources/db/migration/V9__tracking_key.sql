-- The tracking key the application generated itself (F-75) when crm.tracking.keys configures
-- none: one row, written by the first instance that needs it, so that every instance signs and
-- verifies tracking tokens with the same secret. A key configured in crm.tracking.keys wins; this
-- one is then no longer used (links it signed stop working). Never a key in the repository.
create table tracking_key (
  id         integer primary key,
  secret     varchar(100) not null,
  created_at timestamp with time zone not null
);

-- Events of one email by time: the click classifier reads the clicks of the last seconds.
create index email_event_email_time on email_event (email_id, occurred_at);
