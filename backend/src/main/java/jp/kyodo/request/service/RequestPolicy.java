package jp.kyodo.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.security.CurrentUser;

/** Who may do what with requests: the office everything, a DEPARTMENT user their own section's. */
@ApplicationScoped
public class RequestPolicy {

    @Inject
    CurrentUser caller;

    /** Drafts are seen by the office and by the issuing section only. */
    public boolean canSeeDraftOf(Long requestSectionId) {
        return requestSectionId == null ? caller.isOffice() : caller.isOfficeOrSectionOf(List.of(requestSectionId));
    }

    public boolean canWrite(Long requestSectionId) {
        return canSeeDraftOf(requestSectionId);
    }

    public void requireWrite(Long requestSectionId) {
        if (caller.isOffice()) {
            return;
        }
        if (caller.isDepartment() && caller.sectionId() == null) {
            throw ProblemException.forbidden("Your account belongs to no section (課); an admin must set it before you can write requests");
        }
        if (!canWrite(requestSectionId)) {
            throw ProblemException.forbidden("A department may write only its own section's requests");
        }
    }
}
