-- The engagement timers (issue 9) as jobs of the registry (crm.service.scheduling.Job), so that the
-- timer console shows, pauses and runs them like the others.
insert into scheduled_job (name) values ('reminders'), ('replies'), ('message-opened-cards');
