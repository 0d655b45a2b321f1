package jp.kyodo.request;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * An administrator in doubt: a kept organization count written wrong behind kyodo's back shows in the check, naming
 * the row, and makes a request's receiving organizations wrong; the rebuild recounts it and both are right again.
 */
@QuarkusTest
class KeptFiguresRebuildTest {

    @Inject
    EntityManager em;

    @Test
    void a_corrupted_kept_count_is_reported_by_the_check_and_fixed_by_the_rebuild() {
        long ward = Api.createWard();
        long district = Api.createDistrict(ward, "再計算校区", "さいけいさん");
        Api.createOrganization("NEIGHBORHOOD_ASSOCIATION", district, null, "再計算一町内会", "さいけいさんいち");
        Api.createOrganization("NEIGHBORHOOD_ASSOCIATION", district, null, "再計算二町内会", "さいけいさんに");
        long request = Api.createCityRequest(Api.cityRequest(Api.createSection("再計算局", "再計算課"), 2037,
                List.of(district), 6));
        String admin = Api.adminToken();
        Api.anonymous().get("/api/v1/city-requests/" + request).then().body("burden.receivingOrganizations", is(2));
        Api.as(admin).get("/api/v1/kept-figures/check").then().statusCode(200).body("exact", is(true));

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update kept_district_organizations"
                + " set organizations = 7 where district_id = :d and kind_code = 'NEIGHBORHOOD_ASSOCIATION'")
                .setParameter("d", district).executeUpdate());
        Api.anonymous().get("/api/v1/city-requests/" + request).then().body("burden.receivingOrganizations", is(7));
        Api.as(admin).get("/api/v1/kept-figures/check").then().statusCode(200).body("exact", is(false))
                .body("figures.find { it.name == 'receiving organizations' }.differences", hasItem(
                        "kept_district_organizations kind NEIGHBORHOOD_ASSOCIATION, district_id " + district
                                + ": kept 7, recomputed 2"));

        Api.as(admin).post("/api/v1/kept-figures/rebuild").then().statusCode(200)
                .body("figures.find { it.name == 'receiving organizations' }.rows", org.hamcrest.Matchers.greaterThan(0));
        Api.as(admin).get("/api/v1/kept-figures/check").then().statusCode(200).body("exact", is(true));
        Api.anonymous().get("/api/v1/city-requests/" + request).then().body("burden.receivingOrganizations", is(2));

        // only an administrator
        Api.as(Api.token(Api.OFFICE)).post("/api/v1/kept-figures/rebuild").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }
}
