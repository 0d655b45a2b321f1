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

    @Schema(name = "DistrictProfile", description = "校区カルテ / the district's figures, requests, meetings, reports and initiatives of a fiscal year, in one read")
    public record DistrictProfile(
            @Schema(examples = "12") long districtId,
            @Schema(examples = "2025") int fiscalYear,
            @Schema(description = "The district's join rate per fiscal year, the last five") List<YearRate> joinRates,
            List<AssociationTrend> associations,
            @Schema(description = "Annual hours of every request landing in the district", examples = "412.50") BigDecimal requestHours,
            List<RequestLanding> requests,
            List<Meeting> meetings,
            List<Report> reports,
            List<Initiative> initiatives) {
    }
}
