-- Fills a CRM Marketing database that holds the demo data (started once with config/run.sh on
-- PostgreSQL) up to what issue 13's draw target names: 1,000 campaigns, 1,000 interaction
-- templates and 1,000,000 contacts, generated. For config/page-draw-benchmark.sh; never in
-- production. Run with: psql -v ON_ERROR_STOP=1 -d <database> -f config/page-draw-data.sql
insert into campaign (no, description, status_code, starting_date, ending_date, salesperson_code, created_at, updated_at)
select 'CPX' || lpad(i::text, 4, '0'), 'Generated campaign ' || i, null, date '2027-01-01', date '2027-12-31',
       (select min(code) from salesperson), now(), now()
from generate_series(1, 1000) i;

insert into interaction_template (code, description, unit_cost, unit_duration, information_flow, initiated_by)
select 'TX' || lpad(i::text, 4, '0'), 'Generated template ' || i, 1.5, 3, 'OUTBOUND', 'US'
from generate_series(1, 1000) i;

insert into contact (no, type, name, first_name, surname, address, post_code, city, country_code,
  language_code, salesperson_code, email, created_at, updated_at)
select 'CT' || lpad(i::text, 7, '0'), 'PERSON', 'First' || i || ' Surname' || i, 'First' || i, 'Surname' || i,
       'Street ' || i, lpad((10000 + i % 90000)::text, 5, '0'),
       (array['Berlin', 'Paris', 'London', 'New York', 'Amsterdam', 'Brussels', 'Munich', 'Lyon'])[i % 8 + 1],
       (array['DE', 'FR', 'GB', 'US', 'NL', 'BE'])[i % 6 + 1], 'ENU',
       (select min(code) from salesperson), 'contact' || i || '@example.com', now(), now()
from generate_series(1, 1000000 - (select count(*) from contact)) i;

vacuum analyze campaign, interaction_template, contact;
