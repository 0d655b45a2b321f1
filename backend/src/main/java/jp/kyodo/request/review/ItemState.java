package jp.kyodo.request.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a request stands in a review cycle. */
@Schema(name = "ReviewItemState", description = "NOT_STARTED 未着手 → SELF_ASSESSED 自己評価済 → DECIDED 決定済 → CARRIED_OUT 実施済")
public enum ItemState {
    NOT_STARTED, SELF_ASSESSED, DECIDED, CARRIED_OUT
}
