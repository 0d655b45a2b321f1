package jp.kyodo.plan.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** 評価の尺度 — one grade of the rating scale (default A 順調, B おおむね順調, C やや遅れ, D 遅れ). */
@Entity
public class RatingGrade extends PanacheEntityBase {

    @Id
    public String code;
    public int position;
    public String labelJa;
    public String labelEn;
    public String descriptionJa;
    public String descriptionEn;
}
