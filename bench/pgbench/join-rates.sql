-- GET /api/v1/join-rates?level=CITY and ?level=WARD&wardId={w} (alternately, like the app scenario): households and
-- member households per fiscal year, summed from the figures (until the kept figures land; then one read of them).
\set w random(:ward_min, :ward_max)
-- the session check every signed-in request makes (the cookie's SHA-256 hash, one unique-index lookup)
select u.id, u.username, u.role, u.section_id from auth_token t join app_user u on u.id = t.user_id
 where t.token_hash = ':token' and t.expires_at > now();
select f.fiscal_year, count(*), sum(f.households), sum(f.member_households)
  from membership_figure f join organization o on o.id = f.organization_id
 where o.kind_code = 'NEIGHBORHOOD_ASSOCIATION' group by f.fiscal_year order by f.fiscal_year;
-- the session check every signed-in request makes (the cookie's SHA-256 hash, one unique-index lookup)
select u.id, u.username, u.role, u.section_id from auth_token t join app_user u on u.id = t.user_id
 where t.token_hash = ':token' and t.expires_at > now();
select f.fiscal_year, count(*), sum(f.households), sum(f.member_households)
  from membership_figure f join organization o on o.id = f.organization_id join district d on d.id = o.district_id
 where o.kind_code = 'NEIGHBORHOOD_ASSOCIATION' and d.ward_id = :w group by f.fiscal_year order by f.fiscal_year;
