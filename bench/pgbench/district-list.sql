-- GET /api/v1/districts?wardId={w}&page=1&size=20&sort=name: 20 rows of a ward, the total, and the join rate of
-- the latest fiscal year each row shows, read from the kept sums (membership_total_district).
\set w random(:ward_min, :ward_max)
-- the session check every signed-in request makes (the cookie's SHA-256 hash, one unique-index lookup)
select u.id, u.username, u.role, u.section_id from auth_token t join app_user u on u.id = t.user_id
 where t.token_hash = ':token' and t.expires_at > now();
select count(*) from district where ward_id = :w;
select d.id, d.code, d.name, d.kana, w.id, w.name, d.created_at, d.updated_at, t.figures, t.households,
       t.member_households
  from district d join ward w on w.id = d.ward_id
  left join membership_total_district t on t.district_id = d.id and t.fiscal_year = :fy
 where d.ward_id = :w order by d.kana, d.id limit 20;
