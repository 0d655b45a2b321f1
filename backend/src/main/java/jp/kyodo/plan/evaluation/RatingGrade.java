package jp.kyodo.plan.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 評価の尺度 — one grade of the rating scale (default A 順調, B おおむね順調, C やや遅れ, D 遅れ). */
@Entity
@Table(name = "rating_grade")
public class RatingGrade extends PanacheEntityBase {

    @Id
    public String code;
    public int position;
    @Column(name = "label_ja")
    public String labelJa;
    @Column(name = "label_en")
    public String labelEn;
    @Column(name = "description_ja")
    public String descriptionJa;
    @Column(name = "description_en")
    public String descriptionEn;
}
