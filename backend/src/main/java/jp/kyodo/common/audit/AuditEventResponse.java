package jp.kyodo.common.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.kyodo.common.web.Nullable;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a record's history. */
@Schema(name = "AuditEvent", description = "変更履歴 / one change to a record: who, when, and each changed field before and after")
public record AuditEventResponse(
        @Schema(examples = "1042") Long id,
        @Schema(description = "Kind of record", examples = "MembershipFigure") String entityType,
        @Schema(examples = "315") Long entityId,
        @Schema(description = "CREATE, UPDATE or DELETE", examples = "UPDATE") String action,
        @Schema(description = "Username of who made the change", examples = "office") String actor,
        @Schema(examples = "2026-05-12T10:15:30+09:00") OffsetDateTime occurredAt,
        @Schema(description = "Changed fields (for an update), all fields (create/delete)") List<Change> changes) {

    @Schema(name = "AuditChange", description = "One field before and after the change; absent means the field had no value")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(
            @Schema(examples = "memberHouseholds") String field,
            @Schema(description = "Value before (string, number or boolean)", oneOf = {String.class, java.math.BigDecimal.class, Boolean.class, java.util.List.class}, examples = "412") @Nullable Object before,
            @Schema(description = "Value after (string, number or boolean)", oneOf = {String.class, java.math.BigDecimal.class, Boolean.class, java.util.List.class}, examples = "420") @Nullable Object after) {
    }
}
