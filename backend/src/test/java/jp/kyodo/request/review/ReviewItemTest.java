package jp.kyodo.request.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.error.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A review item's steps, and the 409 of each step out of order (the item left unchanged). */
class ReviewItemTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2025-07-01T10:00:00+09:00");

    private static ReviewItem in(ItemState state) {
        ReviewItem i = ReviewItem.notStarted(new ReviewCycle(), null);
        i.state = state;
        return i;
    }

    private static void conflict(String message, Runnable step) {
        ProblemException e = assertThrows(ProblemException.class, step::run);
        assertEquals(ProblemType.CONFLICT, e.type());
        assertEquals(409, e.type().status());
        assertEquals(message, e.getMessage());
    }

    @Test
    void the_steps_in_order() {
        ReviewItem i = ReviewItem.notStarted(new ReviewCycle(), null);
        assertEquals(ItemState.NOT_STARTED, i.state);
        assertEquals(1, i.version);
        i.selfAssess("  回覧を年1回に  ", Decision.LIGHTEN, "dept", AT);
        assertEquals(ItemState.SELF_ASSESSED, i.state);
        assertEquals("回覧を年1回に", i.selfAssessment);
        i.selfAssess("見直した", null, "dept", AT); // assessed again before the decision
        assertNull(i.proposedDecision);
        i.decide(Decision.COMPENSATE, " 費用弁償 ", null, 2026, 5000L, 20L, "office", AT);
        assertEquals(ItemState.DECIDED, i.state);
        assertEquals("費用弁償", i.decisionReason);
        assertEquals(5000L, i.compensationFlat);
        i.decide(Decision.KEEP, "継続", null, 2026, null, null, "office", AT); // re-deciding
        assertNull(i.compensationFlat);
        assertEquals(Decision.KEEP, i.decision);
        i.carryOut("反映済み", "office", AT);
        assertEquals(ItemState.CARRIED_OUT, i.state);
        assertEquals("office", i.carriedOutBy);
    }

    @ParameterizedTest
    @CsvSource({"DECIDED", "CARRIED_OUT"})
    void no_self_assessment_once_decided(ItemState state) {
        ReviewItem i = in(state);
        conflict("The office has already decided; the self-assessment can no longer change",
                () -> i.selfAssess("x", null, "dept", AT));
        assertEquals(state, i.state);
        assertNull(i.selfAssessment);
    }

    @Test
    void no_decision_before_the_self_assessment_nor_after_carrying_out() {
        ReviewItem fresh = in(ItemState.NOT_STARTED);
        conflict("The section has not assessed this request yet; a decision follows the self-assessment",
                () -> fresh.decide(Decision.ABOLISH, "x", null, 2026, null, null, "office", AT));
        assertNull(fresh.decision);
        ReviewItem done = in(ItemState.CARRIED_OUT);
        conflict("The decision has been carried out and can no longer change", done::requireDecidable);
        conflict("The decision has been carried out and can no longer change",
                () -> done.decide(Decision.ABOLISH, "x", null, 2026, null, null, "office", AT));
        assertEquals(ItemState.CARRIED_OUT, done.state);
    }

    @ParameterizedTest
    @CsvSource({"NOT_STARTED", "SELF_ASSESSED", "CARRIED_OUT"})
    void only_a_decided_item_is_carried_out(ItemState state) {
        ReviewItem i = in(state);
        conflict("Only a decided request can be carried out", () -> i.carryOut("x", "office", AT));
        assertEquals(state, i.state);
        conflict("Only a decided request can be carried out", () -> ReviewItem.requireDecided(null));
    }
}
