package jp.kyodo.plan.publication;

import jakarta.persistence.Entity;
import java.time.LocalDateTime;
import jp.kyodo.common.persistence.IdentityEntity;

/**
 * 公表 — one published revision of a plan's year: the {@link PublicationDtos.PublicReport} as JSON, never changed
 * after it is written. The public side reads nothing else.
 */
@Entity
public class PublishedReport extends IdentityEntity {

    public long planId;
    public int fiscalYear;
    public int revision;
    public String publishedBy;
    /** Japan local time. */
    public LocalDateTime publishedAt;
    public String note;
    /** The snapshot (JSON). */
    public String content;
}
