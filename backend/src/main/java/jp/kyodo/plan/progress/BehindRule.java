package jp.kyodo.plan.progress;

/** Why an initiative is behind its targets (目標に対する遅れ), with the Japanese and English text. */
public enum BehindRule {
    COMPLETE_OVERDUE("完了目標の年度を過ぎても完了していません", "The completion year has passed and it is not completed"),
    BEGIN_NO_PROGRESS("着手目標の年度を過ぎても進捗が報告されていません", "The year to begin has passed with no progress reported"),
    START_NO_PROGRESS("実施目標の年度を過ぎても実施が報告されていません", "The year to start has passed with no progress reported"),
    MILESTONE_OVERDUE("工程の期限の年度を過ぎても完了していません", "A milestone is past its due year and not done"),
    REPORTED_DELAYED("最新の報告が「遅延」です", "The latest report says delayed");

    public final String ja;
    public final String en;

    BehindRule(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }
}
