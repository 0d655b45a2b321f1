package jp.kyodo.request.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.kyodo.common.web.Nullable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import jp.kyodo.common.web.Versioned;
import jp.kyodo.request.RequestKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the rules, their settings and the warning list. */
public final class RuleDtos {

    private RuleDtos() {
    }

    @Schema(name = "CityRequestRule", description = "依頼のルール / a rule that protects communities, with its text as departments read it")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleResponse(
            @Schema(examples = "NOTICE_NO_HEAD_COUNT") String id,
            @Schema(description = "REFUSE: a save that breaks it is refused (422 rule-violation); WARN: saved, but shown and listed", examples = "REFUSE") Rule.Severity severity,
            @Schema(description = "The kind it applies to (absent: both)", examples = "NOTICE") @Nullable RequestKind appliesTo,
            @Schema(description = "Fields of the request it looks at", examples = "[\"headCount\"]") List<String> fields,
            @Schema(examples = "連絡・提案では、参加人数などの人数を指定してはいけません。") String textJa,
            @Schema(examples = "A notice / proposal must not ask for a head count.") String textEn) {
    }

    @Schema(name = "RequestRuleSettings", description = "警告ルールの閾値 / thresholds of the warning rules")
    public record SettingsResponse(
            @Schema(description = "A cooperation request should give receivers at least this many days until its deadline", examples = "14") int minDeadlineDays,
            @Schema(description = "Annual hours per receiving organization above which a compensation decision is expected", examples = "20") BigDecimal effortThresholdHours,
            @Schema(examples = "0") long version) implements Versioned {
    }

    @Schema(name = "RequestRuleSettingsInput", description = "警告ルールの閾値の変更 / change the thresholds")
    public record SettingsInput(
            @NotNull @Min(0) @Max(365) @Schema(examples = "14") Integer minDeadlineDays,
            @NotNull @DecimalMin("0") @DecimalMax("99999") @Digits(integer = 5, fraction = 2) @Schema(examples = "20") BigDecimal effortThresholdHours) {
    }

    @Schema(name = "CityRequestWarningEntry", description = "警告一覧の1件 / one warning of one request")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WarningEntry(
            @Schema(examples = "41") Long requestId,
            @Schema(examples = "KAN-2025-003") String requestCode,
            @Schema(examples = "ごみ減量・リサイクル推進チラシの回覧") String requestTitle,
            @Schema(examples = "12") Long sectionId,
            @Schema(examples = "家庭ごみ減量推進課") String sectionName,
            @Schema(examples = "2025") int fiscalYear,
            @Schema(examples = "COOPERATION") RequestKind kind,
            @Schema(examples = "MERGE_CANDIDATE") String rule,
            @Schema(examples = "同じ依頼先・同じ月に別の依頼があります。統合できないか検討してください。") String messageJa,
            @Schema(examples = "Another request goes to the same receivers in the same month: consider merging them.") String messageEn,
            @Schema(description = "The other request (merge candidates)", examples = "88") @Nullable Long otherRequestId,
            @Schema(description = "First month they share (merge candidates)", examples = "6") @Nullable Integer month) {
    }
}
