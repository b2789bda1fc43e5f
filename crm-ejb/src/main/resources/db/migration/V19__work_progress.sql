-- Long work in progress (F-66): one row per run of a long batch (today: logging a segment), so
-- that any page on any instance shows its phase and counts while it runs and its result after.
-- The row is written outside the work's own transaction, once per phase or per thousand items,
-- never per row; its end (DONE and the result) commits with the work itself.
create sequence work_progress_seq start with 1 increment by 1;
create table work_progress (
  id          bigint       primary key,
  -- SEGMENT_LOG
  kind        varchar(20)  not null,
  -- the record worked on: the segment's no.
  subject_no  varchar(20)  not null,
  -- RUNNING, DONE, FAILED (a run whose instance died reads as interrupted)
  state       varchar(10)  not null,
  phase       varchar(20)  not null,
  done        bigint       not null default 0,
  total       bigint       not null default 0,
  letters     bigint       not null default 0,
  emails      bigint       not null default 0,
  -- what the work produced: the logged segment's no.
  result_no   varchar(20),
  failure     varchar(1000),
  started_by  varchar(100),
  started_at  timestamp    not null,
  updated_at  timestamp    not null,
  instance_id varchar(100) not null
);
create index work_progress_subject on work_progress (kind, subject_no, id);
