-- 加入率の集計 (membership.service.MembershipTotals, docs/api.md "Kept join-rate sums"): the sums of the membership
-- figures per district, ward and the city and fiscal year, kept exact by every change in its own transaction, so
-- that join rates are read, not summed over every figure. They count what the join rates always counted: figures
-- of organizations in a district (through the district's ward); the city's row also counts the figures of
-- organizations outside every district (unplaced_figures), only so that the latest fiscal year with figures is one
-- row away. A row whose count reaches 0 is deleted: no row, no join rate.
create table membership_total_district (
    district_id       bigint  not null references district (id) on delete cascade,
    fiscal_year       integer not null,
    figures           bigint  not null,
    households        bigint  not null,
    member_households bigint  not null,
    primary key (district_id, fiscal_year)
);
-- a year's districts (the district list, the map, the workspace)
create index ix_membership_total_district_year on membership_total_district (fiscal_year, district_id);

create table membership_total_ward (
    ward_id           bigint  not null references ward (id) on delete cascade,
    fiscal_year       integer not null,
    figures           bigint  not null,
    households        bigint  not null,
    member_households bigint  not null,
    primary key (ward_id, fiscal_year)
);

create table membership_total_city (
    fiscal_year       integer not null primary key,
    figures           bigint  not null,
    households        bigint  not null,
    member_households bigint  not null,
    unplaced_figures  bigint  not null
);

-- the figures recorded so far (the same statements as MembershipTotals.rebuild)
insert into membership_total_district (district_id, fiscal_year, figures, households, member_households)
select o.district_id, m.fiscal_year, count(*), sum(m.households), sum(m.member_households)
from membership_figure m join organization o on o.id = m.organization_id
where o.district_id is not null
group by o.district_id, m.fiscal_year;

insert into membership_total_ward (ward_id, fiscal_year, figures, households, member_households)
select d.ward_id, t.fiscal_year, sum(t.figures), sum(t.households), sum(t.member_households)
from membership_total_district t join district d on d.id = t.district_id
group by d.ward_id, t.fiscal_year;

insert into membership_total_city (fiscal_year, figures, households, member_households, unplaced_figures)
select m.fiscal_year, count(o.district_id),
       coalesce(sum(case when o.district_id is not null then m.households end), 0),
       coalesce(sum(case when o.district_id is not null then m.member_households end), 0),
       count(*) - count(o.district_id)
from membership_figure m join organization o on o.id = m.organization_id
group by m.fiscal_year;
