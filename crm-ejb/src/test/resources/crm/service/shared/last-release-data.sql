-- What a database of the last release (schema version 13) holds after some use: a user, code
-- tables, a company and two persons, a campaign, a template with a language version, a segment
-- logged with its letter and its email (entries, campaign entry, sent letter, outbox message and
-- its send attempt), the email with recipients, a link and tracking events, an audit entry.
-- Written in that release's columns only; MigrationUpgradeTest upgrades it.
insert into salesperson (code, name, email, phone, job_title, version)
  values ('PS', 'Peter Saddow', 'peter@cronus.example', '+45 12 34 56 78', 'Sales manager', 2);
insert into app_user (user_name, full_name, password_hash, enabled, salesperson_code, version)
  values ('sales', 'Peter Saddow', 'PBKDF2WithHmacSHA256:3072:c2FsdA==:aGFzaA==', true, 'PS', 1);
insert into app_user_role (user_name, role) values ('sales', 'salesperson'), ('sales', 'marketing-staff');
insert into code_entry (code_table, code, description) values
  ('JOB_RESPONSIBILITY', 'PURCHASE', 'Purchasing'),
  ('BUSINESS_RELATION', 'CUST', 'Customer'),
  ('LANGUAGE', 'DAN', 'Danish'),
  ('LANGUAGE', 'ENU', 'English'),
  ('CAMPAIGN_STATUS', '1-PLAN', 'Planned');
update number_series set last_no_used = 'CT000003' where code = 'CONTACT';
update number_series set last_no_used = 'CP0001' where code = 'CAMPAIGN';
update number_series set last_no_used = 'SM00001' where code = 'SEGMENT';
update number_series set last_no_used = 'LSEG00001' where code = 'LOGGED-SEGMENT';
update marketing_setup set city = 'København', sender_email = 'sales@cronus.example',
  tracking_base_url = 'https://crm.cronus.example/crm' where id = 1;

insert into contact (no, type, name, address, post_code, city, country_code, language_code,
    salesperson_code, phone, correspondence_type, version, created_at, updated_at)
  values ('CT000001', 'COMPANY', 'Ørsted Trading A/S', 'Kongens Nytorv 1', '1050', 'København',
    'DK', 'DAN', 'PS', '+45 33 12 00 00', 'HARD_COPY', 3, '2026-10-01 09:00', '2026-10-02 10:30');
insert into contact (no, type, name, first_name, surname, company_no, address, post_code, city,
    country_code, language_code, time_zone, salesperson_code, email, correspondence_type,
    allow_tracking, do_not_email, version, created_at, updated_at)
  values ('CT000002', 'PERSON', 'Jørgen Ærø', 'Jørgen', 'Ærø', 'CT000001', 'Kongens Nytorv 1',
    '1050', 'København', 'DK', 'DAN', 'Europe/Copenhagen', 'PS', 'jorgen@orsted.example', 'EMAIL',
    true, false, 1, '2026-10-01 09:05', '2026-10-01 09:05'),
    ('CT000003', 'PERSON', 'Hélène Dupont', 'Hélène', 'Dupont', 'CT000001', 'Kongens Nytorv 1',
    '1050', 'København', 'DK', 'ENU', null, 'PS', null, 'HARD_COPY', false, true, 1,
    '2026-10-01 09:06', '2026-10-01 09:06');
insert into contact_code (contact_no, code_table, code) values
  ('CT000001', 'BUSINESS_RELATION', 'CUST'),
  ('CT000002', 'JOB_RESPONSIBILITY', 'PURCHASE'),
  ('CT000003', 'JOB_RESPONSIBILITY', 'PURCHASE');

insert into campaign (no, description, status_code, starting_date, ending_date, salesperson_code,
    notes, version, created_at, updated_at)
  values ('CP0001', 'FUTURUS trade show', '1-PLAN', '2026-11-01', '2026-12-31', 'PS',
    'Stand 42, hall B', 2, '2026-10-03 08:00', '2026-10-04 08:00');
insert into interaction_template (code, description, unit_cost, unit_duration, information_flow,
    initiated_by, correspondence_type, language_code, campaign_no, campaign_target, version)
  values ('BUS', 'Business letter', 1.25, 0.50, 'OUTBOUND', 'US', 'HARD_COPY', 'ENU', 'CP0001',
    true, 1);
insert into interaction_template_language (template_code, language_code, description, subject, body)
  values ('BUS', 'DAN', 'Dansk', 'Tak for besøget', 'Kære {{contact.firstName}}, tak for besøget.'),
    ('BUS', 'ENU', 'English', 'Thank you', 'Dear {{contact.firstName}}, thank you for your visit.');
insert into template_attachment_file (template_code, language_code, file_name, content_type, content)
  values ('BUS', 'ENU', 'brochure.pdf', 'application/pdf', '\x255044462d312e340a'::bytea);

insert into segment (no, description, segment_date, salesperson_code, campaign_no, campaign_target,
    interaction_template_code, subject, language_code, correspondence_type, last_line_no,
    logged_segment_no, version, created_at, updated_at)
  values ('SM00001', 'Visitors at the FUTURUS trade show', '2026-11-02', 'PS', 'CP0001', true,
    'BUS', 'Thank you for visiting the trade show', 'ENU', 'HARD_COPY', 20000, 'LSEG00001', 5,
    '2026-11-02 10:00', '2026-11-03 11:00');
insert into segment_line (segment_no, line_no, contact_no, contact_company_no,
    interaction_template_code, subject, language_code, correspondence_type, campaign_target,
    added_by_action, letter_subject, letter_body)
  values ('SM00001', 10000, 'CT000002', 'CT000001', 'BUS', 'Thank you for visiting the trade show',
    'DAN', 'EMAIL', true, 1, null, null),
    ('SM00001', 20000, 'CT000003', 'CT000001', 'BUS', 'Thank you for visiting the trade show',
    'ENU', 'HARD_COPY', true, 1, 'A note for {{contact.name}}', 'Dear Hélène, we kept you a seat.');
insert into criteria_action (segment_no, action_no, action, description, filter, lines_after, created_at)
  values ('SM00001', 1, 'ADD', 'Job responsibility: PURCHASE',
    '{"jobResponsibilityCodes":["PURCHASE"]}', 2, '2026-11-02 10:01'),
    ('SM00001', 2, 'REDUCE', 'Country: FR', '{"countryCodes":["FR"]}', 2, '2026-11-02 10:02');
insert into removed_segment_line (segment_no, removed_by_action, line_no, contact_no,
    interaction_template_code, added_by_action)
  values ('SM00001', 2, 30000, 'CT000001', 'BUS', 1);
insert into saved_criteria (code, description) values ('FUTURUS', 'Purchasers');
insert into saved_criteria_action (criteria_code, action_no, action, description, filter)
  values ('FUTURUS', 1, 'ADD', 'Job responsibility: PURCHASE', '{"jobResponsibilityCodes":["PURCHASE"]}');
insert into logged_segment (no, segment_no, description, campaign_no, no_of_interactions,
    no_of_campaign_entries, follow_up_segment_no, logged_at, logged_by)
  values ('LSEG00001', 'SM00001', 'Visitors at the FUTURUS trade show', 'CP0001', 2, 1, null,
    '2026-11-03 11:00', 'sales');

select setval('interaction_log_entry_seq', 2);
insert into interaction_log_entry (entry_no, contact_no, contact_company_no, entry_date, entry_time,
    interaction_template_code, description, subject, language_code, correspondence_type,
    salesperson_code, campaign_no, campaign_target, segment_no, logged_segment_no, cost, duration,
    information_flow, initiated_by, delivery_status, user_id, letter_subject, letter_body, email_id)
  values (1, 'CT000002', 'CT000001', '2026-11-03', '11:00:00', 'BUS',
    'Visitors at the FUTURUS trade show', 'Thank you for visiting the trade show', 'DAN', 'EMAIL',
    'PS', 'CP0001', true, 'SM00001', 'LSEG00001', 1.25, 0.50, 'OUTBOUND', 'US', 'SENT', 'sales',
    null, null, null),
    (2, 'CT000003', 'CT000001', '2026-11-03', '11:00:00', 'BUS', 'Visitors at the FUTURUS trade show',
    'Thank you for visiting the trade show', 'ENU', 'HARD_COPY', 'PS', 'CP0001', true, 'SM00001',
    'LSEG00001', 1.25, 0.50, 'OUTBOUND', 'US', null, 'sales', 'A note for {{contact.name}}',
    'Dear Hélène, we kept you a seat.', null);
select setval('campaign_entry_seq', 1);
insert into campaign_entry (entry_no, campaign_no, entry_date, description, segment_no,
    logged_segment_no, interaction_template_code, salesperson_code, no_of_interactions, cost,
    duration, user_id)
  values (1, 'CP0001', '2026-11-03', 'Visitors at the FUTURUS trade show', 'SM00001', 'LSEG00001',
    'BUS', 'PS', 2, 2.50, 1.00, 'sales');
insert into sent_letter (entry_no, logged_segment_no, paper_size, language_code, content)
  values (2, 'LSEG00001', 'A4', 'ENU', '{"subject":"A note for Hélène Dupont","body":"Dear Hélène, we kept you a seat."}');

select setval('email_seq', 1);
insert into email (id, contact_no, subject, body_html, template_code, language_code, tracking, status,
    send_at, sent_at, message_id, sender_user, from_address, from_name, campaign_no,
    logged_segment_no, created_at, version)
  values (1, 'CT000002', 'Tak for besøget', '<p>Kære Jørgen, <a href="https://cronus.example/stand">standen</a></p>',
    'BUS', 'DAN', 'ON', 'SENT', null, '2026-11-03 11:00:05+00', '<1.LSEG00001@cronus.example>',
    'sales', 'sales@cronus.example', 'Peter Saddow', 'CP0001', 'LSEG00001', '2026-11-03 11:00+00', 2);
update interaction_log_entry set email_id = 1 where entry_no = 1;
insert into email_recipient (email_id, position, kind, contact_no, address, name, entry_no)
  values (1, 0, 'TO', 'CT000002', 'jorgen@orsted.example', 'Jørgen Ærø', 1),
    (1, 1, 'CC', null, 'archive@cronus.example', null, null);
insert into email_attachment (email_id, file_name, content_type, content, tracked)
  values (1, 'price list.pdf', 'application/pdf', '\x255044462d312e340a'::bytea, true);
insert into email_link (email_id, link_no, url, hidden)
  values (1, 1, 'https://cronus.example/stand', false), (1, 2, 'https://cronus.example/x', true);
select setval('email_event_seq', 3);
insert into email_event (id, email_id, type, occurred_at, link_no, file_name, url, http_method,
    user_agent, source_address, classification, reason)
  values (1, 1, 'OPEN', '2026-11-03 11:00:07+00', null, null, null, 'GET', 'Proofpoint', '203.0.113.9',
    'MACHINE', 'FAST_AFTER_DELIVERY'),
    (2, 1, 'OPEN', '2026-11-03 14:20:00+00', null, null, null, 'GET', 'Mozilla/5.0', '198.51.100.7',
    'HUMAN', 'NONE'),
    (3, 1, 'CLICK', '2026-11-03 14:21:00+00', 1, null, 'https://cronus.example/stand', 'GET',
    'Mozilla/5.0', '198.51.100.7', 'HUMAN', 'NONE');
select setval('outbox_message_seq', 1);
insert into outbox_message (id, entry_no, logged_segment_no, to_address, to_name, from_address,
    from_name, subject, html_body, text_body, template_code, language_code, status, attempts,
    next_attempt_at, message_id, created_at, sent_at, email_id, claimed_by, first_attempt_at)
  values (1, 1, 'LSEG00001', 'jorgen@orsted.example', 'Jørgen Ærø', 'sales@cronus.example',
    'Peter Saddow', 'Tak for besøget', '<p>Kære Jørgen</p>', 'Kære Jørgen', 'BUS', 'DAN', 'SENT', 1,
    '2026-11-03 11:00', '<1.LSEG00001@cronus.example>', '2026-11-03 11:00', '2026-11-03 11:00:05',
    1, null, '2026-11-03 11:00:04');
insert into send_attempt (outbox_id, attempt_no, message_id, instance_id, started_at, finished_at, outcome)
  values (1, 1, '<1.LSEG00001@cronus.example>', 'server-1', '2026-11-03 11:00:04', '2026-11-03 11:00:05', 'SENT');
insert into sending_instance (instance_id, heartbeat_at) values ('server-1', '2026-11-03 11:05');
insert into tracking_key (id, secret, created_at) values (1, 'not-a-real-key-only-test-data', '2026-10-01 09:00+00');
insert into login_failure (subject, failures, last_failure_at) values ('user:sales', 1, '2026-11-03 08:59+00');
select setval('audit_entry_seq', 1);
insert into audit_entry (id, changed_at, user_name, action, record_type, record_key, changes)
  values (1, '2026-11-03 11:00+00', 'sales', 'LOG', 'Segment', 'SM00001', '{"loggedSegmentNo":"LSEG00001"}');
