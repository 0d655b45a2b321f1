package jp.kyodo.organization;

/**
 * Fired (synchronously, in the writing transaction, after the change was flushed) whenever an organization was
 * created, deleted or changed in what places it — its kind, its district, its own ward column — by any writer (API,
 * import). Features that keep figures per kind, district or ward move them by the difference, without the
 * organization knowing them. {@code before} is null for a new organization, {@code after} null for a deleted one.
 * Bulk loads past Hibernate (the demo city) fire nothing: they rebuild the kept figures instead.
 */
public record OrganizationPlaced(Placement before, Placement after) {

    /** Where an organization stands: its kind, its district (null: none) and its own ward column (null: none). */
    public record Placement(String kindCode, Long districtId, Long wardId) {

        public static Placement of(Organization o) {
            return new Placement(o.kindCode, o.districtId(), o.ward == null ? null : o.ward.id);
        }
    }

    /** Whether the change moved the organization at all (an edit of its name does not). */
    public boolean moves() {
        return before == null ? after != null : !before.equals(after);
    }

    /**
     * Many placements at once (an import), fired once after its rows were written: observers apply the net
     * difference per place in a few statements instead of a few per row.
     */
    public record Many(java.util.List<OrganizationPlaced> changes) {
    }
}
