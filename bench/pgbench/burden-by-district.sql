-- GET /api/v1/burden?groupBy=DISTRICT&fiscalYear={fy}&wardId={w}: per district of a ward, the requests that reach it
-- (to all districts, to its ward, or to it) and their hours, read from the kept rows per (fiscal year, district).
\set w random(:ward_min, :ward_max)
-- the session check every signed-in request makes (the cookie's SHA-256 hash, one unique-index lookup)
select u.id, u.username, u.role, u.section_id from auth_token t join app_user u on u.id = t.user_id
 where t.token_hash = ':token' and t.expires_at > now();
select d.id, d.name, k.requests, k.coop, k.hours
  from district d left join kept_district_burden k on k.district_id = d.id and k.fiscal_year = :fy
 where d.ward_id = :w order by d.id;
