package jp.kyodo.common.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which budget a request counts against, the fixed windows, and the header fields' syntax. */
class RateLimitPolicyTest {

    static final RateLimitPolicy.Budgets CONFIG = new RateLimitPolicy.Budgets(600, 300, 30, 60);

    @Test
    void imports_and_exports_have_their_own_budget_whoever_calls() {
        assertEquals("transfer", RateLimitPolicy.of("/api/v1/imports/districts", true, CONFIG).name());
        assertEquals("transfer", RateLimitPolicy.of("/api/v1/exports/organizations", false, CONFIG).name());
        assertEquals(30, RateLimitPolicy.of("/api/v1/exports/organizations", true, CONFIG).quota());
        assertEquals("signed-in", RateLimitPolicy.of("/api/v1/exportsx", true, CONFIG).name());
        assertEquals("signed-in", RateLimitPolicy.of("/api/v1/districts", true, CONFIG).name());
        assertEquals("anonymous", RateLimitPolicy.of("/api/v1/districts", false, CONFIG).name());
        assertEquals(300, RateLimitPolicy.of("/api/v1/districts", false, CONFIG).quota());
    }

    @Test
    void windows_are_fixed_and_the_reset_counts_to_their_end() {
        RateLimitPolicy p = new RateLimitPolicy("signed-in", 600, 60);
        assertEquals(1_800_000_000L - 1_800_000_000L % 60, p.windowStart(1_800_000_000L));
        assertEquals(120, p.windowStart(179));
        assertEquals(180, p.windowStart(180));
        assertEquals(60, p.resetSeconds(180));
        assertEquals(1, p.resetSeconds(179));
    }

    @Test
    void header_fields_follow_the_draft_syntax() {
        RateLimitPolicy p = new RateLimitPolicy("signed-in", 600, 60);
        assertEquals("\"signed-in\";q=600;w=60", p.policyField());
        assertEquals("\"signed-in\";r=599;t=42", p.stateField(1, 42));
        assertEquals("\"signed-in\";r=0;t=5", p.stateField(700, 5));
        assertFalse(p.exceeded(600));
        assertTrue(p.exceeded(601));
    }
}
