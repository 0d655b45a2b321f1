package jp.kyodo.plan.progress;

import jakarta.persistence.Embeddable;

/** 根拠資料 — a link that backs a progress report (minutes, a leaflet, a web page). */
@Embeddable
public class ProgressEvidence {

    public String label;
    public String url;

    public ProgressEvidence() {
    }

    public ProgressEvidence(String label, String url) {
        this.label = label;
        this.url = url;
    }
}
