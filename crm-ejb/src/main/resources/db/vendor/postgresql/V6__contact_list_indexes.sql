-- Contacts list (issue 3): every sortable column ordered with the contact number as tie-breaker,
-- so that a page sorted by any column is read from an index (crm.service.shared.Listing).
-- H2 gets the same (db/vendor/h2/V6__contact_list_indexes.sql).
create index contact_type_no on contact (type, no);
create index contact_city_no on contact (city, no);
create index contact_country_no on contact (country_code, no);
create index contact_language_no on contact (language_code, no);
create index contact_salesperson_no on contact (salesperson_code, no);
create index contact_email_no on contact (email, no);

-- The column filters match "contains" (lower(column) like '%text%'): trigram indexes answer
-- those without reading every contact. pg_trgm is a trusted extension (PostgreSQL 13+), so the
-- database owner may create it; it goes to schema public, shared by every schema of the database.
-- The short code columns (country, language, salesperson) have too few letters for trigrams.
create extension if not exists pg_trgm schema public;
create index contact_no_trgm on contact using gin (lower(no) public.gin_trgm_ops);
create index contact_name_trgm on contact using gin (lower(name) public.gin_trgm_ops);
create index contact_company_no_trgm on contact using gin (lower(company_no) public.gin_trgm_ops);
create index contact_city_trgm on contact using gin (lower(city) public.gin_trgm_ops);
create index contact_email_trgm on contact using gin (lower(email) public.gin_trgm_ops);
