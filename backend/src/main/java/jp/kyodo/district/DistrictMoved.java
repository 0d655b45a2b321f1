package jp.kyodo.district;

/**
 * Fired (synchronously, in the moving transaction) after a district moved to another ward and the change was
 * written (its row is locked until the commit): features that keep figures by ward move the district's share,
 * without the district knowing them.
 */
public record DistrictMoved(long districtId, long fromWardId, long toWardId) {
}
