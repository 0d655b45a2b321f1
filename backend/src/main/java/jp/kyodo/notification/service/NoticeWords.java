package jp.kyodo.notification.service;

import java.util.Map;

/** The words of a notice kind in the e-mail digest (the SPA has its own in its dictionaries). */
final class NoticeWords {

    private static final Map<String, String> JA = Map.of(
            "FOLLOW_UP_DUE", "対応事項の期限",
            "VOICE_ANSWERED", "地域の声に回答がありました",
            "VOICE_OVERDUE", "地域の声の回答期限超過",
            "VOICE_ROUTED", "地域の声が回付されました",
            "REPORT_RECEIVED", "校区からの報告を受け付けました",
            "TERM_ENDING", "役員の任期満了が近づいています",
            "VOLUNTEER_INQUIRY", "ボランティア募集に問い合わせがありました");

    private NoticeWords() {
    }

    static String ja(String kind) {
        return JA.getOrDefault(kind, "お知らせ");
    }
}
