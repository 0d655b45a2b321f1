package jp.kyodo.organization.service;

import java.time.LocalDate;
import java.util.Objects;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.organization.OrganizationKind;

/**
 * The rules an organization must satisfy beyond its request's Bean Validation, written once for the API
 * ({@link OrganizationService}) and the import (OrganizationImporter). Each rule answers null when it holds, or
 * the problem under the API's field name; the import names its columns instead (districtId → districtCode, …).
 * How the referenced records are found (by id in the API, by code in a file) stays with each path.
 */
public final class OrganizationRules {

    private OrganizationRules() {
    }

    /** Kinds scoped to a district (associations, councils) need one; a district that was named counts. */
    public static FieldProblem districtRequired(OrganizationKind kind, boolean districtNamed) {
        return kind != null && kind.districtScoped && !districtNamed
                ? new FieldProblem("districtId", "required for " + kind.labelEn, "NotNull")
                : null;
    }

    /** A parent in a district must be in the organization's own district. */
    public static FieldProblem sameDistrict(Long parentDistrictId, Long districtId) {
        return districtId != null && parentDistrictId != null && !Objects.equals(parentDistrictId, districtId)
                ? new FieldProblem("parentId", "belongs to another district", "SameDistrict")
                : null;
    }

    /** Following the parents upward leads back to the organization. */
    public static FieldProblem cycle(boolean makesCycle) {
        return makesCycle ? new FieldProblem("parentId", "would make a cycle", "Cycle") : null;
    }

    /** 認可日 only for an authorized neighborhood corporation (地縁団体). */
    public static FieldProblem legalEntitySince(boolean legalEntity, LocalDate legalEntitySince) {
        return legalEntitySince != null && !legalEntity
                ? new FieldProblem("legalEntitySince", "only for an authorized neighborhood corporation",
                        "LegalEntity")
                : null;
    }

    /** No founding date in the future. */
    public static FieldProblem foundedOn(LocalDate foundedOn, LocalDate today) {
        return foundedOn != null && foundedOn.isAfter(today)
                ? new FieldProblem("foundedOn", "must not be in the future", "PastOrPresent")
                : null;
    }
}
