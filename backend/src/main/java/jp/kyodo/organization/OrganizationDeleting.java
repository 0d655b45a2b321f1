package jp.kyodo.organization;

/**
 * Fired (synchronously, in the deleting transaction) when an organization is about to be deleted, after its
 * version and its children were checked: features that keep records of an organization delete them, without the
 * organization knowing them.
 */
public record OrganizationDeleting(long organizationId) {
}
