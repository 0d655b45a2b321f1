-- 校区別の負担の保持 (#12): per (fiscal year, district) the counted requests (not drafts) landing on at least one
-- organization of the district, those of kind COOPERATION, and their annual hours (hours per organization ×
-- receiving organizations of the district), kept by request.burden.KeptBurden under the same lock
-- (kept_burden_lock) and hooks as kept_section_burden. Burden by district and the map's hours per district read
-- these rows. Ward-level groups (no district) count in no district. 0 and no row mean the same.
create table kept_district_burden (
    fiscal_year     int            not null,
    district_id     bigint         not null,
    requests        bigint         not null,
    coop            bigint         not null,
    hours           numeric(20, 2) not null,
    primary key (fiscal_year, district_id)
);

-- filled from the kept organization counts (the three ways that land on organizations with a district)
insert into kept_district_burden (fiscal_year, district_id, requests, coop, hours)
select r.fiscal_year, x.did, count(*), count(case when r.kind = 'COOPERATION' then 1 end),
       sum(x.n * (r.occurrences * r.people * r.hours_per_person))
    from city_request r join (select u.rid as rid, u.did as did, sum(u.n) as n from (
        select r.id as rid, g.district_id as did, g.organizations as n from city_request r
            join city_request_receiver_kind rk on rk.request_id = r.id
            join kept_district_organizations g on g.kind_code = rk.kind_code
            where r.all_districts = true and r.status <> 'DRAFT'
        union all select r.id, g.district_id, g.organizations from city_request r
            join city_request_district rd on rd.request_id = r.id
            join city_request_receiver_kind rk on rk.request_id = r.id
            join kept_district_organizations g on g.kind_code = rk.kind_code and g.district_id = rd.district_id
            where r.all_districts = false and r.status <> 'DRAFT'
        union all select r.id, g.district_id, g.organizations from city_request r
            join city_request_ward rw on rw.request_id = r.id join district d on d.ward_id = rw.ward_id
            join city_request_receiver_kind rk on rk.request_id = r.id
            join kept_district_organizations g on g.kind_code = rk.kind_code and g.district_id = d.id
            where r.all_districts = false and r.status <> 'DRAFT'
            and not exists (select 1 from city_request_district rd where rd.request_id = r.id and rd.district_id = d.id)
        ) u group by u.rid, u.did having sum(u.n) > 0) x on x.rid = r.id
    group by r.fiscal_year, x.did;
