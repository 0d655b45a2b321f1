package jp.kyodo.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The response check itself: it accepts what the contract declares and names what it does not. */
class ContractCheckTest {

    private final ContractCheck check = ContractCheck.get();

    @Test
    void a_matching_body_passes() {
        List<String> problems = check.check("GET", "/api/v1/wards/1", 200, "application/json",
                "{\"id\":1,\"code\":\"HGS\",\"name\":\"東区\",\"kana\":\"ひがしく\",\"createdAt\":\"2026-04-01T00:00:00Z\",\"updatedAt\":\"2026-04-01T00:00:00Z\",\"version\":0}");
        assertEquals(List.of(), problems);
    }

    @Test
    void a_missing_required_property_a_null_and_a_wrong_type_are_named() {
        List<String> missing = check.check("GET", "/api/v1/wards/1", 200, "application/json",
                "{\"id\":1,\"code\":\"HGS\",\"kana\":\"ひがしく\",\"createdAt\":\"2026-04-01T00:00:00Z\",\"updatedAt\":\"2026-04-01T00:00:00Z\",\"version\":0}");
        assertFalse(missing.isEmpty());
        assertTrue(missing.get(0).contains("name"), missing.toString());
        List<String> nulls = check.check("GET", "/api/v1/wards/1", 200, "application/json",
                "{\"id\":1,\"code\":null,\"name\":\"東区\",\"kana\":\"ひがしく\",\"createdAt\":\"2026-04-01T00:00:00Z\",\"updatedAt\":\"2026-04-01T00:00:00Z\",\"version\":0}");
        assertFalse(nulls.isEmpty(), "null where the contract says string");
        List<String> type = check.check("GET", "/api/v1/wards/1", 200, "application/json",
                "{\"id\":\"1\",\"code\":\"HGS\",\"name\":\"東区\",\"kana\":\"ひがしく\",\"createdAt\":\"2026-04-01T00:00:00Z\",\"updatedAt\":\"2026-04-01T00:00:00Z\",\"version\":0}");
        assertFalse(type.isEmpty(), "string where the contract says integer");
    }

    @Test
    void problems_are_checked_against_the_shared_error_responses() {
        assertEquals(List.of(), check.check("GET", "/api/v1/wards/999", 404, "application/problem+json",
                "{\"type\":\"https://kyodo.example/problems/not-found\",\"title\":\"Not found\",\"status\":404,\"detail\":\"No ward 999\",\"instance\":\"/api/v1/wards/999\"}"));
        assertFalse(check.check("GET", "/api/v1/wards/999", 404, "application/problem+json",
                "{\"title\":3}").isEmpty());
    }

    @Test
    void an_undocumented_status_is_a_problem() {
        assertFalse(check.check("GET", "/api/v1/wards", 418, "application/json", "{}").isEmpty());
    }
}
