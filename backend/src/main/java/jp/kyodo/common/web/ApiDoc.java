package jp.kyodo.common.web;

/** Texts shared by the OpenAPI annotations. */
public final class ApiDoc {
    public static final String IF_MATCH = "The ETag of the representation being changed (from the last GET), compared strongly: quotes included, a weak tag (W/\"3\") never matches; its version part decides (\"3-<digest>\" matches while the record is at version 3, also when a derived figure changed its digest; the bare \"3\" too). Missing or * → 428, stale → 412 with the current representation.";
    /** The If-Match example, unless an operation shows another version. */
    public static final String IF_MATCH_EXAMPLE = "\"0\"";
    public static final String PUBLIC = "Who may call: anyone, also without signing in (public data).";
    public static final String STAFF = "Who may call: any signed-in role.";
    public static final String OFFICE = "Who may call: ADMIN, OFFICE.";
    public static final String ADMIN = "Who may call: ADMIN.";
    public static final String REGISTRY_EDIT = "Who may call: ADMIN, OFFICE; LIAISON only for the districts assigned to them (others: 403).";

    /** Said by every list that other systems sync (updatedSince, after: common.paging.Keyset). */
    public static final String SYNC = "Syncing: updatedSince (and the after cursor from nextCursor) read the list by (updatedAt, id), so rows changed or added meanwhile come on a later page (docs/integration.md, Syncing a list). ";

    /** The timestamps every versioned record's representation carries. */
    public static final String CREATED_AT = "When the record was created (ISO 8601, UTC)";
    public static final String UPDATED_AT = "When the record last changed (ISO 8601, UTC): what updatedSince filters by and the sync cursor orders by. An unchanged PUT leaves it as it was";
    public static final String CREATED_AT_EXAMPLE = "2026-04-01T00:30:00Z";
    public static final String UPDATED_AT_EXAMPLE = "2026-04-02T05:12:09.123456Z";

    private ApiDoc() {
    }
}
