-- Demo emails of the salesperson Peter Saddow (user "sales"), relative to the first start: one
-- sent three days ago, tracked, opened and clicked by a person after a mail scanner fetched it;
-- one sent yesterday, tracked, not opened yet; one scheduled for tomorrow; one draft; and (7.) an activity
-- and a postponed interaction. Loaded
-- with the demo data when crm.demo-data.emails is on (config/run.sh), not in the tests.

-- 1. Sent, tracked, opened and clicked.
INSERT INTO email (id, contact_no, subject, body_html, tracking, status, sent_at, message_id, sender_user,
  from_address, from_name, created_at) VALUES
  (nextval('email_seq'), 'CT000053', 'Millennium Server: your questions from Computer Futurus',
   '<p>Dear Mr. Patel,</p><p>Thank you for visiting our stand. The <a href="https://www.cronus.example/millennium-server">Millennium Server data sheet</a> answers the questions you asked about redundancy.</p><p>Kind regards,<br>Peter Saddow</p>',
   'ON', 'SENT', CURRENT_TIMESTAMP - INTERVAL '3' DAY, '<demo-1.crm@cronus.example>', 'sales',
   'peter.saddow@cronus.example', 'Peter Saddow', CURRENT_TIMESTAMP - INTERVAL '3' DAY);
INSERT INTO interaction_log_entry (entry_no, contact_no, contact_company_no, entry_date, entry_time,
  description, subject, correspondence_type, salesperson_code, information_flow, initiated_by, user_id,
  delivery_status, email_id)
  SELECT nextval('interaction_log_entry_seq'), 'CT000053', 'CT000002', CAST(CURRENT_TIMESTAMP - INTERVAL '3' DAY AS DATE), LOCALTIME,
    'Millennium Server: your questions from Computer Futurus', 'Millennium Server: your questions from Computer Futurus',
    'EMAIL', 'PS', 'OUTBOUND', 'US', 'sales', 'SENT', currval('email_seq');
INSERT INTO email_recipient (email_id, position, kind, contact_no, address, name, entry_no)
  SELECT currval('email_seq'), 0, 'TO', 'CT000053', 'harry.patel@selangorian.example', 'Harry Patel',
    currval('interaction_log_entry_seq');
INSERT INTO email_link (email_id, link_no, url, hidden) VALUES
  (currval('email_seq'), 1, 'https://www.cronus.example/millennium-server', false),
  (currval('email_seq'), 2, 'http://localhost:8080/crm/', true);
INSERT INTO email_event (id, email_id, type, occurred_at, link_no, url, http_method, user_agent, source_address,
  classification, reason) VALUES
  (nextval('email_event_seq'), currval('email_seq'), 'OPEN', CURRENT_TIMESTAMP - INTERVAL '3' DAY + INTERVAL '4' SECOND,
   NULL, NULL, 'GET', 'Mozilla/5.0 (compatible; Proofpoint URL Defense)', '148.163.128.10', 'MACHINE', 'SOON_AFTER_DELIVERY');
INSERT INTO email_event (id, email_id, type, occurred_at, link_no, url, http_method, user_agent, source_address,
  classification, reason) VALUES
  (nextval('email_event_seq'), currval('email_seq'), 'OPEN', CURRENT_TIMESTAMP - INTERVAL '3' DAY + INTERVAL '2' HOUR,
   NULL, NULL, 'GET', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
   '203.0.113.24', 'HUMAN', 'NO_MACHINE_SIGN');
INSERT INTO email_event (id, email_id, type, occurred_at, link_no, url, http_method, user_agent, source_address,
  classification, reason) VALUES
  (nextval('email_event_seq'), currval('email_seq'), 'CLICK', CURRENT_TIMESTAMP - INTERVAL '3' DAY + INTERVAL '125' MINUTE,
   1, 'https://www.cronus.example/millennium-server', 'GET',
   'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
   '203.0.113.24', 'HUMAN', 'NO_MACHINE_SIGN');

-- 2. Sent yesterday, tracked, not opened yet.
INSERT INTO email (id, contact_no, subject, body_html, tracking, status, sent_at, message_id, sender_user,
  from_address, from_name, created_at) VALUES
  (nextval('email_seq'), 'CT000054', 'Your seat at the Millennium Server launch',
   '<p>Dear Ms. Hughes,</p><p>We kept you a seat at the launch on the 15th. <a href="https://www.cronus.example/launch">The programme</a> is online.</p><p>Kind regards,<br>Peter Saddow</p>',
   'ON', 'SENT', CURRENT_TIMESTAMP - INTERVAL '1' DAY, '<demo-2.crm@cronus.example>', 'sales',
   'peter.saddow@cronus.example', 'Peter Saddow', CURRENT_TIMESTAMP - INTERVAL '1' DAY);
INSERT INTO interaction_log_entry (entry_no, contact_no, contact_company_no, entry_date, entry_time,
  description, subject, correspondence_type, salesperson_code, information_flow, initiated_by, user_id,
  delivery_status, email_id)
  SELECT nextval('interaction_log_entry_seq'), 'CT000054', 'CT000002', CAST(CURRENT_TIMESTAMP - INTERVAL '1' DAY AS DATE), LOCALTIME,
    'Your seat at the Millennium Server launch', 'Your seat at the Millennium Server launch',
    'EMAIL', 'PS', 'OUTBOUND', 'US', 'sales', 'SENT', currval('email_seq');
INSERT INTO email_recipient (email_id, position, kind, contact_no, address, name, entry_no)
  SELECT currval('email_seq'), 0, 'TO', 'CT000054', 'charlotte.hughes@selangorian.example', 'Charlotte Hughes',
    currval('interaction_log_entry_seq');
INSERT INTO email_link (email_id, link_no, url, hidden) VALUES
  (currval('email_seq'), 1, 'https://www.cronus.example/launch', false),
  (currval('email_seq'), 2, 'http://localhost:8080/crm/', true);

-- 3. Scheduled for tomorrow: the outbox releases it then.
INSERT INTO email (id, contact_no, subject, body_html, tracking, status, send_at, sender_user,
  from_address, from_name, created_at) VALUES
  (nextval('email_seq'), 'CT000055', 'Following up on the Millennium Server trial',
   '<p>Dear Mr. Davies,</p><p>How is the trial going? I can call you this week to go through the results.</p><p>Kind regards,<br>Peter Saddow</p>',
   'ON', 'SCHEDULED', CURRENT_TIMESTAMP + INTERVAL '1' DAY, 'sales',
   'peter.saddow@cronus.example', 'Peter Saddow', CURRENT_TIMESTAMP);
INSERT INTO interaction_log_entry (entry_no, contact_no, contact_company_no, entry_date, entry_time,
  description, subject, correspondence_type, salesperson_code, information_flow, initiated_by, user_id,
  delivery_status, email_id)
  SELECT nextval('interaction_log_entry_seq'), 'CT000055', 'CT000002', CURRENT_DATE, LOCALTIME,
    'Following up on the Millennium Server trial', 'Following up on the Millennium Server trial',
    'EMAIL', 'PS', 'OUTBOUND', 'US', 'sales', 'SCHEDULED', currval('email_seq');
INSERT INTO email_recipient (email_id, position, kind, contact_no, address, name, entry_no)
  SELECT currval('email_seq'), 0, 'TO', 'CT000055', 'william.davies@selangorian.example', 'William Davies',
    currval('interaction_log_entry_seq');
INSERT INTO outbox_message (id, entry_no, to_address, to_name, from_address, from_name, subject, html_body,
  text_body, status, next_attempt_at, created_at, email_id)
  SELECT nextval('outbox_message_seq'), currval('interaction_log_entry_seq'), 'william.davies@selangorian.example',
    'William Davies', 'peter.saddow@cronus.example', 'Peter Saddow', subject, body_html,
    'Dear Mr. Davies, How is the trial going? I can call you this week to go through the results. Kind regards, Peter Saddow',
    'SCHEDULED', LOCALTIMESTAMP + INTERVAL '1' DAY, LOCALTIMESTAMP, id
  FROM email WHERE id = currval('email_seq');

-- 4. A draft.
INSERT INTO email (id, contact_no, subject, body_html, tracking, status, sender_user, from_address, from_name,
  created_at) VALUES
  (nextval('email_seq'), 'CT000069', 'Prices for the Millennium Server',
   '<p>Dear Mr. Ward,</p><p>As promised, here are our prices for</p>',
   'ON', 'DRAFT', 'sales', 'peter.saddow@cronus.example', 'Peter Saddow', CURRENT_TIMESTAMP);
INSERT INTO email_recipient (email_id, position, kind, contact_no, address, name)
  SELECT currval('email_seq'), 0, 'TO', 'CT000069', 'benjamin.ward@blanemark.example', 'Benjamin Ward';

-- 5. Follow-up (F-54..F-56): Harry Patel replied to the first email (read from the mailbox: an
-- inbound interaction with the setup's reply template), the reminder on the second fired this
-- morning as nobody answered, and the scheduled one carries a reminder for later; each raised
-- email shows on Peter Saddow's action cards.
INSERT INTO email_event (id, email_id, type, occurred_at, classification, reason)
  SELECT nextval('email_event_seq'), id, 'REPLY', CURRENT_TIMESTAMP - INTERVAL '2' HOUR, 'HUMAN', 'REPLY_HEADERS'
  FROM email WHERE message_id = '<demo-1.crm@cronus.example>';
INSERT INTO action_card (id, owner_user, kind, priority, email_id, contact_no, note, created_at, status)
  SELECT nextval('action_card_seq'), 'sales', 'REPLY_RECEIVED', 2, id, contact_no,
    'Re: Millennium Server: your questions from Computer Futurus', CURRENT_TIMESTAMP - INTERVAL '2' HOUR, 'OPEN'
  FROM email WHERE message_id = '<demo-1.crm@cronus.example>';
INSERT INTO interaction_log_entry (entry_no, contact_no, contact_company_no, entry_date, entry_time,
  interaction_template_code, interaction_group_code, description, subject, correspondence_type, salesperson_code,
  cost, duration, information_flow, initiated_by, user_id)
  SELECT nextval('interaction_log_entry_seq'), 'CT000053', 'CT000002', CAST(CURRENT_TIMESTAMP - INTERVAL '2' HOUR AS DATE),
    CAST(CURRENT_TIMESTAMP - INTERVAL '2' HOUR AS TIME), t.code, t.interaction_group_code, t.description,
    'Re: Millennium Server: your questions from Computer Futurus', 'EMAIL', 'PS', t.unit_cost, t.unit_duration,
    'INBOUND', 'THEM', 'sales'
  FROM interaction_template t WHERE t.code = 'EMAIL';
INSERT INTO email_reminder (email_id, condition, remind_at, comment, status, closed_at)
  SELECT id, 'NO_REPLY', CURRENT_TIMESTAMP - INTERVAL '1' HOUR, 'Call Charlotte about her seat at the launch',
    'FIRED', CURRENT_TIMESTAMP - INTERVAL '1' HOUR
  FROM email WHERE message_id = '<demo-2.crm@cronus.example>';
INSERT INTO action_card (id, owner_user, kind, priority, email_id, contact_no, note, created_at, status)
  SELECT nextval('action_card_seq'), 'sales', 'REMINDER_DUE', 1, id, contact_no,
    'Call Charlotte about her seat at the launch', CURRENT_TIMESTAMP - INTERVAL '1' HOUR, 'OPEN'
  FROM email WHERE message_id = '<demo-2.crm@cronus.example>';
INSERT INTO email_reminder (email_id, condition, remind_at, comment, status)
  SELECT id, 'NO_REPLY', CURRENT_TIMESTAMP + INTERVAL '4' DAY, 'Offer a call about the trial results', 'PENDING'
  FROM email WHERE subject = 'Following up on the Millennium Server trial' AND sender_user = 'sales';

-- 6. Peter Saddow's to-dos (F-15): a follow-up call about the first email, overdue since
-- yesterday; a meeting the day after tomorrow; a task already done. Numbered by the TO-DO series.
INSERT INTO to_do (no, type, description, contact_no, salesperson_code, owner_user, due_at, priority, status,
  email_id, created_at, updated_at)
  SELECT 'TD000001', 'CALL', 'Call Harry Patel about the redundancy questions', 'CT000053', 'PS', 'sales',
    CURRENT_TIMESTAMP - INTERVAL '1' DAY, 'HIGH', 'OPEN', id, CURRENT_TIMESTAMP - INTERVAL '2' DAY,
    CURRENT_TIMESTAMP - INTERVAL '2' DAY
  FROM email WHERE message_id = '<demo-1.crm@cronus.example>';
INSERT INTO to_do (no, type, description, contact_no, salesperson_code, owner_user, due_at, priority, status,
  created_at, updated_at) VALUES
  ('TD000002', 'MEETING', 'Millennium Server demonstration at Blanemark', 'CT000069', 'PS', 'sales',
   CURRENT_TIMESTAMP + INTERVAL '2' DAY, 'NORMAL', 'OPEN', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
  ('TD000003', 'TO_DO', 'Send the price list to Mr. Davies', 'CT000055', 'PS', 'sales',
   CURRENT_TIMESTAMP - INTERVAL '3' DAY, 'LOW', 'DONE', CURRENT_TIMESTAMP - INTERVAL '4' DAY, CURRENT_TIMESTAMP - INTERVAL '3' DAY);
UPDATE number_series SET last_no_used = 'TD000003' WHERE code = 'TO-DO';

-- 7. Issue 11: an activity that plans the follow-up of the trade show (F-14), ready to be assigned
-- to a segment, a contact or a campaign; and a call Peter Saddow started recording and kept as a
-- postponed interaction (F-32), to resume or delete from Postponed interactions.
INSERT INTO activity (code, description, created_by, version) VALUES
  ('FUTURUS', 'Follow-up of the Computer Futurus visitors', 'manager', 0);
INSERT INTO activity_step (activity_code, line_no, type, description, priority, date_formula) VALUES
  ('FUTURUS', 0, 'CALL', 'Thank the visitor for coming to the stand', 'HIGH', '2D'),
  ('FUTURUS', 1, 'MEETING', 'Demonstrate the Millennium Server', 'NORMAL', '2W'),
  ('FUTURUS', 2, 'TO_DO', 'Send the offer', 'NORMAL', 'CM+1D');
INSERT INTO interaction_log_entry (entry_no, contact_no, contact_company_no, entry_date, entry_time,
  interaction_template_code, interaction_group_code, description, salesperson_code, cost, duration,
  information_flow, initiated_by, evaluation, postponed, user_id)
  SELECT nextval('interaction_log_entry_seq'), 'CT000069', c.company_no, CURRENT_DATE, LOCALTIME, t.code,
    t.interaction_group_code, 'Call about the demonstration date', 'PS', t.unit_cost, 15, t.information_flow,
    t.initiated_by, 'POSITIVE', true, 'sales'
  FROM interaction_template t, contact c WHERE t.code = 'PHONE' AND c.no = 'CT000069';
