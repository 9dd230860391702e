-- Parts are edited by more than one person (prices change, items are retired), so they get the same
-- optimistic-lock version column as every other edited record; a price list holds one price per part.

alter table part add column version bigint default 0 not null;

alter table price_list_item add constraint uq_price_list_item_part unique (price_list_id, part_id);
