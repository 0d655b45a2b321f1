package jp.kyodo.common;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TimeZone;
import jp.kyodo.common.time.JapanClock;
import jp.kyodo.testing.Api;
import jp.kyodo.testing.MovableClock;
import org.junit.jupiter.api.Test;

/** "Today" is a Japanese date, whatever zone the server runs in. */
@QuarkusTest
class JapanClockTest {

    @Inject
    MovableClock clock;

    @Test
    void a_liaison_whose_assignment_ended_yesterday_loses_rights_at_midnight_in_japan_on_a_utc_server() {
        Api.Town town = Api.town("時計", "とけい");
        String username = Api.createUser(Api.LIAISON);
        long userId = Api.userId(username);
        // the last JST midnight (in the past, so the sessions made before and after stay valid)
        ZonedDateTime midnight = ZonedDateTime.now(JapanClock.ZONE).toLocalDate().atStartOfDay(JapanClock.ZONE);
        LocalDate lastDay = midnight.toLocalDate().minusDays(1);
        Api.as(Api.adminToken()).body(Map.of("userId", userId, "startsOn", lastDay.minusDays(30).toString(),
                "endsOn", lastDay.toString())).post("/api/v1/districts/" + town.districtId() + "/liaison-assignments")
                .then().statusCode(201);
        TimeZone jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            // 23:30 JST on the assignment's last day (14:30 UTC the same day): still the liaison
            clock.set(midnight.minusMinutes(30).toInstant());
            String before = Api.signIn(username, Api.PASSWORD);
            Api.as(before).get("/api/v1/me").then().statusCode(200).body("districtIds", hasItem((int) town.districtId()));
            Api.as(before).get("/api/v1/organizations/" + town.associationIds().get(0)).then().statusCode(200)
                    .body("permissions.canEdit", org.hamcrest.Matchers.is(true));

            // 00:30 JST the next day (still 15:30 UTC on the last day): no longer
            clock.set(midnight.plusMinutes(30).toInstant());
            Api.as(before).get("/api/v1/me").then().statusCode(200)
                    .body("districtIds", not(hasItem((int) town.districtId())));
            Api.putFigures(before, town.associationIds().get(0), 2025, 100, 95, "\"0\"").then().statusCode(403)
                    .contentType("application/problem+json");
        } finally {
            clock.reset();
            TimeZone.setDefault(jvmZone);
        }
    }
}
