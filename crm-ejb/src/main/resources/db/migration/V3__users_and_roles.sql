-- Users and their roles (F-70). The identity store reads these two tables at each login.

-- password_hash: Jakarta Security's Pbkdf2PasswordHash format
-- (PBKDF2WithHmacSHA256:iterations:base64 salt:base64 hash); never the password itself.
create table app_user (
  user_name        varchar(50)  primary key,
  full_name        varchar(100) not null,
  password_hash    varchar(300) not null,
  enabled          boolean      not null default true,
  salesperson_code varchar(20)  references salesperson (code),
  version          integer      not null default 0
);

-- The roles of crm.domain.security.Roles.
create table app_user_role (
  user_name varchar(50) not null references app_user (user_name) on delete cascade,
  role      varchar(30) not null,
  primary key (user_name, role),
  constraint app_user_role_known check (role in
    ('administrator', 'marketing-manager', 'marketing-staff', 'salesperson', 'batch-admin'))
);
