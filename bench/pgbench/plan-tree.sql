-- GET /api/v1/plans/{id}/tree: the plan's nodes with their initiatives, sections, targets and latest status.
-- the session check every signed-in request makes (the cookie's SHA-256 hash, one unique-index lookup)
select u.id, u.username, u.role, u.section_id from auth_token t join app_user u on u.id = t.user_id
 where t.token_hash = ':token' and t.expires_at > now();
select id, code, name, from_fiscal_year, to_fiscal_year from plan where id = :plan;
select n.id, n.parent_id, n.depth, n.position, n.level_name, n.code, n.title, n.relisted, i.id, i.ref_key, i.title, i.tag
  from plan_node n left join initiative i on i.id = n.initiative_id where n.plan_id = :plan order by n.sort_path;
select s.initiative_id, s.section_id from initiative_section s join initiative i on i.id = s.initiative_id
 where i.plan_id = :plan;
select t.* from initiative_target t join initiative i on i.id = t.initiative_id where i.plan_id = :plan;
select distinct on (p.initiative_id) p.initiative_id, p.fiscal_year, p.half, p.status from progress_report p
  join initiative i on i.id = p.initiative_id where i.plan_id = :plan
 order by p.initiative_id, p.fiscal_year desc, p.half desc;
