package jp.kyodo.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import org.junit.jupiter.api.Test;

/**
 * 連動指標 plug in as sources: the bindings listed are those the sources declare, the contract documents exactly
 * those keys, and a key no source declares is refused like a wrong enum value.
 */
@QuarkusTest
class IndicatorBindingSourcesTest {

    @Test
    void the_contract_lists_exactly_the_keys_the_sources_declare() {
        List<String> served = Api.as(Api.token(Api.LIAISON)).queryParam("size", 200).get("/api/v1/indicator-bindings").then()
                .statusCode(200).extract().jsonPath().getList("items.code");
        List<String> documented = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath()
                .getList("components.schemas.IndicatorBindingCode.enum");
        assertEquals(documented, served);
    }

    @Test
    void a_binding_no_source_declares_is_refused_as_a_wrong_value() {
        long plan = Plans.plan(1980, 1981);
        long pillar = Plans.node(plan, null, "PILLAR", "Ⅰ", "連動指標の鍵");
        long initiative = Plans.initiativeId(plan, pillar, "鍵の確認", List.of(Plans.target("START", 1980)));
        Map<String, Object> body = Plans.report(1980, 0, "IN_PROGRESS");
        body.put("indicators", List.of(Plans.indicator("NO_SUCH_BINDING", null, null, 1)));
        Api.as(Plans.office()).body(body).post("/api/v1/initiatives/" + initiative + "/progress-reports").then().statusCode(400)
                .body("errors[0].field", is("indicators[0].binding")).body("errors[0].code", is("Format"));
        body.put("indicators", List.of(Plans.indicator("REQUEST_HOURS", null, null, 1)));
        Api.as(Plans.office()).body(body).post("/api/v1/initiatives/" + initiative + "/progress-reports").then().statusCode(201)
                .body("indicators[0].binding", is("REQUEST_HOURS")).body("indicators[0].name", is("依頼等による地域の負担時間"))
                .body("indicators[0].unit", is("時間")).body("indicators[0].live", is(true));
    }
}
