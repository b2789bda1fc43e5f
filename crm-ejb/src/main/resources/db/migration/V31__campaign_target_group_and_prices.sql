-- Campaign activation (F-13): Activate takes a snapshot of the campaign's targets (a person through
-- its company), Deactivate empties it; contacts added afterwards are targets after the next Activate.
alter table campaign add column activated boolean not null default false;
create table campaign_target_group (
  campaign_no varchar(20) not null references campaign (no) on delete cascade,
  contact_no  varchar(20) not null references contact (no) on delete cascade,
  primary key (campaign_no, contact_no)
);
create index campaign_target_group_contact on campaign_target_group (contact_no);

-- The campaign's sales prices and line discounts per item (F-13): valid on the campaign's own
-- dates, for its target group, while it is activated.
create sequence campaign_price_seq start with 1 increment by 1;
create table campaign_price (
  id               bigint primary key,
  campaign_no      varchar(20) not null references campaign (no) on delete cascade,
  item_no          varchar(20) not null,
  item_description varchar(100),
  unit_price       numeric(14, 2) check (unit_price >= 0),
  discount_percent numeric(5, 2) check (discount_percent between 0 and 100),
  minimum_quantity numeric(14, 2) not null default 0 check (minimum_quantity >= 0),
  version          integer not null default 0,
  check (unit_price is not null or discount_percent is not null)
);
create index campaign_price_item on campaign_price (item_no, campaign_no);
