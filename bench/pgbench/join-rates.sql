-- GET /api/v1/join-rates?level=CITY and ?level=WARD&wardId={w} (alternately, like the app scenario): households and
-- member households per fiscal year: one read of the kept sums (membership_total_city / _ward).
\set w random(:ward_min, :ward_max)
-- the session check every signed-in request makes (the cookie's SHA-256 hash, one unique-index lookup)
select u.id, u.username, u.role, u.section_id from auth_token t join app_user u on u.id = t.user_id
 where t.token_hash = ':token' and t.expires_at > now();
select fiscal_year, figures, households, member_households from membership_total_city
 where figures > unplaced_figures order by fiscal_year;
-- the session check every signed-in request makes (the cookie's SHA-256 hash, one unique-index lookup)
select u.id, u.username, u.role, u.section_id from auth_token t join app_user u on u.id = t.user_id
 where t.token_hash = ':token' and t.expires_at > now();
select t.fiscal_year, t.figures, t.households, t.member_households, w.code, w.name
  from membership_total_ward t join ward w on w.id = t.ward_id where t.ward_id = :w order by t.fiscal_year;
