-- GET /api/v1/city-requests?fiscalYear={fy}&page=1&size=50: what the app reads — the page's 50 requests in the list's
-- order (one index: year, section code, code) with section, department and bureau; the total from the counts kept
-- per (year, kind); the page's receiving organizations from the kept organization counts; the rule settings and the
-- rules' findings of the page; review cycles of the year and the page's review states; the page's asks. The
-- page's ids (page_ids) are read by bench/run.sh before the run, as the app binds them after reading the page.
-- the session check every signed-in request makes (the cookie's SHA-256 hash, one unique-index lookup)
select u.id, u.username, u.role, u.section_id from auth_token t join app_user u on u.id = t.user_id
 where t.token_hash = ':token' and t.expires_at > now();
select r.*, s.*, d.*, b.* from city_request r join section s on s.id = r.section_id
  join department d on d.id = s.department_id join bureau b on b.id = d.bureau_id
 where r.fiscal_year = :fy order by r.fiscal_year desc nulls last, r.section_code, r.code, r.id limit 50;
select coalesce(sum(y.counted + y.drafts), 0) from kept_year_requests y where y.fiscal_year = :fy;
select x.rid, sum(x.n) from (
  select r.id as rid, g.organizations as n from city_request r join city_request_receiver_kind rk on rk.request_id = r.id
    join kept_kind_organizations g on g.kind_code = rk.kind_code where r.all_districts = true and r.id in (:page_ids)
  union all select r.id, g.organizations from city_request r join city_request_district rd on rd.request_id = r.id
    join city_request_receiver_kind rk on rk.request_id = r.id
    join kept_district_organizations g on g.kind_code = rk.kind_code and g.district_id = rd.district_id
   where r.all_districts = false and r.id in (:page_ids)
  union all select r.id, g.organizations from city_request r join city_request_ward rw on rw.request_id = r.id
    join district d on d.ward_id = rw.ward_id join city_request_receiver_kind rk on rk.request_id = r.id
    join kept_district_organizations g on g.kind_code = rk.kind_code and g.district_id = d.id
   where r.all_districts = false and r.id in (:page_ids)
     and not exists (select 1 from city_request_district rd where rd.request_id = r.id and rd.district_id = d.id)
  union all select w.rid, g.organizations from (
      select r.id as rid, d.ward_id as ward_id from city_request r join city_request_district rd on rd.request_id = r.id
        join district d on d.id = rd.district_id where r.all_districts = false and r.id in (:page_ids)
      union select r.id, rw.ward_id from city_request r join city_request_ward rw on rw.request_id = r.id
       where r.all_districts = false and r.id in (:page_ids)) w
    join city_request_receiver_kind rk on rk.request_id = w.rid
    join kept_ward_organizations g on g.kind_code = rk.kind_code and g.ward_id = w.ward_id) x group by x.rid;
select id, effort_threshold_hours, min_deadline_days, version from request_rule_setting where id = 1;
select r.id, r2.id, min(m.month_no) from city_request r join city_request r2 on r2.fiscal_year = r.fiscal_year
    and r2.receiver_key = r.receiver_key and r2.id <> r.id and r2.status <> 'DRAFT'
  join city_request_month m on m.request_id = r.id join city_request_month m2 on m2.request_id = r2.id and m2.month_no = m.month_no
 where r.id in (:page_ids) group by r.id, r2.id;
select fiscal_year, id from review_cycle where fiscal_year in (:fy);
select request_id, cycle_id, state, decision, effective_year from review_item where request_id in (:page_ids);
select a.request_id, a.ask from city_request_ask a where a.request_id in (:page_ids);
