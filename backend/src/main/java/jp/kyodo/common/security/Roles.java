package jp.kyodo.common.security;

/** The roles of kyodo. Anonymous callers (the public) have none and read published data only. */
public final class Roles {
    /** システム管理者 — manages accounts, tokens, reference data. */
    public static final String ADMIN = "ADMIN";
    /** 地域支援部 / 地域コミュニティ課 — keeps the registry, runs the review. */
    public static final String OFFICE = "OFFICE";
    /** 原課 — a department's section that sends requests to communities. */
    public static final String DEPARTMENT = "DEPARTMENT";
    /** 校区担当職員 — scoped to the districts assigned to them. */
    public static final String LIAISON = "LIAISON";
    /** 推進委員会 委員 — promotion committee member. */
    public static final String COMMITTEE = "COMMITTEE";

    public static final String[] ALL = {ADMIN, OFFICE, DEPARTMENT, LIAISON, COMMITTEE};

    private Roles() {
    }
}
