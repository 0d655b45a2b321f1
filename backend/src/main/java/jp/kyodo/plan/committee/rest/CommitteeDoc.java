package jp.kyodo.plan.committee.rest;

/** Texts shared by the committee feature's OpenAPI annotations. */
final class CommitteeDoc {

    static final String TAG = "committee";
    static final String READ = "Who may call: ADMIN, OFFICE, COMMITTEE (email and phone are returned to ADMIN and OFFICE only).";
    static final String READ_HISTORY = "Who may call: ADMIN, OFFICE, COMMITTEE (email and phone show as *** to COMMITTEE).";

    private CommitteeDoc() {
    }
}
