-- Contacts list (issue 3): every sortable column ordered with the contact number as tie-breaker,
-- so that a page sorted by any column is read from an index (crm.service.shared.Listing).
-- PostgreSQL gets the same indexes and trigram indexes for the "contains" filters
-- (db/vendor/postgresql/V6__contact_list_indexes.sql).
create index contact_type_no on contact (type, no);
create index contact_city_no on contact (city, no);
create index contact_country_no on contact (country_code, no);
create index contact_language_no on contact (language_code, no);
create index contact_salesperson_no on contact (salesperson_code, no);
create index contact_email_no on contact (email, no);
