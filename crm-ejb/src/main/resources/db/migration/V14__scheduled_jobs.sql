-- The scheduled jobs (F-60, F-61): one row per job of the registry (crm.service.scheduling.Job)
-- holding what every instance must obey: paused, a run requested from the console (claimed by the
-- one instance that runs it), and for the daily jobs the time of day the administrator chose and
-- the next due run (claimed by the one instance that runs it). A new job adds its row here.
create table scheduled_job (
  name             varchar(60) primary key,
  paused           boolean     not null default false,
  run_requested_at timestamp,
  daily_at         time,
  next_run_at      timestamp
);
insert into scheduled_job (name) values
  ('mail-dispatch'), ('email-release'), ('delete-canceled-campaign-entries'), ('clean-up');

-- One row per run: inserted when it starts, updated once when it ends (outcome null: running).
create sequence job_run_seq start with 1 increment by 1;
create table job_run (
  id              bigint       primary key,
  job_name        varchar(60)  not null,
  started_at      timestamp    not null,
  ended_at        timestamp,
  duration_ms     bigint,
  -- OK, FAILED, SKIPPED; null while running.
  outcome         varchar(10),
  items           integer      not null default 0,
  failures        integer      not null default 0,
  failure_message varchar(1000),
  instance_id     varchar(100) not null
);
create index job_run_job on job_run (job_name, started_at);
create index job_run_started on job_run (started_at);
