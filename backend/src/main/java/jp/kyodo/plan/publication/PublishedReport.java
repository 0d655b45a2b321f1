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
    /** The snapshot (JSON), compact as the API's mapper writes it, without {@code revisions}. */
    public String content;
    /** The digest of {@link #content} (UTF-8), part of the public answer's ETag; null only until the startup fills it. */
    public String contentDigest;
    /** Where in {@link #content} (a char index) the public answer inserts {@code ,"revisions":[…]}. */
    public Integer revisionsAt;
}
