package jp.kyodo.ward;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.web.ApiDoc;
import jp.kyodo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class WardDtos {
    private WardDtos() {
    }

    @Schema(name = "Ward", description = "区 / a ward of the city")
    public record WardResponse(
            @Schema(examples = "1") Long id,
            @Schema(examples = "HGS") String code,
            @Schema(examples = "東区") String name,
            @Schema(examples = "ひがしく") String kana,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "WardInput", description = "区の登録・更新 / create or update a ward")
    public record WardRequest(
            @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9_-]+") @Schema(examples = "HGS") String code,
            @NotBlank @Size(max = 100) @Schema(examples = "東区") String name,
            @NotBlank @Size(max = 200) @Pattern(regexp = TextNormalizer.KANA_REGEX, message = "must be kana") @Schema(examples = "ひがしく") String kana) {
    }

    public static WardResponse toResponse(Ward w) {
        return new WardResponse(w.id, w.code, w.name, w.kana, w.version, w.createdAt, w.updatedAt);
    }
}
