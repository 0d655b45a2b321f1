-- GET /api/v1/districts?wardId={w}&page=1&size=20&sort=name: 20 rows of a ward, the total, and the join rate of
-- the latest fiscal year each row shows (from the raw figures until the kept figures land; then one read of them).
\set w random(:ward_min, :ward_max)
-- the session check every signed-in request makes (the cookie's SHA-256 hash, one unique-index lookup)
select u.id, u.username, u.role, u.section_id from auth_token t join app_user u on u.id = t.user_id
 where t.token_hash = ':token' and t.expires_at > now();
select count(*) from district where ward_id = :w;
with page as (
  select d.id, d.code, d.name, d.kana, d.ward_id, d.created_at, d.updated_at from district d
   where d.ward_id = :w order by d.kana, d.id limit 20)
select p.id, p.code, p.name, p.kana, w.name, f.fiscal_year, count(f.id), sum(f.households), sum(f.member_households)
  from page p join ward w on w.id = p.ward_id
  left join organization o on o.district_id = p.id and o.kind_code = 'NEIGHBORHOOD_ASSOCIATION'
  left join membership_figure f on f.organization_id = o.id and f.fiscal_year = :fy
 group by p.id, p.code, p.name, p.kana, w.name, f.fiscal_year order by p.kana, p.id;
