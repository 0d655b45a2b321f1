package jp.kyodo.meeting.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import jp.kyodo.common.paging.JpqlWhere;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ExportFilter;
import jp.kyodo.common.transfer.Exporter;
import jp.kyodo.common.transfer.ValueLabels;
import jp.kyodo.meeting.CouncilMember;

/**
 * 出欠の出力 — the sign-in sheet of the chosen meetings (meetingId, bodyId, fiscalYear): every member of the body in
 * term on the meeting's day, with the attendance recorded (blank where none), in one statement, by meeting, seat
 * and name. Names only for callers who may read them.
 */
@ApplicationScoped
class AttendanceExporter implements Exporter {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Override
    public DatasetSpec dataset() {
        return AttendanceDataset.SPEC;
    }

    @Override
    public ValueLabels labels() {
        return ValueLabels.of(dataset()).column("status", AttendanceDataset.LABELS);
    }

    @Override
    public List<Object[]> rows(ExportFilter f) {
        JpqlWhere where = new JpqlWhere()
                .and("mt.id = :meeting", "meeting", f.id("meetingId"))
                .and("b.id = :body", "body", f.id("bodyId"))
                .and("mt.fiscalYear = :fy", "fy", f.integer("fiscalYear"));
        List<Object[]> found = where.list(em, "select mt.id, mt.number, b.nameJa, mt.title, mt.heldOn, x, s.title, a.status, a.version "
                + "from CouncilMeeting mt join mt.body b join CouncilMember x on x.body = b and x.termStart <= mt.heldOn "
                + "and (x.termEnd is null or x.termEnd >= mt.heldOn) join x.seat s left join fetch x.district left join fetch x.organization "
                + "left join MeetingAttendance a on a.meeting = mt and a.member = x",
                " order by mt.heldOn, b.sortOrder, mt.id, s.sortOrder, s.id, x.personKey, x.id", Object[].class);
        return found.stream().map(r -> {
            CouncilMember x = (CouncilMember) r[5];
            String meeting = r[3] != null ? (String) r[3] : (r[1] == null ? "" : "第" + r[1] + "回") + r[2];
            String representing = x.district != null ? x.district.name : x.organization != null ? x.organization.name : null;
            String name = currentUser.canSeePersonalData(x.personalDistrictId()) ? x.personName : null;
            return new Object[] {r[0], meeting, r[4], x.id, name, r[6], representing, r[7], r[8]};
        }).toList();
    }
}
