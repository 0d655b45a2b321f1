package jp.kyodo.activity;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import jp.kyodo.common.time.JapanClock;
import jp.kyodo.common.workspace.WorkItemSource;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.DemoCityProfile;
import org.junit.jupiter.api.Test;

/** The demo city comes with an activity log for the demo liaisons' districts, dated from today. */
@QuarkusTest
@TestProfile(DemoCityProfile.class)
class DemoActivitiesTest {

    @Inject
    Instance<WorkItemSource> sources;

    @Test
    void the_demo_liaison_has_records_in_each_district_and_follow_ups_overdue_on_the_worklist() {
        String liaison = Api.signIn("liaison", "liaison-demo-pass");
        List<Integer> districts = Api.as(liaison).get("/api/v1/me").then().extract().jsonPath().getList("districtIds");
        for (int d : districts) {
            Api.as(liaison).queryParam("districtId", d).get("/api/v1/activities").then().statusCode(200)
                    .body("total", is(8)).body("items.permissions.canEdit", everyItem(is(true)));
        }
        Api.as(liaison).queryParam("mine", true).queryParam("openFollowUps", true).get("/api/v1/activities").then()
                .body("total", greaterThan(0));
        LocalDate today = LocalDate.now(JapanClock.ZONE);
        var overdue = sources.stream().flatMap(s -> s.items(districts.stream().map(Integer::longValue).toList(), today, 7).stream())
                .filter(i -> i.due() != null && i.due().isBefore(today)).toList();
        assertFalse(overdue.isEmpty());
    }
}
