-- Demo campaigns of the marketing manager (user "manager"), relative to the first start: three
-- campaigns whose interactions and responses spread over the last eight months (the manager's
-- chart on the home page), and a segment in progress. Loaded with the demo emails when
-- crm.demo-data.emails is on (config/run.sh), not in the tests.
INSERT INTO campaign (no, description, starting_date, ending_date, salesperson_code, version, created_at, updated_at) VALUES
  ('CP0001', 'Spring fair: invitations and follow-up calls', CAST(CURRENT_TIMESTAMP - INTERVAL '230' DAY AS DATE),
   CAST(CURRENT_TIMESTAMP - INTERVAL '120' DAY AS DATE), 'HR', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
  ('CP0002', 'Millennium Server launch for the furniture and hardware trade', CAST(CURRENT_TIMESTAMP - INTERVAL '110' DAY AS DATE),
   NULL, 'PS', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
  ('CP0003', 'Autumn newsletter', CAST(CURRENT_TIMESTAMP - INTERVAL '20' DAY AS DATE), NULL, 'HR', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
UPDATE number_series SET last_no_used = 'CP0003' WHERE code = 'CAMPAIGN';
INSERT INTO interaction_log_entry (entry_no, contact_no, contact_company_no, entry_date, entry_time, description,
  correspondence_type, salesperson_code, campaign_no, campaign_target, campaign_response, information_flow, initiated_by, user_id)
  SELECT nextval('interaction_log_entry_seq'), no, company_no, CAST(CURRENT_TIMESTAMP - INTERVAL '225' DAY AS DATE), LOCALTIME,
    'Spring fair invitation', 'HARD_COPY', 'HR', 'CP0001', true, false, 'OUTBOUND', 'US', 'manager'
  FROM contact WHERE type = 'PERSON' AND no BETWEEN 'CT000010' AND 'CT000090';
INSERT INTO interaction_log_entry (entry_no, contact_no, contact_company_no, entry_date, entry_time, description,
  correspondence_type, salesperson_code, campaign_no, campaign_target, campaign_response, information_flow, initiated_by, user_id)
  SELECT nextval('interaction_log_entry_seq'), no, company_no, CAST(CURRENT_TIMESTAMP - INTERVAL '195' DAY AS DATE), LOCALTIME,
    'Spring fair: visit at the stand', 'HARD_COPY', 'HR', 'CP0001', true, true, 'INBOUND', 'THEM', 'manager'
  FROM contact WHERE type = 'PERSON' AND no BETWEEN 'CT000010' AND 'CT000040';
INSERT INTO interaction_log_entry (entry_no, contact_no, contact_company_no, entry_date, entry_time, description,
  correspondence_type, salesperson_code, campaign_no, campaign_target, campaign_response, information_flow, initiated_by, user_id)
  SELECT nextval('interaction_log_entry_seq'), no, company_no, CAST(CURRENT_TIMESTAMP - INTERVAL '165' DAY AS DATE), LOCALTIME,
    'Spring fair follow-up call', 'HARD_COPY', 'HR', 'CP0001', true, true, 'INBOUND', 'THEM', 'manager'
  FROM contact WHERE type = 'PERSON' AND no BETWEEN 'CT000041' AND 'CT000060';
INSERT INTO interaction_log_entry (entry_no, contact_no, contact_company_no, entry_date, entry_time, description,
  correspondence_type, salesperson_code, campaign_no, campaign_target, campaign_response, information_flow, initiated_by, user_id)
  SELECT nextval('interaction_log_entry_seq'), no, company_no, CAST(CURRENT_TIMESTAMP - INTERVAL '105' DAY AS DATE), LOCALTIME,
    'Millennium Server launch letter', 'HARD_COPY', 'HR', 'CP0002', true, false, 'OUTBOUND', 'US', 'manager'
  FROM contact WHERE type = 'PERSON' AND no BETWEEN 'CT000050' AND 'CT000150';
INSERT INTO interaction_log_entry (entry_no, contact_no, contact_company_no, entry_date, entry_time, description,
  correspondence_type, salesperson_code, campaign_no, campaign_target, campaign_response, information_flow, initiated_by, user_id)
  SELECT nextval('interaction_log_entry_seq'), no, company_no, CAST(CURRENT_TIMESTAMP - INTERVAL '75' DAY AS DATE), LOCALTIME,
    'Millennium Server: asked for an offer', 'HARD_COPY', 'HR', 'CP0002', true, true, 'INBOUND', 'THEM', 'manager'
  FROM contact WHERE type = 'PERSON' AND no BETWEEN 'CT000050' AND 'CT000080';
INSERT INTO interaction_log_entry (entry_no, contact_no, contact_company_no, entry_date, entry_time, description,
  correspondence_type, salesperson_code, campaign_no, campaign_target, campaign_response, information_flow, initiated_by, user_id)
  SELECT nextval('interaction_log_entry_seq'), no, company_no, CAST(CURRENT_TIMESTAMP - INTERVAL '45' DAY AS DATE), LOCALTIME,
    'Millennium Server reminder', 'HARD_COPY', 'HR', 'CP0002', true, false, 'OUTBOUND', 'US', 'manager'
  FROM contact WHERE type = 'PERSON' AND no BETWEEN 'CT000090' AND 'CT000130';
INSERT INTO interaction_log_entry (entry_no, contact_no, contact_company_no, entry_date, entry_time, description,
  correspondence_type, salesperson_code, campaign_no, campaign_target, campaign_response, information_flow, initiated_by, user_id)
  SELECT nextval('interaction_log_entry_seq'), no, company_no, CAST(CURRENT_TIMESTAMP - INTERVAL '40' DAY AS DATE), LOCALTIME,
    'Millennium Server: demo booked', 'HARD_COPY', 'HR', 'CP0002', true, true, 'INBOUND', 'THEM', 'manager'
  FROM contact WHERE type = 'PERSON' AND no BETWEEN 'CT000090' AND 'CT000105';
INSERT INTO interaction_log_entry (entry_no, contact_no, contact_company_no, entry_date, entry_time, description,
  correspondence_type, salesperson_code, campaign_no, campaign_target, campaign_response, information_flow, initiated_by, user_id)
  SELECT nextval('interaction_log_entry_seq'), no, company_no, CAST(CURRENT_TIMESTAMP - INTERVAL '15' DAY AS DATE), LOCALTIME,
    'Autumn newsletter', 'HARD_COPY', 'HR', 'CP0003', true, false, 'OUTBOUND', 'US', 'manager'
  FROM contact WHERE type = 'PERSON' AND no BETWEEN 'CT000020' AND 'CT000190';
INSERT INTO interaction_log_entry (entry_no, contact_no, contact_company_no, entry_date, entry_time, description,
  correspondence_type, salesperson_code, campaign_no, campaign_target, campaign_response, information_flow, initiated_by, user_id)
  SELECT nextval('interaction_log_entry_seq'), no, company_no, CAST(CURRENT_TIMESTAMP - INTERVAL '5' DAY AS DATE), LOCALTIME,
    'Autumn newsletter: reply', 'HARD_COPY', 'HR', 'CP0003', true, true, 'INBOUND', 'THEM', 'manager'
  FROM contact WHERE type = 'PERSON' AND no BETWEEN 'CT000120' AND 'CT000135';
INSERT INTO segment (no, description, segment_date, salesperson_code, campaign_no, campaign_target,
  interaction_template_code, subject, last_line_no, version, created_at, updated_at) VALUES
  ('SM00001', 'Autumn newsletter: second wave', CURRENT_DATE, 'HR', 'CP0003', true, 'BUS', 'Our autumn offers',
   0, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO segment_line (segment_no, line_no, contact_no, campaign_target)
  SELECT 'SM00001', CAST(SUBSTRING(no, 3) AS BIGINT), no, true FROM contact WHERE type = 'PERSON' AND no BETWEEN 'CT000136' AND 'CT000190';
UPDATE segment SET last_line_no = 190 WHERE no = 'SM00001';
UPDATE number_series SET last_no_used = 'SM00001' WHERE code = 'SEGMENT';

-- The launch campaign is activated (F-13): its target group is the companies of its campaign-target
-- interactions, with a price and a line discount for the Athens Desk.
UPDATE campaign SET activated = true WHERE no = 'CP0002';
INSERT INTO campaign_target_group (campaign_no, contact_no)
  SELECT DISTINCT 'CP0002', COALESCE(c.company_no, c.no) FROM interaction_log_entry e JOIN contact c ON c.no = e.contact_no
  WHERE e.campaign_no = 'CP0002' AND e.campaign_target;
INSERT INTO campaign_price (id, campaign_no, item_no, item_description, unit_price, discount_percent, minimum_quantity) VALUES
  (nextval('campaign_price_seq'), 'CP0002', '1896-S', 'Athens Desk', 499.00, NULL, 0),
  (nextval('campaign_price_seq'), 'CP0002', '1896-S', 'Athens Desk', NULL, 7.5, 10);
