package jp.kyodo.request.rules;

import java.util.List;
import jp.kyodo.request.RequestKind;

/**
 * The rules that protect communities. REFUSE rules stop a save (422 rule-violation naming the rule and the
 * fields); WARN rules let it be saved but show it in the request and in the warning list.
 */
public enum Rule {

    NOTICE_NO_HEAD_COUNT(Severity.REFUSE, RequestKind.NOTICE, List.of("headCount"),
            "連絡・提案では、参加人数などの人数を指定してはいけません。",
            "A notice / proposal must not ask for a head count."),
    NOTICE_NOT_MANDATORY(Severity.REFUSE, RequestKind.NOTICE, List.of("mandatory"),
            "連絡・提案を義務的なもの（必ず対応を求めるもの）にしてはいけません。",
            "A notice / proposal must not be mandatory."),
    NOTICE_NO_PROGRAM(Severity.REFUSE, RequestKind.NOTICE, List.of("asks"),
            "連絡・提案で、市の計画に従って地域で事業を実施するよう求めてはいけません（依頼内容に「事業実施」を含めない）。",
            "A notice / proposal must not ask the community to run a program as the city planned (no PROGRAM ask)."),
    COOPERATION_SHORT_DEADLINE(Severity.WARN, RequestKind.COOPERATION, List.of("deadlineDays"),
            "協力依頼の締切までの日数が、定められた日数（{minDeadlineDays}日）より短くなっています。",
            "The deadline of a cooperation request leaves fewer than {minDeadlineDays} days."),
    MERGE_CANDIDATE(Severity.WARN, null, List.of("receiverKinds", "districtIds", "schedule"),
            "同じ依頼先・同じ月に別の依頼があります。統合できないか検討してください。",
            "Another request goes to the same receivers in the same month: consider merging them."),
    EFFORT_WITHOUT_COMPENSATION(Severity.WARN, null, List.of("people", "hoursPerPerson", "schedule"),
            "1団体あたりの年間負担が{effortThresholdHours}時間を超えていますが、費用弁償の決定がありません。",
            "The effort per organization exceeds {effortThresholdHours} hours a year without a compensation decision.");

    public enum Severity {
        REFUSE, WARN
    }

    public final Severity severity;
    /** The kind it applies to; null for both. */
    public final RequestKind appliesTo;
    public final List<String> fields;
    public final String textJa;
    public final String textEn;

    Rule(Severity severity, RequestKind appliesTo, List<String> fields, String textJa, String textEn) {
        this.severity = severity;
        this.appliesTo = appliesTo;
        this.fields = fields;
        this.textJa = textJa;
        this.textEn = textEn;
    }

    public String ja(RuleSetting s) {
        return fill(textJa, s);
    }

    public String en(RuleSetting s) {
        return fill(textEn, s);
    }

    private static String fill(String text, RuleSetting s) {
        return text.replace("{minDeadlineDays}", Integer.toString(s.minDeadlineDays))
                .replace("{effortThresholdHours}", s.effortThresholdHours.stripTrailingZeros().toPlainString());
    }
}
