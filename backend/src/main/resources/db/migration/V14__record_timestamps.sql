-- createdAt/updatedAt on every versioned record (#11): lists filter by updated_at (updatedSince) and page by
-- (updated_at, id) (the sync cursor). The application sets both on every write (common.persistence.RecordTimestamps);
-- here existing rows take them from their history: the first audit entry is the creation, the last the latest change.
-- A record without history (seed data written before the audit trail knew it) takes the time of this migration.
-- The database's default is only a safety net for rows written by hand in SQL (a DBA, a test fixture): the application
-- always sets both itself, from its own (injectable) clock.
-- Columns some tables already had (app_user.created_at, activity.updated_at, city_request.*, webhook_subscription.
-- created_at) are kept as they are.

-- ward (Ward)
alter table ward add column created_at timestamp with time zone default current_timestamp;
update ward set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'Ward' and e.entity_id = ward.id), current_timestamp);
alter table ward alter column created_at set not null;
alter table ward add column updated_at timestamp with time zone default current_timestamp;
update ward set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'Ward' and e.entity_id = ward.id), current_timestamp);
alter table ward alter column updated_at set not null;

-- bureau (Bureau)
alter table bureau add column created_at timestamp with time zone default current_timestamp;
update bureau set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'Bureau' and e.entity_id = bureau.id), current_timestamp);
alter table bureau alter column created_at set not null;
alter table bureau add column updated_at timestamp with time zone default current_timestamp;
update bureau set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'Bureau' and e.entity_id = bureau.id), current_timestamp);
alter table bureau alter column updated_at set not null;

-- department (Department)
alter table department add column created_at timestamp with time zone default current_timestamp;
update department set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'Department' and e.entity_id = department.id), current_timestamp);
alter table department alter column created_at set not null;
alter table department add column updated_at timestamp with time zone default current_timestamp;
update department set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'Department' and e.entity_id = department.id), current_timestamp);
alter table department alter column updated_at set not null;

-- section (Section)
alter table section add column created_at timestamp with time zone default current_timestamp;
update section set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'Section' and e.entity_id = section.id), current_timestamp);
alter table section alter column created_at set not null;
alter table section add column updated_at timestamp with time zone default current_timestamp;
update section set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'Section' and e.entity_id = section.id), current_timestamp);
alter table section alter column updated_at set not null;

-- app_user (User)
alter table app_user add column updated_at timestamp with time zone default current_timestamp;
update app_user set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'User' and e.entity_id = app_user.id), created_at);
alter table app_user alter column updated_at set not null;

-- district (District)
alter table district add column created_at timestamp with time zone default current_timestamp;
update district set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'District' and e.entity_id = district.id), current_timestamp);
alter table district alter column created_at set not null;
alter table district add column updated_at timestamp with time zone default current_timestamp;
update district set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'District' and e.entity_id = district.id), current_timestamp);
alter table district alter column updated_at set not null;

-- district_statistics (DistrictStatistics)
alter table district_statistics add column created_at timestamp with time zone default current_timestamp;
update district_statistics set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'DistrictStatistics' and e.entity_id = district_statistics.id), current_timestamp);
alter table district_statistics alter column created_at set not null;
alter table district_statistics add column updated_at timestamp with time zone default current_timestamp;
update district_statistics set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'DistrictStatistics' and e.entity_id = district_statistics.id), current_timestamp);
alter table district_statistics alter column updated_at set not null;

-- liaison_assignment (LiaisonAssignment)
alter table liaison_assignment add column created_at timestamp with time zone default current_timestamp;
update liaison_assignment set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'LiaisonAssignment' and e.entity_id = liaison_assignment.id), current_timestamp);
alter table liaison_assignment alter column created_at set not null;
alter table liaison_assignment add column updated_at timestamp with time zone default current_timestamp;
update liaison_assignment set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'LiaisonAssignment' and e.entity_id = liaison_assignment.id), current_timestamp);
alter table liaison_assignment alter column updated_at set not null;

-- organization (Organization)
alter table organization add column created_at timestamp with time zone default current_timestamp;
update organization set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'Organization' and e.entity_id = organization.id), current_timestamp);
alter table organization alter column created_at set not null;
alter table organization add column updated_at timestamp with time zone default current_timestamp;
update organization set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'Organization' and e.entity_id = organization.id), current_timestamp);
alter table organization alter column updated_at set not null;

-- officer (Officer)
alter table officer add column created_at timestamp with time zone default current_timestamp;
update officer set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'Officer' and e.entity_id = officer.id), current_timestamp);
alter table officer alter column created_at set not null;
alter table officer add column updated_at timestamp with time zone default current_timestamp;
update officer set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'Officer' and e.entity_id = officer.id), current_timestamp);
alter table officer alter column updated_at set not null;

-- membership_figure (MembershipFigure)
alter table membership_figure add column created_at timestamp with time zone default current_timestamp;
update membership_figure set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'MembershipFigure' and e.entity_id = membership_figure.id), current_timestamp);
alter table membership_figure alter column created_at set not null;
alter table membership_figure add column updated_at timestamp with time zone default current_timestamp;
update membership_figure set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'MembershipFigure' and e.entity_id = membership_figure.id), current_timestamp);
alter table membership_figure alter column updated_at set not null;

-- city_request (CityRequest)

-- review_cycle (ReviewCycle)
alter table review_cycle add column created_at timestamp with time zone default current_timestamp;
update review_cycle set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'ReviewCycle' and e.entity_id = review_cycle.id), current_timestamp);
alter table review_cycle alter column created_at set not null;
alter table review_cycle add column updated_at timestamp with time zone default current_timestamp;
update review_cycle set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'ReviewCycle' and e.entity_id = review_cycle.id), current_timestamp);
alter table review_cycle alter column updated_at set not null;

-- review_item (ReviewItem)
alter table review_item add column created_at timestamp with time zone default current_timestamp;
update review_item set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'ReviewItem' and e.entity_id = review_item.id), current_timestamp);
alter table review_item alter column created_at set not null;
alter table review_item add column updated_at timestamp with time zone default current_timestamp;
update review_item set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'ReviewItem' and e.entity_id = review_item.id), current_timestamp);
alter table review_item alter column updated_at set not null;

-- council_body (CouncilBody)
alter table council_body add column created_at timestamp with time zone default current_timestamp;
update council_body set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'CouncilBody' and e.entity_id = council_body.id), current_timestamp);
alter table council_body alter column created_at set not null;
alter table council_body add column updated_at timestamp with time zone default current_timestamp;
update council_body set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'CouncilBody' and e.entity_id = council_body.id), current_timestamp);
alter table council_body alter column updated_at set not null;

-- council_meeting (CouncilMeeting)
alter table council_meeting add column created_at timestamp with time zone default current_timestamp;
update council_meeting set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'CouncilMeeting' and e.entity_id = council_meeting.id), current_timestamp);
alter table council_meeting alter column created_at set not null;
alter table council_meeting add column updated_at timestamp with time zone default current_timestamp;
update council_meeting set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'CouncilMeeting' and e.entity_id = council_meeting.id), current_timestamp);
alter table council_meeting alter column updated_at set not null;

-- agenda_item (AgendaItem)
alter table agenda_item add column created_at timestamp with time zone default current_timestamp;
update agenda_item set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'AgendaItem' and e.entity_id = agenda_item.id), current_timestamp);
alter table agenda_item alter column created_at set not null;
alter table agenda_item add column updated_at timestamp with time zone default current_timestamp;
update agenda_item set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'AgendaItem' and e.entity_id = agenda_item.id), current_timestamp);
alter table agenda_item alter column updated_at set not null;

-- upward_report (UpwardReport)
alter table upward_report add column created_at timestamp with time zone default current_timestamp;
update upward_report set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'UpwardReport' and e.entity_id = upward_report.id), current_timestamp);
alter table upward_report alter column created_at set not null;
alter table upward_report add column updated_at timestamp with time zone default current_timestamp;
update upward_report set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'UpwardReport' and e.entity_id = upward_report.id), current_timestamp);
alter table upward_report alter column updated_at set not null;

-- plan (Plan)
alter table plan add column created_at timestamp with time zone default current_timestamp;
update plan set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'Plan' and e.entity_id = plan.id), current_timestamp);
alter table plan alter column created_at set not null;
alter table plan add column updated_at timestamp with time zone default current_timestamp;
update plan set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'Plan' and e.entity_id = plan.id), current_timestamp);
alter table plan alter column updated_at set not null;

-- plan_node (PlanNode)
alter table plan_node add column created_at timestamp with time zone default current_timestamp;
update plan_node set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'PlanNode' and e.entity_id = plan_node.id), current_timestamp);
alter table plan_node alter column created_at set not null;
alter table plan_node add column updated_at timestamp with time zone default current_timestamp;
update plan_node set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'PlanNode' and e.entity_id = plan_node.id), current_timestamp);
alter table plan_node alter column updated_at set not null;

-- initiative (Initiative)
alter table initiative add column created_at timestamp with time zone default current_timestamp;
update initiative set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'Initiative' and e.entity_id = initiative.id), current_timestamp);
alter table initiative alter column created_at set not null;
alter table initiative add column updated_at timestamp with time zone default current_timestamp;
update initiative set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'Initiative' and e.entity_id = initiative.id), current_timestamp);
alter table initiative alter column updated_at set not null;

-- milestone (Milestone)
alter table milestone add column created_at timestamp with time zone default current_timestamp;
update milestone set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'Milestone' and e.entity_id = milestone.id), current_timestamp);
alter table milestone alter column created_at set not null;
alter table milestone add column updated_at timestamp with time zone default current_timestamp;
update milestone set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'Milestone' and e.entity_id = milestone.id), current_timestamp);
alter table milestone alter column updated_at set not null;

-- progress_report (ProgressReport)
alter table progress_report add column created_at timestamp with time zone default current_timestamp;
update progress_report set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'ProgressReport' and e.entity_id = progress_report.id), current_timestamp);
alter table progress_report alter column created_at set not null;
alter table progress_report add column updated_at timestamp with time zone default current_timestamp;
update progress_report set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'ProgressReport' and e.entity_id = progress_report.id), current_timestamp);
alter table progress_report alter column updated_at set not null;

-- committee_meeting (CommitteeMeeting)
alter table committee_meeting add column created_at timestamp with time zone default current_timestamp;
update committee_meeting set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'CommitteeMeeting' and e.entity_id = committee_meeting.id), current_timestamp);
alter table committee_meeting alter column created_at set not null;
alter table committee_meeting add column updated_at timestamp with time zone default current_timestamp;
update committee_meeting set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'CommitteeMeeting' and e.entity_id = committee_meeting.id), current_timestamp);
alter table committee_meeting alter column updated_at set not null;

-- committee_member (CommitteeMember)
alter table committee_member add column created_at timestamp with time zone default current_timestamp;
update committee_member set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'CommitteeMember' and e.entity_id = committee_member.id), current_timestamp);
alter table committee_member alter column created_at set not null;
alter table committee_member add column updated_at timestamp with time zone default current_timestamp;
update committee_member set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'CommitteeMember' and e.entity_id = committee_member.id), current_timestamp);
alter table committee_member alter column updated_at set not null;

-- evaluation (Evaluation)
alter table evaluation add column created_at timestamp with time zone default current_timestamp;
update evaluation set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'Evaluation' and e.entity_id = evaluation.id), current_timestamp);
alter table evaluation alter column created_at set not null;
alter table evaluation add column updated_at timestamp with time zone default current_timestamp;
update evaluation set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'Evaluation' and e.entity_id = evaluation.id), current_timestamp);
alter table evaluation alter column updated_at set not null;

-- activity (Activity)
alter table activity add column created_at timestamp with time zone default current_timestamp;
update activity set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'Activity' and e.entity_id = activity.id), updated_at);
alter table activity alter column created_at set not null;

-- voice (Voice)
alter table voice add column created_at timestamp with time zone default current_timestamp;
update voice set created_at = coalesce((select min(e.occurred_at) from audit_event e
    where e.entity_type = 'Voice' and e.entity_id = voice.id), current_timestamp);
alter table voice alter column created_at set not null;
alter table voice add column updated_at timestamp with time zone default current_timestamp;
update voice set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'Voice' and e.entity_id = voice.id), current_timestamp);
alter table voice alter column updated_at set not null;

-- webhook_subscription (WebhookSubscription)
alter table webhook_subscription add column updated_at timestamp with time zone default current_timestamp;
update webhook_subscription set updated_at = coalesce((select max(e.occurred_at) from audit_event e
    where e.entity_type = 'WebhookSubscription' and e.entity_id = webhook_subscription.id), created_at);
alter table webhook_subscription alter column updated_at set not null;

-- the keyset order of the lists other systems sync: updated_at >= :since and (updated_at, id) > cursor
create index ix_ward_updated on ward (updated_at, id);
create index ix_section_updated on section (updated_at, id);
create index ix_district_updated on district (updated_at, id);
create index ix_organization_updated on organization (updated_at, id);
create index ix_officer_updated on officer (updated_at, id);
create index ix_membership_figure_updated on membership_figure (updated_at, id);
create index ix_city_request_updated on city_request (updated_at, id);
create index ix_council_meeting_updated on council_meeting (updated_at, id);
create index ix_upward_report_updated on upward_report (updated_at, id);
create index ix_activity_updated on activity (updated_at, id);
create index ix_voice_updated on voice (updated_at, id);
create index ix_initiative_updated on initiative (updated_at, id);
create index ix_committee_member_updated on committee_member (updated_at, id);
