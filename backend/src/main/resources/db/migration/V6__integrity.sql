-- kyodo schema, part 6: references and duplicates the database refuses as well as the services (hardening).
-- Portable SQL: runs unchanged on H2 2.x (embedded) and PostgreSQL 13+.

-- Agenda items name sections and city requests that exist (V3 stored them as plain ids until the request register
-- existed). Ids that point nowhere are cleared first; a deleted request leaves the items it was linked to, a deleted
-- section leaves its name on the item.
delete from agenda_item_request where city_request_id not in (select id from city_request);
alter table agenda_item_request add constraint fk_agenda_item_request_request
    foreign key (city_request_id) references city_request (id) on delete cascade;
update agenda_item set section_id = null where section_id is not null and section_id not in (select id from section);
alter table agenda_item add constraint fk_agenda_item_section
    foreign key (section_id) references section (id) on delete set null;
update upward_report set section_id = null where section_id is not null and section_id not in (select id from section);
alter table upward_report add constraint fk_upward_report_section
    foreign key (section_id) references section (id) on delete set null;

-- One liaison is assigned to one district once per start date (overlaps are refused by the service; this catches two
-- identical requests racing). Identical duplicates made before are merged into the oldest.
delete from liaison_assignment where exists (select 1 from liaison_assignment o where o.user_id = liaison_assignment.user_id
    and o.district_id = liaison_assignment.district_id and o.starts_on = liaison_assignment.starts_on and o.id < liaison_assignment.id);
create unique index ux_liaison_assignment_period on liaison_assignment (user_id, district_id, starts_on);
