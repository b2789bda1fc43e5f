-- Failed logins per user name and per source address, for the login throttle (issue 15): kept in
-- the database so that every instance applies the same wait. A success deletes the user's row;
-- rows whose last failure is older than the lock are forgotten.
create table login_failure (
  subject         varchar(300) primary key,
  failures        integer      not null,
  last_failure_at timestamp with time zone not null
);
