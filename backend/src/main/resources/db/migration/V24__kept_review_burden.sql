-- 見直しの保持 (#12): per review cycle, item state, decision ('' while none) and request kind, the items and the
-- annual hours their requests put on communities (hours per organization × receiving organizations, as the
-- dashboard counts them, whatever the request's status). Kept by request.burden.KeptReviewBurden under the burden
-- lock (kept_burden_lock), moved by review steps (self-assessment, decision, completion), request writes,
-- organizations placed and districts moved. The reduction dashboard and every cycle's progress read these rows
-- instead of counting the cycle's items and their receivers. 0 and no row mean the same.
create table kept_review_burden (
    cycle_id        bigint         not null references review_cycle (id) on delete cascade,
    state           varchar(20)    not null,
    decision        varchar(20)    not null,
    kind            varchar(20)    not null,
    items           bigint         not null,
    hours           numeric(20, 2) not null,
    primary key (cycle_id, state, decision, kind)
);

-- filled from the kept organization counts (LandingRule's four ways, as KeptReviewBurden.rebuild)
insert into kept_review_burden (cycle_id, state, decision, kind, items, hours)
select i.cycle_id, i.state, coalesce(i.decision, ''), r.kind, count(*),
       sum(coalesce(c.orgs, 0) * (r.occurrences * r.people * r.hours_per_person))
    from review_item i join city_request r on r.id = i.request_id left join (
        select x.rid as cid, sum(x.n) as orgs from (
            select r.id as rid, g.organizations as n from city_request r
                join city_request_receiver_kind rk on rk.request_id = r.id
                join kept_kind_organizations g on g.kind_code = rk.kind_code
                where r.all_districts = true and r.id in (select request_id from review_item)
            union all select r.id, g.organizations from city_request r
                join city_request_district rd on rd.request_id = r.id
                join city_request_receiver_kind rk on rk.request_id = r.id
                join kept_district_organizations g on g.kind_code = rk.kind_code and g.district_id = rd.district_id
                where r.all_districts = false and r.id in (select request_id from review_item)
            union all select r.id, g.organizations from city_request r
                join city_request_ward rw on rw.request_id = r.id join district d on d.ward_id = rw.ward_id
                join city_request_receiver_kind rk on rk.request_id = r.id
                join kept_district_organizations g on g.kind_code = rk.kind_code and g.district_id = d.id
                where r.all_districts = false and r.id in (select request_id from review_item)
                and not exists (select 1 from city_request_district rd where rd.request_id = r.id and rd.district_id = d.id)
            union all select w.rid, g.organizations from (
                select r.id as rid, d.ward_id as ward_id from city_request r
                    join city_request_district rd on rd.request_id = r.id join district d on d.id = rd.district_id
                    where r.all_districts = false and r.id in (select request_id from review_item)
                union select r.id as rid, rw.ward_id as ward_id from city_request r
                    join city_request_ward rw on rw.request_id = r.id
                    where r.all_districts = false and r.id in (select request_id from review_item)) w
                join city_request_receiver_kind rk on rk.request_id = w.rid
                join kept_ward_organizations g on g.kind_code = rk.kind_code and g.ward_id = w.ward_id
        ) x group by x.rid) c on c.cid = r.id
    group by i.cycle_id, i.state, coalesce(i.decision, ''), r.kind;

