-- The send ledger (issue 15): every attempt to hand an outbox message to SMTP, committed before
-- the message goes out and finished once the server answered. An attempt that started and never
-- finished (the instance died between the server's acceptance and the commit) makes its message
-- UNCERTAIN: the outbox console decides, nothing resends it silently. The Message-ID is chosen
-- at the first attempt and every later attempt reuses it, so receiving systems recognise a copy.
create table send_attempt (
  outbox_id   bigint       not null references outbox_message (id) on delete cascade,
  attempt_no  integer      not null,
  message_id  varchar(300) not null,
  instance_id varchar(100) not null,
  started_at  timestamp    not null,
  finished_at timestamp,
  -- SENT, RETRYING, FAILED; UNCERTAIN when it never finished; null while in progress.
  outcome     varchar(10),
  error       varchar(1000),
  primary key (outbox_id, attempt_no)
);

-- The instances that send, each with its heartbeat: the claims of an instance whose heartbeat
-- lapsed are taken over at once rather than when the claim expires.
create table sending_instance (
  instance_id  varchar(100) primary key,
  heartbeat_at timestamp not null
);

-- Who holds a SENDING message's claim, and since when the message has been tried without
-- success (a temporary failure is tried again until the retry window from then has passed).
alter table outbox_message add column claimed_by varchar(100);
alter table outbox_message add column first_attempt_at timestamp;
