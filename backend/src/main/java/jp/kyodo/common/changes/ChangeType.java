package jp.kyodo.common.changes;

/**
 * The kinds of record the change feed reports — the audit trail's entity types in the API's enum spelling
 * ({@code MembershipFigure} → {@code MEMBERSHIP_FIGURE}). Accounts and API tokens are left out: they are the
 * administration's, not data other systems keep in sync. {@code JOIN_RATE} is derived: its id is a district's, and
 * it means that the district's 加入率 (of some fiscal year, and so its ward's and the city's) may have changed.
 */
public enum ChangeType {
    ACTIVITY, ACTIVITY_ATTACHMENT, AGENDA_ITEM, BUILDING_CONTACT, BUREAU, CITY_REQUEST, COMMITTEE_MEETING, COMMITTEE_MEMBER, COUNCIL_BODY,
    COUNCIL_MEETING, COUNCIL_MEMBER, COUNCIL_SEAT, DEPARTMENT, DISTRICT, DISTRICT_STATISTICS, EVALUATION, FACILITY, GRANT_CASE, INCORPORATION_CASE, INITIATIVE, JOIN_AGREEMENT, JOIN_RATE, LEAFLET_DISTRIBUTION, LIAISON_ASSIGNMENT, MEETING_ATTENDANCE,
    MEMBERSHIP_FIGURE, MILESTONE, NEW_BUILDING, OFFICER, ORGANIZATION, ORGANIZATION_KIND, PLAN, PLAN_NODE, PROGRESS_REPORT,
    PUBLISHED_REPORT, RATING_SCALE, REQUEST_RULE_SETTINGS, REVIEW_CYCLE, REVIEW_ITEM, SECTION, SUPPORT_EVENT, SUPPORT_FILE, SUPPORT_PROGRAM, UPWARD_REPORT, VOICE, VOLUNTEER_POST,
    WARD;

    /** The type of an audit trail entity type, or null for one the feed leaves out. */
    static ChangeType of(String auditType) {
        try {
            return valueOf(auditType.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException notInTheFeed) {
            return null;
        }
    }
}
