-- Demo users, one per role (F-70), loaded with the CRONUS demo data, and on their own into a
-- database that had the demo data before users existed. The README lists their demo passwords.
INSERT INTO app_user (user_name, full_name, password_hash, salesperson_code) VALUES
  ('admin', 'System Administrator', 'PBKDF2WithHmacSHA256:100000:YCqDU/63anLvnKS1L/f/TKh1qQATiPMgtUarYhyRsCc=:aFgJXhaUzUbMy6R+y0KKku/JBi4JBmu5ll7hA8Tuces=', NULL),
  ('manager', 'Helen Ray', 'PBKDF2WithHmacSHA256:100000:SSx+jY9Nbi/1qv6sVsRRclSv5u4lnbFzN6G8jElwWfQ=:uBMl5e24oZ72ptJWv3EopwQR/TpiwCqKZjnzkbi6gxo=', 'HR'),
  ('staff', 'Benjamin Chiu', 'PBKDF2WithHmacSHA256:100000:bukJyeeMRM6IsFx2a5REuhlAo4CLUXSA/03lSG8NXV4=:v7JduDGpfyIx/Eb0Y6RfBsLVIsdXO1QxVULfCItllEg=', 'BC'),
  ('sales', 'Peter Saddow', 'PBKDF2WithHmacSHA256:100000:AQq8mUkRb8h8vNMvHhnJ0zXfum3/oKCuTay5GTv7ST0=:zJ4/9TtRqbJFHSModKvs/4mOF7Umg04p9SRT6kNaQ3A=', 'PS'),
  ('batch', 'Batch Operator', 'PBKDF2WithHmacSHA256:100000:LO6aa0o5+6hdoZz+NB8CzMl8P56J12R/o261055aTFM=:ZCdqw9U6vQxzrpKvgieeu8Cp0Kurhneua6mkIBd942g=', NULL);

INSERT INTO app_user_role (user_name, role) VALUES
  ('admin', 'administrator'),
  ('manager', 'marketing-manager'),
  ('staff', 'marketing-staff'),
  ('sales', 'salesperson'),
  ('batch', 'batch-admin');
