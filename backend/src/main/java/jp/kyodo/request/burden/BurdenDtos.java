package jp.kyodo.request.burden;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import jp.kyodo.request.RequestKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the burden (負担) figures: computed from the inventory and the registry, never typed. */
public final class BurdenDtos {

    private BurdenDtos() {
    }

    /** How burden is grouped. */
    @Schema(name = "BurdenGroupBy", description = "DEPARTMENT 部, SECTION 課, DISTRICT 校区, ASSOCIATION 自治会・町内会")
    public enum GroupBy {
        DEPARTMENT, SECTION, DISTRICT, ASSOCIATION
    }

    @Schema(name = "BurdenRow", description = "負担 / the burden of one department, section, district or association in a fiscal year")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BurdenRow(
            @Schema(examples = "12") Long id,
            @Schema(examples = "HGS-03") String code,
            @Schema(examples = "香椎") String name,
            @Schema(description = "Bureau of a department or section, ward of a district, district of an association", examples = "東区") String parentName,
            @Schema(description = "Requests (issued by it, or landing on it)", examples = "31") long requests,
            @Schema(description = "Of which 協力依頼", examples = "22") long cooperationRequests,
            @Schema(description = "Annual effort hours (occurrences × people × hours × receiving organizations)", examples = "412.50") BigDecimal annualHours) {
    }

    @Schema(name = "BurdenReport", description = "負担の集計 / burden grouped, one page of groups, with the total over every group")
    public record BurdenReport(
            GroupBy groupBy,
            @Schema(examples = "2025") int fiscalYear,
            @Schema(description = "Sum of annualHours over every group (not only this page)", examples = "98210.00") BigDecimal totalAnnualHours,
            List<BurdenRow> items,
            @Schema(examples = "150") long total,
            @Schema(examples = "1") int page,
            @Schema(examples = "20") int size) {
    }

    @Schema(name = "ReceiverCount", description = "Receiving organizations of one kind")
    public record KindCount(@Schema(examples = "NEIGHBORHOOD_ASSOCIATION") String kind, @Schema(examples = "2380") long organizations) {
    }

    @Schema(name = "BurdenMonth", description = "One month of a request's burden")
    public record RequestMonth(@Schema(examples = "6") int month, @Schema(examples = "1") int times,
            @Schema(examples = "7140.00") BigDecimal hours) {
    }

    @Schema(name = "CityRequestBurden", description = "負担 / how one request's burden is computed: receiving organizations (from the registry) × occurrences × people × hours")
    public record RequestBurden(
            @Schema(examples = "41") Long requestId,
            @Schema(examples = "2380") long receivingOrganizations,
            List<KindCount> byKind,
            @Schema(examples = "2") int occurrencesPerYear,
            @Schema(examples = "2") int people,
            @Schema(examples = "1.50") BigDecimal hoursPerPerson,
            @Schema(examples = "3.00") BigDecimal hoursPerOccurrence,
            @Schema(examples = "6.00") BigDecimal hoursPerOrganizationPerYear,
            @Schema(examples = "14280.00") BigDecimal annualHours,
            @Schema(description = "Fiscal-year order, April → March") List<RequestMonth> months) {
    }

    @Schema(name = "BurdenCalendarEntry", description = "One request landing in one month")
    public record CalendarEntry(
            @Schema(examples = "41") Long requestId,
            @Schema(examples = "KAN-2025-003") String code,
            @Schema(examples = "ごみ減量・リサイクル推進チラシの回覧") String title,
            RequestKind kind,
            @Schema(examples = "家庭ごみ減量推進課") String sectionName,
            @Schema(examples = "1") int times,
            @Schema(description = "Organizations of the district (or the organization itself) it lands on", examples = "14") long organizations,
            @Schema(examples = "42.00") BigDecimal hours) {
    }

    @Schema(name = "BurdenCalendarMonth", description = "One month of the fiscal year")
    public record CalendarMonth(
            @Schema(examples = "6") int month,
            @Schema(description = "Calendar year of the month (the fiscal year's January–March fall in the next year)", examples = "2025") int year,
            @Schema(examples = "84.00") BigDecimal hours,
            List<CalendarEntry> requests) {
    }

    @Schema(name = "BurdenCalendar", description = "負担カレンダー / what lands on a district or an organization, month by month (April → March), with hours")
    public record Calendar(
            @Schema(examples = "DISTRICT", enumeration = {"DISTRICT", "ORGANIZATION"}) String subject,
            @Schema(examples = "12") Long id,
            @Schema(examples = "香椎") String name,
            @Schema(examples = "2025") int fiscalYear,
            @Schema(examples = "640.50") BigDecimal totalHours,
            @Schema(description = "12 months, April first") List<CalendarMonth> months) {
    }
}
