package jp.kyodo.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import jp.kyodo.common.error.ProblemException;

/** Who is calling, and the scope rules that follow from it. */
@RequestScoped
public class CurrentUser {

    public static final String ATTR_USER_ID = "kyodo.userId";
    public static final String ATTR_DISTRICTS = "kyodo.districtIds";
    public static final String ATTR_DISPLAY_NAME = "kyodo.displayName";
    public static final String ATTR_SECTION_ID = "kyodo.sectionId";

    @Inject
    SecurityIdentity identity;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public String username() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The name people know the user by (the account's display name; the username when there is none). */
    public String displayName() {
        Object name = identity.isAnonymous() ? null : identity.getAttribute(ATTR_DISPLAY_NAME);
        return name == null ? username() : name.toString();
    }

    public Long userId() {
        return identity.getAttribute(ATTR_USER_ID);
    }

    public String role() {
        return identity.getRoles().stream().findFirst().orElse(null);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdminOrOffice() {
        return hasRole(Roles.ADMIN) || hasRole(Roles.OFFICE);
    }

    /** ADMIN or OFFICE, signed in. */
    public boolean isOffice() {
        return !isAnonymous() && isAdminOrOffice();
    }

    /** A 原課 (DEPARTMENT) user. */
    public boolean isDepartment() {
        return !isAnonymous() && hasRole(Roles.DEPARTMENT);
    }

    /** The section (課) of the user's account, or null (not a department user, or not given one yet). */
    public Long sectionId() {
        return identity.getAttribute(ATTR_SECTION_ID);
    }

    /** True when the caller is the office, or a department user of one of {@code sectionIds}. */
    public boolean isOfficeOrSectionOf(java.util.Collection<Long> sectionIds) {
        if (isOffice()) {
            return true;
        }
        Long own = sectionId();
        return isDepartment() && own != null && sectionIds.contains(own);
    }

    @SuppressWarnings("unchecked")
    public Set<Long> districtIds() {
        Set<Long> ids = identity.getAttribute(ATTR_DISTRICTS);
        return ids == null ? Set.of() : ids;
    }

    /** Registry edits: admin and office everywhere, a liaison only in the districts assigned today. */
    public boolean canEditDistrict(Long districtId) {
        if (isAdminOrOffice()) {
            return true;
        }
        return hasRole(Roles.LIAISON) && districtId != null && districtIds().contains(districtId);
    }

    /** Personal data of officers and contacts: office and admin; a liaison for their own districts. */
    public boolean canSeePersonalData(Long districtId) {
        return canEditDistrict(districtId);
    }

    public void requireEditDistrict(Long districtId) {
        if (!canEditDistrict(districtId)) {
            throw ProblemException.forbidden("Only the office, or a liaison assigned to this district, may change it");
        }
    }
}
