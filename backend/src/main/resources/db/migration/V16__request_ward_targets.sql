-- 区単位の依頼先: a request may target whole wards. Its receivers are the districts of those wards as they are
-- when read (a district moved into the ward is covered, one moved out no longer), like all_districts; the ward's own
-- ward-level groups receive it too. Combines with city_request_district (union).
create table city_request_ward (
    request_id      bigint       not null references city_request (id) on delete cascade,
    ward_id         bigint       not null references ward (id),
    primary key (request_id, ward_id)
);
create index ix_city_request_ward on city_request_ward (ward_id, request_id);
