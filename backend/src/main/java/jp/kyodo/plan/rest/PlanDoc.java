package jp.kyodo.plan.rest;

/** Texts shared by the plan feature's OpenAPI annotations. */
public final class PlanDoc {

    public static final String TAG = "plans";
    public static final String OWNER_OR_OFFICE = "Who may call: ADMIN, OFFICE; DEPARTMENT only for initiatives of its own section (所管課; others: 403).";
    public static final String STANDING = "Standing is computed as of asOf (default today, Japan): the latest reported status and the "
            + "reasons it is behind — COMPLETE_OVERDUE (a 完了 target's year has ended, not completed), BEGIN_NO_PROGRESS / "
            + "START_NO_PROGRESS (a 着手 / 実施 target's year has ended with no progress reported), MILESTONE_OVERDUE, REPORTED_DELAYED. ";
    public static final String FILTERS = "Filters: pillarId (a root node), sectionId (所管課), tag (NEW 新規 / ENHANCED 充実), targetKind "
            + "(START 実施 / BEGIN 着手 / COMPLETE 完了 / CONTINUE 継続), targetYear, behind (true: only behind; false: only on track), q "
            + "(title, key, content; full/half width and kana folded). ";

    private PlanDoc() {
    }
}
