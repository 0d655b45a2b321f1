package jp.kyodo.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.organization.service.OrganizationRules;
import org.junit.jupiter.api.Test;

/** The organization rules the API and the import share: each answers the problem, or null when it holds. */
class OrganizationRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

    static OrganizationKind kind(boolean districtScoped) {
        OrganizationKind k = new OrganizationKind();
        k.code = districtScoped ? "NEIGHBORHOOD_ASSOCIATION" : "WARD_GROUP";
        k.labelEn = districtScoped ? "Neighborhood association" : "Ward-level group";
        k.districtScoped = districtScoped;
        return k;
    }

    @Test
    void a_district_scoped_kind_needs_a_district() {
        assertEquals(new FieldProblem("districtId", "required for Neighborhood association", "NotNull"),
                OrganizationRules.districtRequired(kind(true), false));
        assertNull(OrganizationRules.districtRequired(kind(true), true), "a district was named");
        assertNull(OrganizationRules.districtRequired(kind(false), false), "a ward-level group needs none");
        assertNull(OrganizationRules.districtRequired(null, false), "an unknown kind is reported on its own");
    }

    @Test
    void a_parent_must_be_in_the_same_district() {
        assertEquals(new FieldProblem("parentId", "belongs to another district", "SameDistrict"),
                OrganizationRules.sameDistrict(2L, 1L));
        assertNull(OrganizationRules.sameDistrict(1L, 1L));
        assertNull(OrganizationRules.sameDistrict(null, 1L), "a parent outside any district");
        assertNull(OrganizationRules.sameDistrict(2L, null), "an organization outside any district");
    }

    @Test
    void a_cycle_is_refused() {
        assertEquals(new FieldProblem("parentId", "would make a cycle", "Cycle"), OrganizationRules.cycle(true));
        assertNull(OrganizationRules.cycle(false));
    }

    @Test
    void the_date_of_authorization_only_for_an_authorized_corporation() {
        assertEquals(new FieldProblem("legalEntitySince", "only for an authorized neighborhood corporation",
                "LegalEntity"), OrganizationRules.legalEntitySince(false, LocalDate.of(1998, 10, 1)));
        assertNull(OrganizationRules.legalEntitySince(true, LocalDate.of(1998, 10, 1)));
        assertNull(OrganizationRules.legalEntitySince(false, null));
    }

    @Test
    void no_founding_date_in_the_future() {
        assertEquals(new FieldProblem("foundedOn", "must not be in the future", "PastOrPresent"),
                OrganizationRules.foundedOn(TODAY.plusDays(1), TODAY));
        assertNull(OrganizationRules.foundedOn(TODAY, TODAY), "today is allowed");
        assertNull(OrganizationRules.foundedOn(null, TODAY));
    }
}
