package jp.kyodo.request.review;

import java.util.List;
import jp.kyodo.request.review.ReviewDtos.Compensation;
import jp.kyodo.request.review.ReviewDtos.CompensationAmounts;
import jp.kyodo.request.review.ReviewDtos.CompensationDistrict;
import jp.kyodo.request.review.ReviewDtos.CompensationOrganization;
import jp.kyodo.request.review.ReviewDtos.OrganizationPage;

/**
 * 費用弁償 — the arithmetic, without a database: per receiving organization {@code flat + perMemberHousehold ×
 * memberHouseholds} (an organization without membership figures counts 0 households), summed per district and in
 * total, in integer yen (no rounding: every figure is a whole number of yen). Which organizations receive the
 * request is the landing rule; the request's status does not change the amounts.
 */
public final class CompensationRule {

    private CompensationRule() {
    }

    /** The receiving organizations of one district (null: organizations without a district) and their households. */
    public record DistrictGroup(Long districtId, String districtName, long organizations, long memberHouseholds) {
    }

    /** One receiving organization; {@code memberHouseholds} null when it has no figures for the year. */
    public record Receiver(long id, String code, String name, Long districtId, String districtName,
            Integer memberHouseholds) {
    }

    /** Whether the query gives a formula to preview (either figure) instead of the decided one. */
    public static boolean isPreview(Long flat, Long perHousehold) {
        return flat != null || perHousehold != null;
    }

    /** The previewed formula: a figure not given is 0. */
    public static Compensation preview(Long flat, Long perHousehold) {
        return new Compensation(flat == null ? 0L : flat, perHousehold == null ? 0L : perHousehold);
    }

    /** The fiscal year of the membership figures: the one asked for, else the request's. */
    public static int fiscalYear(Integer asked, int requestYear) {
        return asked == null ? requestYear : asked;
    }

    /** Yen for {@code organizations} organizations with {@code memberHouseholds} member households in all. */
    public static long yen(Compensation f, long organizations, long memberHouseholds) {
        return f.flatPerOrganization() * organizations + f.perMemberHousehold() * memberHouseholds;
    }

    /** Yen for one organization (no figures: 0 households). */
    public static long yen(Compensation f, Integer memberHouseholds) {
        return yen(f, 1, memberHouseholds == null ? 0 : memberHouseholds);
    }

    /**
     * The amounts of a request: totals are the sums of the district groups (every receiving organization is in
     * exactly one group), and {@code page} the requested page of organizations out of them.
     */
    public static CompensationAmounts amounts(long requestId, int fiscalYear, Compensation f, boolean decided,
            List<DistrictGroup> groups, List<Receiver> page, int pageNo, int pageSize) {
        long organizations = 0;
        long households = 0;
        List<CompensationDistrict> districts = new java.util.ArrayList<>();
        for (DistrictGroup g : groups) {
            organizations += g.organizations();
            households += g.memberHouseholds();
            districts.add(new CompensationDistrict(g.districtId(), g.districtName(), g.organizations(),
                    g.memberHouseholds(), yen(f, g.organizations(), g.memberHouseholds())));
        }
        List<CompensationOrganization> items = page.stream().map(o -> new CompensationOrganization(o.id(), o.code(),
                o.name(), o.districtId(), o.districtName(), o.memberHouseholds(), yen(f, o.memberHouseholds()))).toList();
        return new CompensationAmounts(requestId, fiscalYear, f, decided, organizations, households,
                yen(f, organizations, households), districts, new OrganizationPage(items, organizations, pageNo, pageSize));
    }
}
