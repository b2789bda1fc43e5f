-- Contacts list at a million contacts (issue 14): a filter on a code combined with a sort by name
-- (countryCode=DE&sort=name) reads its page, and the page after a shown row, from one index
-- range in the sort's order, instead of sorting every contact of the country. The pairs are
-- those users combine: a country, a type (companies) or a salesperson's contacts by name. The
-- name index gains the contact number, the tie-breaker of every sort (crm.service.shared.Listing).
create index contact_name_no on contact (name, no);
drop index contact_name;
create index contact_country_name_no on contact (country_code, name, no);
create index contact_type_name_no on contact (type, name, no);
create index contact_salesperson_name_no on contact (salesperson_code, name, no);
