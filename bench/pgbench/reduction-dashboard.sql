-- GET /api/v1/review-cycles/{id}/dashboard: what the app reads when it writes the dashboard again (after a change;
-- otherwise it serves the JSON it wrote, after reading the burden writes' counter and the cycle): the cycle, the
-- kept burden per (year, section, kind) summed per department for the baseline to the cycle's year, the kept
-- review items per decision and kind, and the cycle's progress from the kept rows.
-- the session check every signed-in request makes (the cookie's SHA-256 hash, one unique-index lookup)
select u.id, u.username, u.role, u.section_id from auth_token t join app_user u on u.id = t.user_id
 where t.token_hash = ':token' and t.expires_at > now();
select writes from kept_burden_lock where id = 1;
select id, fiscal_year, baseline_year, title, status, version from review_cycle where id = :cycle;
select k.fiscal_year, d.id, d.name, b.name, k.kind, sum(k.requests), sum(k.hours)
  from kept_section_burden k join section s on s.id = k.section_id join department d on d.id = s.department_id
  join bureau b on b.id = d.bureau_id where k.fiscal_year between :baseline and :fy and k.requests > 0
 group by k.fiscal_year, d.id, d.name, b.name, b.sort_order, b.code, d.sort_order, d.code, k.kind
 order by b.sort_order, b.code, d.sort_order, d.code, k.fiscal_year;
select k.decision, k.kind, sum(k.items), sum(k.hours) from kept_review_burden k
 where k.cycle_id = :cycle and k.decision <> '' and k.items > 0 group by k.decision, k.kind;
select coalesce(sum(k.requests), 0) from kept_section_burden k where k.fiscal_year = :fy;
select k.state, sum(k.items) from kept_review_burden k where k.cycle_id = :cycle group by k.state;
