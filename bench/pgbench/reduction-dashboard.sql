-- GET /api/v1/review-cycles/{id}/dashboard: the cycle, and count and effort hours of 協力依頼 in its year and its
-- baseline, per department, from the kept burden per (year, section, kind).
-- the session check every signed-in request makes (the cookie's SHA-256 hash, one unique-index lookup)
select u.id, u.username, u.role, u.section_id from auth_token t join app_user u on u.id = t.user_id
 where t.token_hash = ':token' and t.expires_at > now();
select id, fiscal_year, baseline_year, title, status from review_cycle where id = :cycle;
select d.id, d.name, k.fiscal_year, sum(k.requests), sum(k.hours)
  from kept_section_burden k join section s on s.id = k.section_id join department d on d.id = s.department_id
 where k.fiscal_year in (:fy, :baseline) and k.kind = 'COOPERATION'
 group by d.id, d.name, k.fiscal_year;
select i.state, i.decision, count(*) from review_item i where i.cycle_id = :cycle group by i.state, i.decision;
