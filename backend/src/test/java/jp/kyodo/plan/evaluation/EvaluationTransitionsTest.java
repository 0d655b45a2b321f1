package jp.kyodo.plan.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import jp.kyodo.common.error.ProblemException;
import org.junit.jupiter.api.Test;

/** 評価の状態: DRAFT → FINALIZED → PUBLISHED → SUPERSEDED, corrections as new revisions, nothing else. */
class EvaluationTransitionsTest {

    static final LocalDateTime T1 = LocalDateTime.of(2010, 7, 28, 16, 30);
    static final LocalDateTime T2 = LocalDateTime.of(2010, 8, 20, 10, 0);
    static final LocalDateTime T3 = LocalDateTime.of(2011, 3, 10, 10, 0);

    static Evaluation draft() {
        return Evaluation.draft(1, 12L, 2009, "A", "順調", "続けること", "member");
    }

    static Evaluation published() {
        Evaluation e = draft();
        e.finalize("member", T1);
        e.publish("office", T2);
        return e;
    }

    @Test
    void a_draft_goes_to_the_public_and_is_superseded_by_a_published_correction() {
        Evaluation e = draft();
        assertEquals(EvaluationState.DRAFT, e.state);
        assertEquals(1, e.revision);
        e.edit("B", "おおむね順調", null, "chair");
        assertEquals("chair", e.writtenBy);
        e.finalize("chair", T1);
        assertEquals(EvaluationState.FINALIZED, e.state);
        assertEquals(T1, e.finalizedAt);
        e.publish("office", T2);
        assertEquals(EvaluationState.PUBLISHED, e.state);
        assertEquals("office", e.publishedBy);

        Evaluation c = e.correction("  誤記の訂正 ", "chair");
        assertEquals(2, c.revision);
        assertEquals(EvaluationState.DRAFT, c.state);
        assertEquals("誤記の訂正", c.correctionReason);
        assertEquals("B", c.rating);
        assertEquals(e.initiativeId, c.initiativeId);
        assertNull(c.id);
        c.finalize("chair", T3);
        c.publish("office", T3);
        assertTrue(e.isSupersededBy(c));
        assertFalse(c.isSupersededBy(e));
        e.supersede(T3);
        assertEquals(EvaluationState.SUPERSEDED, e.state);
        assertEquals(T3, e.supersededAt);
    }

    @Test
    void only_a_draft_is_edited_or_finalized() {
        Evaluation e = published();
        assertThrows(IllegalStateException.class, () -> e.edit("C", null, null, "member"));
        assertThrows(IllegalStateException.class, () -> e.finalize("member", T3));
        assertEquals("A", e.rating);
    }

    @Test
    void only_a_finalized_evaluation_is_published_and_only_a_published_one_superseded() {
        assertThrows(IllegalStateException.class, () -> draft().publish("office", T2));
        assertThrows(IllegalStateException.class, () -> draft().supersede(T2));
        Evaluation e = published();
        assertThrows(IllegalStateException.class, () -> e.publish("office", T3));
        e.supersede(T3);
        assertThrows(IllegalStateException.class, () -> e.supersede(T3));
    }

    @Test
    void only_a_published_evaluation_is_corrected() {
        Evaluation e = draft();
        e.finalize("member", T1);
        ProblemException refused = assertThrows(ProblemException.class, () -> e.correction("理由", "member"));
        assertEquals(409, refused.type().status());
        assertEquals("Only a published evaluation can be corrected; revision 1 is FINALIZED", refused.getMessage());
    }

    @Test
    void a_correction_of_another_initiative_or_an_earlier_revision_supersedes_nothing() {
        Evaluation e = published();
        Evaluation other = Evaluation.draft(1, 13L, 2009, "A", null, null, "member");
        other.revision = 2;
        assertFalse(e.isSupersededBy(other));
        Evaluation opinion = Evaluation.draft(1, null, 2009, null, "総評", null, "member");
        opinion.revision = 2;
        assertFalse(e.isSupersededBy(opinion));
        assertFalse(e.isSupersededBy(e));
    }
}
