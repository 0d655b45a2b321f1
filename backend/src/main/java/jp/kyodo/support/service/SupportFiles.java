package jp.kyodo.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.activity.ActivityConfig;
import jp.kyodo.activity.service.UploadCheck;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.support.EventDtos.SupportFileResponse;
import jp.kyodo.support.GrantCase;
import jp.kyodo.support.GrantStep;
import jp.kyodo.support.SupportEvent;
import jp.kyodo.support.SupportFile;

/**
 * 書類 — files kept with a grant case's steps (application forms, results reports, inspection records) and with an
 * event (its materials), in the database beside them like an activity record's files, with the same checks: the type
 * judged by content (PDF, images, Word, Excel, PowerPoint), the configured size limit, at most 30 per case or event.
 * A case's files are read and added by whoever may read and prepare the case; an event's by every staff role, added
 * by those who manage it. Each addition and removal shows in the owner's history.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SupportFiles {

    static final int MAX_PER_OWNER = 30;

    static final Aggregate<SupportFile> FILE = Aggregate.<SupportFile>of("SupportFile", t -> t.id, t -> 0, SupportFiles::state)
            .withParent("GrantCase", t -> t.grantCaseId);

    static final Aggregate<SupportFile> EVENT_FILE = Aggregate.<SupportFile>of("SupportFile", t -> t.id, t -> 0, SupportFiles::state)
            .withParent("SupportEvent", t -> t.eventId);

    @Inject
    EntityManager em;

    @Inject
    Writes writes;

    @Inject
    CurrentUser currentUser;

    @Inject
    ActivityConfig config;

    @Inject
    Clock clock;

    @Inject
    GrantCases cases;

    @Inject
    SupportEvents events;

    static Map<String, Object> state(SupportFile t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", t.step);
        m.put("filename", t.filename);
        m.put("mediaType", t.mediaType);
        m.put("sizeBytes", t.sizeBytes);
        return m;
    }

    // ---- a grant case's documents ----------------------------------------------------------------------------

    public List<SupportFileResponse> caseFiles(long caseId) {
        cases.find(caseId);
        return list("grantCaseId", caseId);
    }

    public SupportFile caseFile(long caseId, long fileId) {
        cases.find(caseId);
        return find(fileId, caseId, null);
    }

    @Transactional
    public SupportFileResponse addToCase(long caseId, GrantStep step, String filename, byte[] content) {
        GrantCase c = cases.find(caseId);
        cases.requirePrepare(c);
        if (step == null) {
            throw ProblemException.invalid("step", "the step the document belongs to is needed", "Required");
        }
        SupportFile t = checked(filename, content, count("grantCaseId", caseId));
        t.grantCaseId = caseId;
        t.step = step;
        writes.create(FILE, t);
        return response(t);
    }

    @Transactional
    public void removeFromCase(long caseId, long fileId) {
        GrantCase c = cases.find(caseId);
        cases.requirePrepare(c);
        writes.delete(FILE, find(fileId, caseId, null));
    }

    // ---- an event's materials --------------------------------------------------------------------------------

    public List<SupportFileResponse> eventFiles(long eventId) {
        events.find(eventId);
        return list("eventId", eventId);
    }

    public SupportFile eventFile(long eventId, long fileId) {
        events.find(eventId);
        return find(fileId, null, eventId);
    }

    @Transactional
    public SupportFileResponse addToEvent(long eventId, String filename, byte[] content) {
        SupportEvent e = events.find(eventId);
        events.requireManage(e);
        SupportFile t = checked(filename, content, count("eventId", eventId));
        t.eventId = eventId;
        writes.create(EVENT_FILE, t);
        return response(t);
    }

    @Transactional
    public void removeFromEvent(long eventId, long fileId) {
        SupportEvent e = events.find(eventId);
        events.requireManage(e);
        writes.delete(EVENT_FILE, find(fileId, null, eventId));
    }

    // ---- shared ------------------------------------------------------------------------------------------------

    List<SupportFileResponse> list(String owner, long id) {
        return em.createQuery("select new jp.kyodo.support.EventDtos$SupportFileResponse(t.id, t.step, t.filename, t.mediaType, "
                + "t.sizeBytes, t.uploadedAt, t.uploadedBy) from SupportFile t where t." + owner + " = :id order by t.id",
                SupportFileResponse.class).setParameter("id", id).getResultList();
    }

    long count(String owner, long id) {
        return em.createQuery("select count(t) from SupportFile t where t." + owner + " = :id", Long.class)
                .setParameter("id", id).getSingleResult();
    }

    SupportFile find(long fileId, Long caseId, Long eventId) {
        SupportFile t = SupportFile.findById(fileId);
        if (t == null || caseId != null && !caseId.equals(t.grantCaseId) || eventId != null && !eventId.equals(t.eventId)) {
            throw ProblemException.notFound("SupportFile", fileId);
        }
        return t;
    }

    SupportFile checked(String filename, byte[] content, long existing) {
        UploadCheck.Checked checked = UploadCheck.check(filename, content, config.attachmentMaxSize().asLongValue());
        if (existing >= MAX_PER_OWNER) {
            throw ProblemException.conflict("A case or an event keeps at most " + MAX_PER_OWNER + " files");
        }
        SupportFile t = new SupportFile();
        t.filename = checked.filename();
        t.mediaType = checked.mediaType();
        t.sizeBytes = content.length;
        t.content = content;
        t.uploadedAt = OffsetDateTime.now(clock);
        t.uploadedBy = currentUser.username();
        return t;
    }

    static SupportFileResponse response(SupportFile t) {
        return new SupportFileResponse(t.id, t.step, t.filename, t.mediaType, t.sizeBytes, t.uploadedAt, t.uploadedBy);
    }
}
