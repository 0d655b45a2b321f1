package jp.kyodo.activity.rest;

/** OpenAPI texts of the activity feature. */
final class ActivityDoc {
    static final String TAG = "activities";
    static final String TAG_DESCRIPTION = "活動記録 / the liaison's activity log, follow-ups (対応事項) and attached files";
    static final String READ = "Who may call: ADMIN, OFFICE (every record); LIAISON (records naming one of their districts, and "
            + "their own); DEPARTMENT (records naming their section). Other records answer 404.";
    static final String WRITE = "Who may call: ADMIN, OFFICE; LIAISON only when every district of the record is assigned to them (others: 403).";

    private ActivityDoc() {
    }
}
