-- The request list's default order is the newest fiscal year, then the section's code, then the request's code.
-- Sorting by the joined section meant sorting a whole year of requests for every page (about 100,000 rows at nation
-- scale). The section's code is kept on the request (set on every write of the request, and by the section's update
-- when its code changes) so that one index serves the order: a page reads its 50 index entries and stops.
alter table city_request add column section_code varchar(20);
update city_request set section_code = (select s.code from section s where s.id = city_request.section_id);
alter table city_request alter column section_code set not null;
-- "desc nulls last" as the application orders (SortSpec puts nulls last both ways): an index of plain "desc" (nulls
-- first) would not serve that order.
create index ix_city_request_list_order on city_request (fiscal_year desc nulls last, section_code, code, id);
