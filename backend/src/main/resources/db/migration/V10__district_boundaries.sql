-- 校区の境界 (district boundaries) for the map: one polygon or multipolygon per district, as GeoJSON geometry text
-- in WGS84 (lon, lat), with its bounding box so a ward's map is fitted without parsing every geometry. No PostGIS:
-- the database stores and filters, the SPA draws. Replaced as a whole by an import (jp.kyodo.workspace.map).
create table district_boundary (
    district_id     bigint         not null primary key references district (id) on delete cascade,
    geometry        text           not null,
    min_lon         numeric(10, 6) not null,
    min_lat         numeric(10, 6) not null,
    max_lon         numeric(10, 6) not null,
    max_lat         numeric(10, 6) not null,
    source          varchar(200),
    imported_at     timestamp      not null,
    constraint ck_district_boundary_bbox check (min_lon <= max_lon and min_lat <= max_lat
        and min_lon >= -180 and max_lon <= 180 and min_lat >= -90 and max_lat <= 90)
);
