-- Contact import (F-04): a file's rows are checked against the contacts' emails, case aside, in
-- one join. The trigram index on lower(email) answers equality too, but each probe then reads
-- every contact sharing the address's common trigrams (example.com ...); this one reads one.
-- H2 has no index on an expression (db/vendor/h2/V30__contact_import_indexes.sql).
create index contact_email_lower on contact (lower(email));
