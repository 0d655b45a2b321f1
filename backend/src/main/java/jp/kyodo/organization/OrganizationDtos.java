package jp.kyodo.organization;

import jp.kyodo.common.web.ApiDoc;
import java.time.OffsetDateTime;
import jakarta.validation.constraints.Max;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import com.fasterxml.jackson.annotation.JsonInclude;
import jp.kyodo.common.web.Nullable;
import jp.kyodo.common.text.TextNormalizer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import jp.kyodo.common.web.Permissions;
import jp.kyodo.common.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the organization feature. */
public final class OrganizationDtos {

    private OrganizationDtos() {
    }

    @Schema(name = "OrganizationSubKind", description = "団体の細分類 / sub-kind (消防団, 子供会 …)")
    public record SubKindResponse(
            @Schema(examples = "CHILDREN") String code,
            @Schema(examples = "子供会") String labelJa,
            @Schema(examples = "Children's association") String labelEn) {
    }

    @Schema(name = "OrganizationKind", description = "団体の種別 / kind of organization (reference data; labels are the city's own terms)")
    public record KindResponse(
            @Schema(examples = "NEIGHBORHOOD_ASSOCIATION") String code,
            @Schema(examples = "自治会・町内会") String labelJa,
            @Schema(examples = "Neighborhood association") String labelEn,
            @Schema(examples = "20") int sortOrder,
            @Schema(description = "Membership figures are kept for this kind", examples = "true") boolean hasMembership,
            @Schema(description = "Organizations of this kind belong to one district", examples = "true") boolean districtScoped,
            List<SubKindResponse> subKinds,
            @Schema(examples = "0") long version) implements Versioned {
    }

    @Schema(name = "OrganizationKindInput", description = "種別の表示名の変更 / rename a kind in the city's own terms")
    public record KindRequest(
            @NotBlank @Size(max = 100) @Schema(examples = "校区コミュニティ組織") String labelJa,
            @NotBlank @Size(max = 100) @Schema(examples = "District community organization") String labelEn,
            @NotNull @Schema(examples = "10") @Min(0) @Max(9999) Integer sortOrder) {
    }

    @Schema(name = "Contact", description = "連絡先 — personal data: present only for callers who may read it")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contact(
            @Size(max = 100) @Schema(examples = "香椎 太郎") @Nullable String name,
            @Size(max = 40) @Pattern(regexp = "[0-9０-９+()（）\\- ‐－]*", message = "digits, spaces, + ( ) - only") @Schema(examples = "092-000-0000") @Nullable String phone,
            @Size(max = 300) @Schema(examples = "福岡市東区香椎1-1-1") @Nullable String address,
            @Size(max = 200) @Email @Schema(examples = "kashii@example.jp") @Nullable String email) {
    }

    @Schema(name = "OrganizationSummary", description = "地域団体 (一覧) / an organization as listed")
    public record OrganizationSummary(
            @Schema(examples = "120") Long id,
            @Schema(examples = "HGS-03-A05") String code,
            @Schema(examples = "NEIGHBORHOOD_ASSOCIATION") String kind,
            @Schema(examples = "CHILDREN") @Nullable String subKind,
            @Schema(examples = "香椎一丁目町内会") String name,
            @Schema(examples = "かしいいっちょうめちょうないかい") String kana,
            @Schema(examples = "12") @Nullable Long districtId,
            @Schema(examples = "香椎") @Nullable String districtName,
            @Schema(examples = "40") @Nullable Long parentId,
            @Schema(examples = "false") boolean legalEntity,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "Organization", description = "地域団体 / a community organization")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrganizationResponse(
            @Schema(examples = "120") Long id,
            @Schema(examples = "HGS-03-A05") String code,
            @Schema(examples = "NEIGHBORHOOD_ASSOCIATION") String kind,
            @Schema(examples = "CHILDREN") @Nullable String subKind,
            @Schema(examples = "香椎一丁目町内会") String name,
            @Schema(examples = "かしいいっちょうめちょうないかい") String kana,
            @Schema(examples = "12") @Nullable Long districtId,
            @Schema(examples = "香椎") @Nullable String districtName,
            @Schema(examples = "1") @Nullable Long wardId,
            @Schema(examples = "40") @Nullable Long parentId,
            @Schema(examples = "香椎校区自治協議会") @Nullable String parentName,
            @Schema(description = "設立日", examples = "1962-04-01") @Nullable LocalDate foundedOn,
            @Schema(description = "地縁団体認可 / authorized neighborhood corporation", examples = "true") boolean legalEntity,
            @Schema(description = "認可日", examples = "1998-10-01") @Nullable LocalDate legalEntitySince,
            @Schema(description = "総会資料を公開している", examples = "true") boolean publishesAssemblyDocuments,
            @Schema(description = "会計を公開している", examples = "false") boolean publishesAccounts,
            @Schema(description = "Present only for callers who may read personal data") @Nullable Contact contact,
            Permissions permissions,
            @Schema(examples = "4") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "OrganizationInput", description = "地域団体の登録・更新 / create or update an organization (PUT replaces every field)")
    public record OrganizationRequest(
            @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]*", message = "letters, digits, - and _ only") @Schema(description = "Generated when absent on create", examples = "HGS-03-A05") String code,
            @NotBlank @Schema(examples = "NEIGHBORHOOD_ASSOCIATION") String kind,
            @Schema(examples = "CHILDREN") String subKind,
            @NotBlank @Size(max = 200) @Schema(examples = "香椎一丁目町内会") String name,
            @NotBlank @Size(max = 400) @Pattern(regexp = TextNormalizer.KANA_REGEX, message = "must be kana") @Schema(examples = "かしいいっちょうめちょうないかい") String kana,
            @Schema(description = "Required for district-scoped kinds", examples = "12") @Positive Long districtId,
            @Schema(description = "For ward-level groups", examples = "1") @Positive Long wardId,
            @Schema(examples = "40") @Positive Long parentId,
            @Schema(examples = "1962-04-01") LocalDate foundedOn,
            @Schema(examples = "true") boolean legalEntity,
            @Schema(examples = "1998-10-01") LocalDate legalEntitySince,
            @Schema(examples = "true") boolean publishesAssemblyDocuments,
            @Schema(examples = "false") boolean publishesAccounts,
            @Valid Contact contact) {
    }

    @Schema(name = "OrganizationTreeNode", description = "団体の階層 / one organization in a district's tree, with its latest membership figures")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TreeNode(
            @Schema(examples = "120") Long id,
            @Schema(examples = "HGS-03-A05") String code,
            @Schema(examples = "NEIGHBORHOOD_ASSOCIATION") String kind,
            @Schema(examples = "CHILDREN") @Nullable String subKind,
            @Schema(examples = "香椎一丁目町内会") String name,
            @Schema(examples = "かしいいっちょうめちょうないかい") String kana,
            @Schema(examples = "2025") @Nullable Integer fiscalYear,
            @Schema(examples = "420") @Nullable Integer households,
            @Schema(examples = "350") @Nullable Integer memberHouseholds,
            @Schema(examples = "0.8333") @Nullable BigDecimal joinRate,
            @Schema(description = "Whether the caller may edit it", examples = "true") boolean canEdit,
            @Nullable List<TreeNode> children) {
    }

    @Schema(name = "Officer", description = "役員 / an officer. Person fields are personal data: present only for callers who may read them.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OfficerResponse(
            @Schema(examples = "77") Long id,
            @Schema(examples = "40") Long organizationId,
            @Schema(examples = "香椎校区自治協議会") String organizationName,
            @Schema(examples = "12") @Nullable Long districtId,
            @Schema(examples = "CHAIR") OfficerRole role,
            @Schema(examples = "香椎 太郎") @Nullable String personName,
            @Schema(examples = "かしい たろう") @Nullable String personKana,
            @Schema(examples = "092-000-0000") @Nullable String phone,
            @Schema(examples = "福岡市東区香椎1-1-1") @Nullable String address,
            @Schema(examples = "2023-04-01") LocalDate termStart,
            @Schema(examples = "2025-03-31") @Nullable LocalDate termEnd,
            @Schema(examples = "0") long version,
            @Schema(description = ApiDoc.CREATED_AT, examples = ApiDoc.CREATED_AT_EXAMPLE) OffsetDateTime createdAt,
            @Schema(description = ApiDoc.UPDATED_AT, examples = ApiDoc.UPDATED_AT_EXAMPLE) OffsetDateTime updatedAt) implements Versioned {
    }

    @Schema(name = "OfficerInput", description = "役員の登録・更新 / create or update an officer")
    public record OfficerRequest(
            @NotNull @Schema(examples = "CHAIR") OfficerRole role,
            @NotBlank @Size(max = 100) @Schema(examples = "香椎 太郎") String personName,
            @Size(max = 200) @Schema(examples = "かしい たろう") String personKana,
            @Size(max = 40) @Pattern(regexp = "[0-9０-９+()（）\\- ‐－]*", message = "digits, spaces, + ( ) - only") @Schema(examples = "092-000-0000") String phone,
            @Size(max = 300) @Schema(examples = "福岡市東区香椎1-1-1") String address,
            @NotNull @Schema(examples = "2023-04-01") LocalDate termStart,
            @Schema(examples = "2025-03-31") LocalDate termEnd) {
    }
}
