-- 受け手団体数と負担の保持 (#12): organizations counted per kind, per (kind, district) and per (kind, ward) for ward-level
-- groups (no district), kept by request.burden.KeptReceivers in the same transaction as every organization write.
-- A request's receiving organizations are then read from these rows and its own targets, never from the
-- organization table. No foreign keys: a row may stay at 0 after its district or kind is gone; 0 and no row mean
-- the same.

create table kept_kind_organizations (
    kind_code       varchar(40)  not null primary key,
    organizations   bigint       not null
);

create table kept_district_organizations (
    kind_code       varchar(40)  not null,
    district_id     bigint       not null,
    organizations   bigint       not null,
    primary key (kind_code, district_id)
);
-- 校区別の負担: every kind's count of one district
create index ix_kept_district_organizations_district on kept_district_organizations (district_id, kind_code);

create table kept_ward_organizations (
    kind_code       varchar(40)  not null,
    ward_id         bigint       not null,
    organizations   bigint       not null,
    primary key (kind_code, ward_id)
);

insert into kept_kind_organizations (kind_code, organizations)
    select kind_code, count(*) from organization group by kind_code;

insert into kept_district_organizations (kind_code, district_id, organizations)
    select kind_code, district_id, count(*) from organization where district_id is not null
    group by kind_code, district_id;

insert into kept_ward_organizations (kind_code, ward_id, organizations)
    select kind_code, ward_id, count(*) from organization where district_id is null and ward_id is not null
    group by kind_code, ward_id;

-- 負担の保持: counted requests (not drafts) and their annual hours (hours per organization × receiving
-- organizations) per (fiscal year, issuing section, kind), kept by request.burden.KeptBurden in the same transaction
-- as every change of a request, an organization or a district's ward. The dashboard and the burden reports by
-- section and department read these rows.
create table kept_section_burden (
    fiscal_year     int           not null,
    section_id      bigint        not null,
    kind            varchar(20)   not null,
    requests        bigint        not null,
    hours           numeric(20, 2) not null,
    primary key (fiscal_year, section_id, kind)
);

-- one row, whose lock every change that moves burden figures takes first and holds to its commit
create table kept_burden_lock (
    id              int           not null primary key,
    writes          bigint        not null
);
insert into kept_burden_lock (id, writes) values (1, 0);

insert into kept_section_burden (fiscal_year, section_id, kind, requests, hours)
select r.fiscal_year, r.section_id, r.kind, count(*), sum(coalesce(c.n, 0) * (r.occurrences * r.people * r.hours_per_person))
    from city_request r left join (select r.id as rid, count(*) as n from city_request r join city_request_receiver_kind rk on rk.request_id = r.id join organization o on o.kind_code = rk.kind_code
        where r.status <> 'DRAFT' and (r.all_districts = true or o.district_id in (select rd.district_id from city_request_district rd where rd.request_id = r.id) or (o.district_id in (select d3.id from city_request_ward rw3 join district d3 on d3.ward_id = rw3.ward_id where rw3.request_id = r.id) and o.district_id not in (select rd3.district_id from city_request_district rd3 where rd3.request_id = r.id)) or (o.district_id is null and (o.ward_id in (select d2.ward_id from city_request_district rd2 join district d2 on d2.id = rd2.district_id where rd2.request_id = r.id) or o.ward_id in (select rw2.ward_id from city_request_ward rw2 where rw2.request_id = r.id)))) group by r.id)
    c on c.rid = r.id where r.status <> 'DRAFT' group by r.fiscal_year, r.section_id, r.kind;

-- an organization placed finds the requests to all districts through this index (KeptBurden)
create index ix_city_request_all_districts on city_request (all_districts, id);
