-- 受け手団体数の保持 (#12): organizations counted per kind, per (kind, district) and per (kind, ward) for ward-level
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
