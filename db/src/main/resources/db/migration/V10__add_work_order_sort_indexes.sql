-- The work-order list is sorted in the database and read by keyset, so each sort needs an index whose order
-- is the sort's order: then page 1 and page 5,000 are both a short index range scan at a million rows.
--
-- Priority must sort by urgency, not alphabetically. H2 cannot index an expression, and a CASE in ORDER BY
-- would sort every matching row for every page, so the urgency is a stored column (3 = emergency .. 0 = low),
-- written with the priority and held to it by a check. Higher is more urgent so that "most urgent, then
-- newest" is (urgency, created_at, id) all descending: one row-value comparison, one backward index scan.
alter table work_order add column urgency smallint;
update work_order set urgency = case priority when 'EMERGENCY' then 3 when 'HIGH' then 2 when 'NORMAL' then 1 else 0 end;
alter table work_order alter column urgency set not null;
alter table work_order add constraint ck_work_order_urgency
    check (urgency = case priority when 'EMERGENCY' then 3 when 'HIGH' then 2 when 'NORMAL' then 1 else 0 end);
create index work_order_urgency_created_idx on work_order (urgency, created_at, id);

-- Resolve-by pages continue on (resolution_due_at, id); orders without an SLA are read after, by id.
drop index work_order_resolution_due_idx;
create index work_order_resolution_due_idx on work_order (resolution_due_at, id);
