package jp.kyodo.request.rest;

/** "Who may call" sentences of the request operations (the contract test checks them against @RolesAllowed). */
public final class RequestDoc {

    /** Writes of the inventory: the office anywhere, a department for its own section. */
    public static final String WRITE = "Who may call: ADMIN, OFFICE; DEPARTMENT only for its own section's requests (others: 403).";
    public static final String OFFICE_DECIDES = "Who may call: ADMIN, OFFICE (the community office decides).";
    public static final String CYCLES = "Who may call: ADMIN, OFFICE.";

    public static final String PUBLISHED = "The inventory is published (openness, 公開): anyone may read requests that are not drafts; "
            + "drafts are seen only by ADMIN, OFFICE and the issuing section's DEPARTMENT users (others get 404). ";
    public static final String BURDEN = "Burden (負担) = occurrences × people × hours × receiving organizations, where receiving organizations are "
            + "counted from today's registry: organizations of the receiver kinds in the receiving districts (all, or the chosen ones; "
            + "a ward-level group counts when its ward holds a chosen district). The channel (経路) does not change the count; "
            + "circulation by blocks counts blocks only when BLOCK is a receiver kind. Aggregates count ACTIVE and ENDED requests, never drafts. ";

    private RequestDoc() {
    }
}
