package jp.kyodo.request.burden;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which organizations a request lands on — the one definition, in Java and in the SQL the aggregates run.
 *
 * <p>An organization of one of the request's receiver kinds receives it in exactly one of four {@link Way ways}
 * (or not at all): the request goes to all districts; the organization's district is a chosen district; its
 * district is not chosen but lies in a chosen ward (区単位, read through {@code district.ward_id} as it is now, so a
 * district moved between wards follows); the organization has no district (a ward-level group) and its ward is a
 * chosen ward or holds a chosen district. Each way states its Java test next to its two SQL forms: a condition on
 * (r, o) — for queries that visit organizations — and a grouped join over the kept organization counts
 * ({@link KeptReceivers}) — for the request list and the queries that aggregate whole years of requests. {@link #lands} and the SQL below are built from these definitions only; {@code LandingRulePropertyTest}
 * runs both on random registries.
 */
public final class LandingRule {

    private LandingRule() {
    }

    /**
     * A request's receivers: organization kinds; all districts, or the chosen districts (with the wards holding them,
     * {@code wardsOfDistricts}) and the chosen whole wards ({@code wardIds}).
     */
    public record Targets(Set<String> kinds, boolean allDistricts, Set<Long> districtIds, Set<Long> wardsOfDistricts,
            Set<Long> wardIds) {
    }

    /**
     * An organization as the rule sees it: its kind, district (null for a ward-level group), its own ward column, and
     * the ward its district lies in now ({@code district.ward_id}; null without a district).
     */
    public record Receiver(String kind, Long districtId, Long wardId, Long districtWardId) {
    }

    /** The ways a request lands on an organization of one of its receiver kinds; they exclude one another. */
    public enum Way {
        /** The request goes to all districts: every organization of the kind. */
        ALL_DISTRICTS("r.all_districts = true",
                "select r.id as rid, g.organizations as n from city_request r join city_request_receiver_kind rk on rk.request_id = r.id"
                        + " join kept_kind_organizations g on g.kind_code = rk.kind_code"
                        + " where r.all_districts = true and {request}") {
            @Override
            public boolean test(Targets t, Receiver o) {
                return t.allDistricts();
            }
        },
        /** The organization's district is one of the chosen districts. */
        CHOSEN_DISTRICT("o.district_id in (select rd.district_id from city_request_district rd where rd.request_id = r.id)",
                "select r.id, g.organizations from city_request r join city_request_district rd on rd.request_id = r.id"
                        + " join city_request_receiver_kind rk on rk.request_id = r.id"
                        + " join kept_district_organizations g on g.kind_code = rk.kind_code and g.district_id = rd.district_id"
                        + " where r.all_districts = false and {request}") {
            @Override
            public boolean test(Targets t, Receiver o) {
                return !t.allDistricts() && o.districtId() != null && t.districtIds().contains(o.districtId());
            }
        },
        /** The organization's district is not chosen itself but lies, now, in a chosen ward (区単位). */
        DISTRICT_OF_CHOSEN_WARD("(o.district_id in (select d3.id from city_request_ward rw3 join district d3 on d3.ward_id = rw3.ward_id"
                + " where rw3.request_id = r.id) and o.district_id not in (select rd3.district_id from city_request_district rd3"
                + " where rd3.request_id = r.id))",
                "select r.id, g.organizations from city_request r join city_request_ward rw on rw.request_id = r.id"
                        + " join district d on d.ward_id = rw.ward_id"
                        + " join city_request_receiver_kind rk on rk.request_id = r.id"
                        + " join kept_district_organizations g on g.kind_code = rk.kind_code and g.district_id = d.id"
                        + " where r.all_districts = false and {request} and not exists (select 1 from city_request_district rd"
                        + " where rd.request_id = r.id and rd.district_id = d.id)") {
            @Override
            public boolean test(Targets t, Receiver o) {
                return !t.allDistricts() && o.districtId() != null && !t.districtIds().contains(o.districtId())
                        && o.districtWardId() != null && t.wardIds().contains(o.districtWardId());
            }
        },
        /** A ward-level organization (no district) whose ward is a chosen ward or holds a chosen district. */
        WARD_LEVEL("(o.district_id is null and (o.ward_id in (select d2.ward_id from city_request_district rd2"
                + " join district d2 on d2.id = rd2.district_id where rd2.request_id = r.id)"
                + " or o.ward_id in (select rw2.ward_id from city_request_ward rw2 where rw2.request_id = r.id)))",
                "select w.rid, g.organizations from (select r.id as rid, d.ward_id as ward_id from city_request r"
                        + " join city_request_district rd on rd.request_id = r.id join district d on d.id = rd.district_id"
                        + " where r.all_districts = false and {request}"
                        + " union select r.id as rid, rw.ward_id as ward_id from city_request r"
                        + " join city_request_ward rw on rw.request_id = r.id where r.all_districts = false and {request}) w"
                        + " join city_request_receiver_kind rk on rk.request_id = w.rid"
                        + " join kept_ward_organizations g on g.kind_code = rk.kind_code and g.ward_id = w.ward_id") {
            @Override
            public boolean test(Targets t, Receiver o) {
                return !t.allDistricts() && o.districtId() == null && o.wardId() != null
                        && (t.wardsOfDistricts().contains(o.wardId()) || t.wardIds().contains(o.wardId()));
            }
        };

        /** The way as a condition on request r and organization o (o already of one of r's kinds). */
        public final String condition;
        /** The way as rows (request id, organizations of a group) for requests matching the condition in {@code {request}}. */
        private final String grouped;

        Way(String condition, String grouped) {
            this.condition = condition;
            this.grouped = grouped;
        }

        /** Whether an organization of one of the request's kinds receives it this way. */
        public abstract boolean test(Targets t, Receiver o);

        String grouped(String requestCondition) {
            return grouped.replace("{request}", requestCondition);
        }
    }

    /** Whether the request with these targets lands on the organization. */
    public static boolean lands(Targets t, Receiver o) {
        return t.kinds().contains(o.kind()) && Arrays.stream(Way.values()).anyMatch(w -> w.test(t, o));
    }

    /** The organizations o of the receiver kinds of request r (with {@link #WHERE}: those it lands on). */
    public static final String JOIN = " join city_request_receiver_kind rk on rk.request_id = r.id"
            + " join organization o on o.kind_code = rk.kind_code";

    /** The condition on (r, o) that r lands on o: one of the ways. */
    public static final String WHERE = Arrays.stream(Way.values()).map(w -> w.condition)
            .collect(Collectors.joining(" or ", " (", ")"));

    /**
     * A derived table (cid, orgs): the receiving organizations of every request r matching {@code condition} (a
     * condition on r only), with joins only — organizations are read as kept counts per kind, per (kind, district)
     * and per (kind, ward) for ward-level groups ({@link KeptReceivers}), so no organization row is visited: the cost
     * is the requests' targets (kinds × chosen districts, the districts of chosen wards), not the registry. Used by
     * the request list (a page's requests), the dashboard and the burden reports. The ways exclude one another, so
     * their rows add up.
     */
    public static String receiverCountsSql(String condition) {
        return Arrays.stream(Way.values()).map(w -> w.grouped(condition))
                .collect(Collectors.joining(" union all ", "(select x.rid as cid, sum(x.n) as orgs from (", ") x group by x.rid)"));
    }
}
