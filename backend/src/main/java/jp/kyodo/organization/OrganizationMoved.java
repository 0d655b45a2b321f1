package jp.kyodo.organization;

/**
 * Fired (synchronously, in the moving transaction) after an organization moved to another district and the change
 * was written (its row is locked until the commit): features that keep figures by district move the organization's
 * share, without the organization knowing them. A district is null for an organization outside every district.
 */
public record OrganizationMoved(long organizationId, Long fromDistrictId, Long toDistrictId) {
}
