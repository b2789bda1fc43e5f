-- The campaign entry that a single interaction made (F-32): deleting the canceled campaign entries
-- deletes their interaction log entries too, as Business Central does (F-11). The entries of a
-- logged segment are found by their logged segment and campaign, so they need no link.
alter table interaction_log_entry add column campaign_entry_no bigint;
create index ile_campaign_entry on interaction_log_entry (campaign_entry_no);
