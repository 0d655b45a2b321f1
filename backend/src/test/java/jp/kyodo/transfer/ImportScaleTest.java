package jp.kyodo.transfer;

import static jp.kyodo.transfer.Transfer.districtCode;
import static jp.kyodo.transfer.Transfer.importCsv;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.Api.Town;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Large files: the stored records a file names are loaded in bulk, so checking a file costs a handful of
 * queries whatever its size, and saving it one insert or update per changed row plus its history entry.
 */
@QuarkusTest
class ImportScaleTest {

    static final int ASSOCIATIONS = 1_500;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void thousands_of_rows_are_checked_with_a_few_queries_and_saved_without_n_plus_one() {
        Town t = Api.town("大量", "たいりょう");
        String dc = districtCode(t.districtId());
        String council = Transfer.orgCode(t.councilId());
        String prefix = Api.unique("BULK");
        StringBuilder orgs = new StringBuilder("code,kind,name,kana,districtCode,parentCode\r\n");
        for (int i = 0; i < ASSOCIATIONS; i++) {
            orgs.append(prefix).append('-').append(i).append(",NEIGHBORHOOD_ASSOCIATION,大量町内会").append(i)
                    .append(",たいりょうちょうないかい,").append(dc).append(',').append(council).append("\r\n");
        }
        long checked = statements(() -> importCsv("organizations", orgs.toString(), true).then().statusCode(200)
                .body("counts.created", is(ASSOCIATIONS)));
        assertTrue(checked <= 20, "dry run of " + ASSOCIATIONS + " organizations took " + checked + " statements");
        long saved = statements(() -> importCsv("organizations", orgs.toString(), false).then().statusCode(200)
                .body("counts.created", is(ASSOCIATIONS)));
        assertTrue(saved <= 2L * ASSOCIATIONS + 20, "import of " + ASSOCIATIONS + " organizations took " + saved
                + " statements");
        // the kept receiver counts and burden moved once for the file, and exactly
        Api.as(Api.adminToken()).get("/api/v1/kept-figures/check").then().statusCode(200).body("exact", is(true));

        StringBuilder figures = new StringBuilder("organizationCode,fiscalYear,households,memberHouseholds,areaCountMethod\r\n");
        for (int i = 0; i < ASSOCIATIONS; i++) {
            for (int fy = 2024; fy <= 2025; fy++) {
                figures.append(prefix).append('-').append(i).append(',').append(fy).append(",100,").append(50 + i % 50)
                        .append(",RESIDENT_REGISTRY\r\n");
            }
        }
        int rows = 2 * ASSOCIATIONS;
        long figuresChecked = statements(() -> importCsv("membership-figures", figures.toString(), true).then()
                .statusCode(200).body("counts.created", is(rows)));
        assertTrue(figuresChecked <= 20, "dry run of " + rows + " figures took " + figuresChecked + " statements");
        long figuresSaved = statements(() -> importCsv("membership-figures", figures.toString(), false).then()
                .statusCode(200).body("counts.created", is(rows)));
        assertTrue(figuresSaved <= 2L * rows + 20, "import of " + rows + " figures took " + figuresSaved + " statements");
        long again = statements(() -> importCsv("membership-figures", figures.toString(), false).then()
                .statusCode(200).body("counts.unchanged", is(rows)));
        assertTrue(again <= 20, "re-import of " + rows + " unchanged figures took " + again + " statements");
        System.out.printf("statements: organizations %d checked / %d saved; figures %d checked / %d saved / %d again%n",
                checked, saved, figuresChecked, figuresSaved, again);
    }

    /** JDBC statements the server prepared while the call ran (sign-in checks included). */
    private long statements(Supplier<?> call) {
        Statistics stats = sessionFactory.getStatistics();
        boolean enabled = stats.isStatisticsEnabled();
        stats.setStatisticsEnabled(true);
        stats.clear();
        try {
            call.get();
            return stats.getPrepareStatementCount();
        } finally {
            stats.setStatisticsEnabled(enabled);
        }
    }
}
