package jp.kyodo.department;

import jp.kyodo.common.web.ApiDoc;
import java.time.OffsetDateTime;
import jakarta.validation.constraints.Max;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.NotBlank;
import jp.kyodo.common.text.TextNormalizer;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import jp.kyodo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the city organization (局・部・課). */
public final class DepartmentDtos {

    private DepartmentDtos() {
    }

    static final String CODE_REGEX = "[A-Za-z0-9_-]+";

    @Schema(name = "Bureau", description = "局 / 区 — a bureau with its departments (部) and their sections (課)")
    public record BureauResponse(
            @Schema(examples = "2") Long id,
            @Schema(examples = "KANKYO") String code,
            @Schema(examples = "環境局") String name,
            @Schema(examples = "かんきょうきょく") String kana,
            @Schema(examples = "20") int sortOrder,
            List<DepartmentResponse> departments,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "Department", description = "部 — a department of a bureau, with its sections")
    public record DepartmentResponse(
            @Schema(examples = "5") Long id,
            @Schema(examples = "2") Long bureauId,
            @Schema(examples = "KANKYO-JUNKAN") String code,
            @Schema(examples = "循環型社会推進部") String name,
            @Schema(examples = "じゅんかんがたしゃかいすいしんぶ") String kana,
            @Schema(examples = "10") int sortOrder,
            List<SectionResponse> sections,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "Section", description = "課 — a section, with the names of its department and bureau")
    public record SectionResponse(
            @Schema(examples = "12") Long id,
            @Schema(examples = "KANKYO-GOMI") String code,
            @Schema(examples = "家庭ごみ減量推進課") String name,
            @Schema(examples = "かていごみげんりょうすいしんか") String kana,
            @Schema(examples = "5") Long departmentId,
            @Schema(examples = "循環型社会推進部") String departmentName,
            @Schema(examples = "2") Long bureauId,
            @Schema(examples = "環境局") String bureauName,
            @Schema(examples = "10") int sortOrder,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "BureauInput", description = "局の登録・更新 / create or update a bureau")
    public record BureauRequest(
            @NotBlank @Size(max = 20) @Pattern(regexp = CODE_REGEX, message = "letters, digits, - and _ only") @Schema(examples = "KANKYO") String code,
            @NotBlank @Size(max = 100) @Schema(examples = "環境局") String name,
            @NotBlank @Size(max = 200) @Pattern(regexp = TextNormalizer.KANA_REGEX, message = "must be kana") @Schema(examples = "かんきょうきょく") String kana,
            @Schema(examples = "20") @Min(0) @Max(9999) Integer sortOrder) {
    }

    @Schema(name = "DepartmentInput", description = "部の登録・更新 / create or update a department")
    public record DepartmentRequest(
            @NotNull @Schema(examples = "2") @Positive Long bureauId,
            @NotBlank @Size(max = 20) @Pattern(regexp = CODE_REGEX, message = "letters, digits, - and _ only") @Schema(examples = "KANKYO-JUNKAN") String code,
            @NotBlank @Size(max = 100) @Schema(examples = "循環型社会推進部") String name,
            @NotBlank @Size(max = 200) @Pattern(regexp = TextNormalizer.KANA_REGEX, message = "must be kana") @Schema(examples = "じゅんかんがたしゃかいすいしんぶ") String kana,
            @Schema(examples = "10") @Min(0) @Max(9999) Integer sortOrder) {
    }

    @Schema(name = "SectionInput", description = "課の登録・更新 / create or update a section")
    public record SectionRequest(
            @NotNull @Schema(examples = "5") @Positive Long departmentId,
            @NotBlank @Size(max = 20) @Pattern(regexp = CODE_REGEX, message = "letters, digits, - and _ only") @Schema(examples = "KANKYO-GOMI") String code,
            @NotBlank @Size(max = 100) @Schema(examples = "家庭ごみ減量推進課") String name,
            @NotBlank @Size(max = 200) @Pattern(regexp = TextNormalizer.KANA_REGEX, message = "must be kana") @Schema(examples = "かていごみげんりょうすいしんか") String kana,
            @Schema(examples = "10") @Min(0) @Max(9999) Integer sortOrder) {
    }
}
