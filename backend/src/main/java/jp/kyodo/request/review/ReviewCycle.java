package jp.kyodo.request.review;

import jakarta.persistence.*;
import jp.kyodo.common.persistence.VersionedEntity;

/** 見直し — the review of one fiscal year's requests, measured against a baseline year. */
@Entity
public class ReviewCycle extends VersionedEntity {
    public int fiscalYear;
    public int baselineYear;
    public String title;
    /** OPEN or CLOSED (closed: no more assessments or decisions). */
    public String status;
    public String note;
}
