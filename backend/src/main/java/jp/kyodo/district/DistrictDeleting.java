package jp.kyodo.district;

/**
 * Fired (synchronously, in the deleting transaction) when a district is about to be deleted, after its version
 * was checked: features that keep records in a district refuse (by throwing) or clean up, without the district
 * knowing them.
 */
public record DistrictDeleting(long districtId) {
}
