package jp.kyodo.activity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.activity.Activity;
import jp.kyodo.activity.ActivityAttachment;
import jp.kyodo.activity.ActivityConfig;
import jp.kyodo.activity.ActivityDtos.AttachmentResponse;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.persistence.Aggregate;
import jp.kyodo.common.persistence.Writes;
import jp.kyodo.common.security.CurrentUser;

/**
 * Files kept with an activity record, in the database beside it (so a backup holds both and any instance serves
 * them). Added and removed by whoever may edit the record; read by whoever may read it. Each addition and removal
 * shows in the record's history.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AttachmentService {

    /** Attachments per record. */
    static final int MAX_PER_RECORD = 20;

    static final Aggregate<ActivityAttachment> ATTACHMENT = Aggregate.<ActivityAttachment>of("ActivityAttachment",
            t -> t.id, t -> 0, AttachmentService::state).withParent("Activity", t -> t.activityId);

    @Inject
    EntityManager em;

    @Inject
    ActivityService activities;

    @Inject
    ActivityPolicy policy;

    @Inject
    CurrentUser currentUser;

    @Inject
    Writes writes;

    @Inject
    ActivityConfig config;

    @Inject
    Clock clock;

    static Map<String, Object> state(ActivityAttachment t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("filename", t.filename);
        m.put("mediaType", t.mediaType);
        m.put("sizeBytes", t.sizeBytes);
        return m;
    }

    public List<AttachmentResponse> list(long activityId) {
        activities.readable(activityId);
        return em.createQuery("select new jp.kyodo.activity.ActivityDtos$AttachmentResponse(t.id, t.activityId, t.filename,"
                + " t.mediaType, t.sizeBytes, t.uploadedAt, t.uploadedBy) from ActivityAttachment t"
                + " where t.activityId = :id order by t.id", AttachmentResponse.class).setParameter("id", activityId)
                .getResultList();
    }

    public ActivityAttachment download(long activityId, long attachmentId) {
        activities.readable(activityId);
        return find(activityId, attachmentId);
    }

    @Transactional
    public AttachmentResponse upload(long activityId, String filename, byte[] content) {
        Activity a = editable(activityId);
        UploadCheck.Checked checked = UploadCheck.check(filename, content, config.attachmentMaxSize().asLongValue());
        long count = em.createQuery("select count(t) from ActivityAttachment t where t.activityId = :id", Long.class)
                .setParameter("id", a.id).getSingleResult();
        if (count >= MAX_PER_RECORD) {
            throw ProblemException.conflict("A record keeps at most " + MAX_PER_RECORD + " files");
        }
        ActivityAttachment t = new ActivityAttachment();
        t.activityId = a.id;
        t.filename = checked.filename();
        t.mediaType = checked.mediaType();
        t.sizeBytes = content.length;
        t.content = content;
        t.uploadedAt = OffsetDateTime.now(clock);
        t.uploadedBy = currentUser.username();
        writes.create(ATTACHMENT, t);
        return new AttachmentResponse(t.id, t.activityId, t.filename, t.mediaType, t.sizeBytes, t.uploadedAt, t.uploadedBy);
    }

    @Transactional
    public void delete(long activityId, long attachmentId) {
        editable(activityId);
        writes.delete(ATTACHMENT, find(activityId, attachmentId));
    }

    private Activity editable(long activityId) {
        Activity a = activities.readable(activityId);
        if (!policy.canEdit(a)) {
            throw ProblemException.forbidden("Only the office, or a liaison assigned to every district of the record, may change its files");
        }
        return a;
    }

    private ActivityAttachment find(long activityId, long attachmentId) {
        ActivityAttachment t = ActivityAttachment.findById(attachmentId);
        if (t == null || t.activityId != activityId) {
            throw ProblemException.notFound("Attachment", attachmentId);
        }
        return t;
    }
}
