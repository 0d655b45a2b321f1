package jp.kyodo.district;

import java.util.List;

/**
 * Fired (synchronously, in the writing transaction) when districts move to another ward: once before the change is
 * written ({@code written} false) and once after it was flushed ({@code written} true), with the same moves, by every
 * writer (API, import). Features whose figures follow a district's ward (requests to whole wards, 区単位) take the
 * affected figures out before and put them back after, without the district knowing them.
 */
public record DistrictMoves(List<Move> moves, boolean written) {

    /** One district leaving one ward for another. */
    public record Move(long districtId, long fromWardId, long toWardId) {
    }
}
