package jp.kyodo.common.workspace;

import java.time.LocalDate;
import jp.kyodo.common.web.Nullable;

/**
 * One thing a liaison has to do in one of their districts (やること): a follow-up due, a voice waiting for an answer,
 * an association without this year's figures, an officer term ending, a request deadline, … Sources are features'
 * CDI beans ({@link WorkItemSource}); the workspace merges them and sorts by due date.
 *
 * @param kind      stable key of the kind of item (e.g. {@code FOLLOW_UP}, {@code VOICE}, {@code FIGURES_MISSING},
 *                  {@code TERM_ENDING}, {@code REQUEST_DEADLINE}); the SPA turns it into words
 * @param districtId the district the item belongs to
 * @param due       when it is due, or null when it has no date (e.g. figures missing for the FY)
 * @param title     what it is about, in the words the office uses (a name, a subject) — not a sentence template
 * @param link      the SPA path where it is done (e.g. {@code /activities/12})
 * @param subjectId the id of the record the item is about (for de-duplication), or null
 */
public record WorkItem(String kind, long districtId, @Nullable LocalDate due, String title, String link,
        @Nullable Long subjectId) {
}
