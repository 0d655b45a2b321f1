package jp.kyodo.request.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jp.kyodo.account.AppUser;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.security.Roles;

/** What the caller may do with requests: the office everything, a DEPARTMENT user their own section's. */
@RequestScoped
public class Caller {

    @Inject
    CurrentUser currentUser;

    private boolean loaded;
    private Long sectionId;

    public boolean isOffice() {
        return !currentUser.isAnonymous() && currentUser.isAdminOrOffice();
    }

    public boolean isDepartment() {
        return !currentUser.isAnonymous() && currentUser.hasRole(Roles.DEPARTMENT);
    }

    public String username() {
        return currentUser.username();
    }

    /** The section of a DEPARTMENT user (null for others, or for a department user not yet given one). */
    public Long sectionId() {
        if (!loaded) {
            loaded = true;
            if (isDepartment() && currentUser.userId() != null) {
                AppUser u = AppUser.findById(currentUser.userId());
                sectionId = u == null ? null : u.sectionId;
            }
        }
        return sectionId;
    }

    /** Drafts are seen by the office and by the issuing section only. */
    public boolean canSeeDraftOf(Long requestSectionId) {
        return isOffice() || (isDepartment() && requestSectionId != null && requestSectionId.equals(sectionId()));
    }

    public boolean canWrite(Long requestSectionId) {
        return canSeeDraftOf(requestSectionId);
    }

    public void requireWrite(Long requestSectionId) {
        if (isOffice()) {
            return;
        }
        if (isDepartment() && sectionId() == null) {
            throw ProblemException.forbidden("Your account belongs to no section (課); an admin must set it before you can write requests");
        }
        if (!canWrite(requestSectionId)) {
            throw ProblemException.forbidden("A department may write only its own section's requests");
        }
    }
}
