-- GET /api/v1/review-cycles/{id}/dashboard: the cycle, and count and effort hours of 協力依頼 in its year and its
-- baseline, per department.
-- the session check every signed-in request makes (the cookie's SHA-256 hash, one unique-index lookup)
select u.id, u.username, u.role, u.section_id from auth_token t join app_user u on u.id = t.user_id
 where t.token_hash = ':token' and t.expires_at > now();
select id, fiscal_year, baseline_year, title, status from review_cycle where id = :cycle;
select d.id, d.name, r.fiscal_year, count(*), sum(r.occurrences * r.people * r.hours_per_person)
  from city_request r join section s on s.id = r.section_id join department d on d.id = s.department_id
 where r.fiscal_year in (:fy, :baseline) and r.kind = 'COOPERATION' and r.status <> 'DRAFT'
 group by d.id, d.name, r.fiscal_year;
select i.state, i.decision, count(*) from review_item i where i.cycle_id = :cycle group by i.state, i.decision;
