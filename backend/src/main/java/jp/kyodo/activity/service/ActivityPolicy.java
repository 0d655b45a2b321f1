package jp.kyodo.activity.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Objects;
import jp.kyodo.activity.Activity;
import jp.kyodo.activity.FollowUp;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.security.Roles;

/**
 * Who may read and write activity records. The office (ADMIN, OFFICE) reads and writes all. A liaison writes a record
 * only when every district it names is assigned to them today, and reads the records naming one of their districts
 * and the ones they wrote. A department user reads the records naming their section. Nobody else reads any: the
 * summaries may hold personal data.
 */
@RequestScoped
public class ActivityPolicy {

    @Inject
    CurrentUser user;

    public boolean isOffice() {
        return user.isOffice();
    }

    public boolean isLiaison() {
        return !user.isAnonymous() && user.hasRole(Roles.LIAISON);
    }

    public boolean canRead(Activity a) {
        if (user.isOffice()) {
            return true;
        }
        if (isLiaison()) {
            return Objects.equals(a.createdById, user.userId())
                    || a.districts.stream().anyMatch(d -> user.districtIds().contains(d.id));
        }
        return user.isDepartment() && user.sectionId() != null && a.sectionIds.contains(user.sectionId());
    }

    /** Office, or a liaison of every district of the record. */
    public boolean canEdit(Activity a) {
        return canWriteFor(a.districts.stream().map(d -> d.id).toList());
    }

    public boolean canWriteFor(Collection<Long> districtIds) {
        if (user.isOffice()) {
            return true;
        }
        return isLiaison() && !districtIds.isEmpty() && user.districtIds().containsAll(districtIds);
    }

    /** Marking a follow-up done: whoever may edit the record, and the responsible account. */
    public boolean canMark(FollowUp f) {
        return canEdit(f.activity) || (!user.isAnonymous() && Objects.equals(f.responsibleId, user.userId()));
    }

    public void requireWriteFor(Collection<Long> districtIds) {
        if (!canWriteFor(districtIds)) {
            throw ProblemException.forbidden(
                    "Only the office, or a liaison assigned to every district of the record, may write it");
        }
    }
}
