-- GET /api/v1/city-requests?fiscalYear={fy}&page=1&size=50: 50 requests of the year with section, receivers and
-- review state, and the total.
-- the session check every signed-in request makes (the cookie's SHA-256 hash, one unique-index lookup)
select u.id, u.username, u.role, u.section_id from auth_token t join app_user u on u.id = t.user_id
 where t.token_hash = ':token' and t.expires_at > now();
select count(*) from city_request where fiscal_year = :fy;
with page as (select * from city_request where fiscal_year = :fy order by code limit 50)
select p.id, p.code, p.title, p.kind, p.status, p.occurrences, p.people, p.hours_per_person, s.name,
       (select string_agg(k.kind_code, ',') from city_request_receiver_kind k where k.request_id = p.id),
       (select string_agg(a.ask, ',') from city_request_ask a where a.request_id = p.id),
       (select count(*) from city_request_ward x where x.request_id = p.id),
       (select count(*) from city_request_district x where x.request_id = p.id),
       i.state, i.decision
  from page p join section s on s.id = p.section_id
  left join review_item i on i.request_id = p.id and i.cycle_id = :cycle
 order by p.code;
