-- GET /api/v1/burden?groupBy=DISTRICT&fiscalYear={fy}&wardId={w}: per district of a ward, the requests that reach it
-- (to all districts, to its ward, or to it) and their hours.
\set w random(:ward_min, :ward_max)
-- the session check every signed-in request makes (the cookie's SHA-256 hash, one unique-index lookup)
select u.id, u.username, u.role, u.section_id from auth_token t join app_user u on u.id = t.user_id
 where t.token_hash = ':token' and t.expires_at > now();
select d.id, d.name, count(r.id), sum(r.occurrences * r.people * r.hours_per_person)
  from district d join city_request r on r.fiscal_year = :fy and r.kind = 'COOPERATION' and r.status <> 'DRAFT'
   and (r.all_districts
        or exists (select 1 from city_request_ward x where x.request_id = r.id and x.ward_id = d.ward_id)
        or exists (select 1 from city_request_district x where x.request_id = r.id and x.district_id = d.id))
 where d.ward_id = :w group by d.id, d.name;
