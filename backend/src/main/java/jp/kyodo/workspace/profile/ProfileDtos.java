package jp.kyodo.workspace.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import jp.kyodo.common.web.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 校区カルテ — what the district profile adds to the district's own page, read in one call. */
public final class ProfileDtos {

    private ProfileDtos() {
    }

    @Schema(name = "ProfileYearRate", description = "加入率 of one fiscal year")
    public record YearRate(
            @Schema(examples = "2025") int fiscalYear,
            @Schema(examples = "420") long households,
            @Schema(examples = "331") long memberHouseholds,
            @Schema(description = "0–1; null without households", examples = "0.7881") @Nullable BigDecimal joinRate) {
    }

    @Schema(name = "ProfileAssociation", description = "An association of the district and its join rate, the last five fiscal years (years without figures left out)")
    public record AssociationTrend(
            @Schema(examples = "301") long id,
            @Schema(examples = "香椎一丁目町内会") String name,
            List<YearRate> years) {
    }

    @Schema(name = "ProfileRequest", description = "A request of the fiscal year landing on organizations of the district")
    public record RequestLanding(
            @Schema(examples = "41") long id,
            @Schema(examples = "市政だよりの配布") String title,
            @Schema(examples = "広報課") String sectionName,
            @Schema(examples = "COOPERATION") String kind,
            @Schema(description = "Receiving organizations in the district", examples = "12") long organizations,
            @Schema(description = "Annual effort hours in the district", examples = "144.00") BigDecimal annualHours) {
    }

    @Schema(name = "ProfileMeeting", description = "A meeting of one of the district's council bodies in the fiscal year, with its agenda")
    public record Meeting(
            @Schema(examples = "8") long id,
            @Schema(examples = "香椎校区自治協議会 役員会") String bodyName,
            @Schema(examples = "3") @Nullable Integer number,
            @Schema(examples = "2025-06-25") LocalDate heldOn,
            @Schema(examples = "定期総会") @Nullable String title,
            @Schema(description = "Agenda item titles in order", examples = "[\"防災訓練について\"]") List<String> agendaItems) {
    }

    @Schema(name = "ProfileReport", description = "A report the district sent up in the fiscal year")
    public record Report(
            @Schema(examples = "14") long id,
            @Schema(examples = "NEWSLETTER") String type,
            @Schema(examples = "香椎校区だより 第12号") String title,
            @Schema(examples = "2025-07-10") LocalDate receivedOn) {
    }

    @Schema(name = "ProfileInitiative", description = "An initiative of a plan whose progress indicators are bound to the district")
    public record Initiative(
            @Schema(examples = "5") long id,
            @Schema(examples = "2") long planId,
            @Schema(examples = "第2次 共創推進計画") String planName,
            @Schema(examples = "自治会加入促進") String title) {
    }

    /** Where a household figure comes from. */
    @Schema(name = "HouseholdSource", description = "ASSOCIATIONS: the households the neighborhood associations report with their "
            + "membership figures (世帯数（自治会の届出）), summed over the district; RESIDENT_REGISTRY: the district's statistics "
            + "(世帯数（住民基本台帳）, PUT /districts/{id}/statistics/{fiscalYear} or the district-statistics import)")
    public enum HouseholdSource {
        ASSOCIATIONS, RESIDENT_REGISTRY
    }

    /**
     * The district's two household figures of a fiscal year side by side. 加入率 is always member households ÷ the
     * associations' households (both from the membership figures, so the rate compares like with like); the
     * registry's count is shown beside it because it also counts households in no association's area.
     */
    @Schema(name = "ProfileHouseholds", description = "世帯数 of the district in the fiscal year from both sources. The join rate (加入率) "
            + "divides member households by the associations' households (joinRateUses = ASSOCIATIONS), never by the registry's")
    public record Households(
            @Schema(examples = "2025") int fiscalYear,
            @Schema(description = "世帯数（自治会の届出）: summed households of the associations with figures that year; absent without figures", examples = "5120") @Nullable Long associations,
            @Schema(description = "世帯数（住民基本台帳）: households of the district's statistics of that year; absent without statistics", examples = "6810") @Nullable Long residentRegistry,
            @Schema(description = "residentRegistry − associations, when both are known (positive: households outside every association's area or not counted by them)", examples = "1690") @Nullable Long difference,
            @Schema(description = "Which figure the join rate divides by: always ASSOCIATIONS", examples = "ASSOCIATIONS") HouseholdSource joinRateUses) {
    }

    @Schema(name = "DistrictProfile", description = "校区カルテ / the district's figures, requests, meetings, reports and initiatives of a fiscal year, in one read")
    public record DistrictProfile(
            @Schema(examples = "12") long districtId,
            @Schema(examples = "2025") int fiscalYear,
            @Schema(description = "The district's join rate per fiscal year, the last five") List<YearRate> joinRates,
            @Schema(description = "The fiscal year's households from the associations' figures and from the resident registry") Households households,
            List<AssociationTrend> associations,
            @Schema(description = "Annual hours of every request landing in the district", examples = "412.50") BigDecimal requestHours,
            List<RequestLanding> requests,
            List<Meeting> meetings,
            List<Report> reports,
            List<Initiative> initiatives) {
    }
}
