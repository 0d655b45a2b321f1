-- GET /api/v1/districts/{id}: the district with its ward, its latest statistics and today's liaisons.
\set id random(:district_min, :district_max)
-- the session check every signed-in request makes (the cookie's SHA-256 hash, one unique-index lookup)
select u.id, u.username, u.role, u.section_id from auth_token t join app_user u on u.id = t.user_id
 where t.token_hash = ':token' and t.expires_at > now();
select d.id, d.code, d.name, d.kana, d.community_hall, d.note, d.version, d.created_at, d.updated_at, w.id, w.name
  from district d join ward w on w.id = d.ward_id where d.id = :id;
select fiscal_year, population, households from district_statistics where district_id = :id
 order by fiscal_year desc limit 1;
select u.id, u.display_name from liaison_assignment a join app_user u on u.id = a.user_id
 where a.district_id = :id and a.starts_on <= current_date and (a.ends_on is null or a.ends_on >= current_date);
