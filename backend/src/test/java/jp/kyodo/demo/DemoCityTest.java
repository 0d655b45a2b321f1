package jp.kyodo.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.organization.OfficerRole;
import org.junit.jupiter.api.Test;

/** The generator alone, without the application: shape, consistency and determinism of both scales. */
class DemoCityTest {

    @Test
    void demoCityHasTheShapeTheUiAndTheTestsExpect() {
        DemoCity c = DemoCity.generate(DemoScale.DEMO);
        assertEquals(7, c.wards.size());
        assertEquals(20, c.districts.size());
        assertEquals(List.of("香椎", "香椎東", "箱崎", "千早"), c.districts.stream()
                .filter(d -> d.wardCode().equals("HGS")).map(DemoCity.DistrictRow::name).toList());
        assertTrue(c.districts.stream().anyMatch(d -> d.searchKey().contains(TextNormalizer.fold("ﾋｶﾞｼ"))));
        for (DemoCity.DistrictRow d : c.districts) {
            assertEquals(1, count(c, d.code(), "DISTRICT_COUNCIL"), d.code());
            long n = count(c, d.code(), "NEIGHBORHOOD_ASSOCIATION");
            assertTrue(n >= 5 && n <= 15, d.code() + " has " + n + " associations");
            assertTrue(count(c, d.code(), "RESIDENT_GROUP") >= 4, d.code());
            assertEquals(5, c.statistics.stream().filter(s -> s.districtCode().equals(d.code())).count());
        }
        assertTrue(c.countOrganizations("BLOCK") > 0);
        assertTrue(c.countOrganizations("WARD_GROUP") >= 14);
        assertEquals(1, c.countOrganizations("CITY_COUNCIL"));
        assertEquals(2, c.countOrganizations("CIVIC_GROUP"));
        assertEquals(c.countOrganizations("NEIGHBORHOOD_ASSOCIATION") * 5, c.figures.size());
        assertEquals(Set.of(2021, 2022, 2023, 2024, 2025),
                c.figures.stream().map(DemoCity.FigureRow::fiscalYear).collect(Collectors.toSet()));
        assertTrue(c.organizations.stream().anyMatch(DemoCity.OrganizationRow::legalEntity));
        assertTrue(c.organizations.stream().anyMatch(DemoCity.OrganizationRow::publishesAccounts));
        // letters of thanks: some council chairs retired at the end of FY2024
        assertTrue(c.officers.stream().anyMatch(o -> o.role() == OfficerRole.CHAIR && o.organizationCode().endsWith("-C01")
                && o.termEnd() != null && o.termEnd().equals(java.time.LocalDate.of(2025, 3, 31))));
        assertEquals(5, c.accounts.size());
        assertEquals(4, c.assignments.stream().filter(a -> a.username().equals("liaison") && a.endsOn() == null).count());
        assertEquals(4, c.assignments.stream().filter(a -> a.username().equals("liaison2")).count());
        assertTrue(c.assignments.stream().anyMatch(a -> a.username().equals("liaison") && a.districtCode().equals("HGS-02")));
    }

    @Test
    void joinRateDeclinesSlowlyWithWeakAssociations() {
        DemoCity c = DemoCity.generate(DemoScale.DEMO);
        Map<Integer, long[]> byYear = new HashMap<>();
        for (DemoCity.FigureRow f : c.figures) {
            long[] s = byYear.computeIfAbsent(f.fiscalYear(), k -> new long[2]);
            s[0] += f.households();
            s[1] += f.memberHouseholds();
            assertTrue(f.memberHouseholds() <= f.households() && f.households() >= 20 && f.households() <= 1200);
        }
        double first = (double) byYear.get(2021)[1] / byYear.get(2021)[0];
        double last = (double) byYear.get(2025)[1] / byYear.get(2025)[0];
        assertTrue(first > 0.78 && first < 0.90, "FY2021 rate " + first);
        assertTrue(last > 0.70 && last < 0.82, "FY2025 rate " + last);
        assertTrue(last < first);
        assertTrue(c.figures.stream().anyMatch(f -> f.fiscalYear() == 2025 && f.memberHouseholds() < 0.6 * f.households()));
    }

    @Test
    void codesAreUniqueAndParentsComeFirst() {
        for (DemoScale s : List.of(DemoScale.DEMO, DemoScale.LARGE)) {
            DemoCity c = DemoCity.generate(s);
            Set<String> codes = new HashSet<>();
            for (DemoCity.OrganizationRow o : c.organizations) {
                assertTrue(codes.add(o.code()), "duplicate " + o.code());
                assertNotNull(o.searchKey());
                if (o.parentCode() != null) {
                    assertTrue(codes.contains(o.parentCode()), o.code());
                }
            }
            Set<String> districtCodes = c.districts.stream().map(DemoCity.DistrictRow::code).collect(Collectors.toSet());
            assertEquals(c.districts.size(), districtCodes.size());
            assertEquals(c.districts.size(), c.districts.stream().map(DemoCity.DistrictRow::name).distinct().count());
            assertTrue(c.officers.stream().allMatch(o -> codes.contains(o.organizationCode())));
            assertTrue(c.figures.stream().allMatch(f -> codes.contains(f.organizationCode())));
        }
    }

    @Test
    void largeCityIsBenchmarkSized() {
        DemoCity c = DemoCity.generate(DemoScale.LARGE);
        assertEquals(350, c.districts.size());
        long associations = c.countOrganizations("NEIGHBORHOOD_ASSOCIATION");
        assertTrue(associations > 2700 && associations < 3400, associations + " associations");
        assertEquals(associations * 10, c.figures.size());
        assertEquals(3500, c.statistics.size());
        // the demo districts keep their codes and names in the large city
        DemoCity demo = DemoCity.generate(DemoScale.DEMO);
        Map<String, String> large = c.districts.stream()
                .collect(Collectors.toMap(DemoCity.DistrictRow::code, DemoCity.DistrictRow::name));
        demo.districts.forEach(d -> assertEquals(d.name(), large.get(d.code())));
    }

    @Test
    void sameSeedSameCity() {
        DemoCity a = DemoCity.generate(DemoScale.DEMO);
        DemoCity b = DemoCity.generate(DemoScale.DEMO);
        assertEquals(a.organizations, b.organizations);
        assertEquals(a.officers, b.officers);
        assertEquals(a.figures, b.figures);
    }

    @Test
    void scaleIsParsed() {
        assertEquals(DemoScale.DEMO, DemoScale.parse(null));
        assertEquals(DemoScale.LARGE, DemoScale.parse(" Large "));
        assertEquals(50, DemoScale.parse("2.5").districts());
        assertFalse(DemoCity.generate(DemoScale.parse("0.5")).districts.isEmpty());
        assertThrows(IllegalArgumentException.class, () -> DemoScale.parse("huge"));
    }

    private static long count(DemoCity c, String district, String kind) {
        return c.organizations.stream().filter(o -> district.equals(o.districtCode()) && o.kind().equals(kind)).count();
    }
}
