package jp.kyodo.request.rules;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.math.BigDecimal;

/** Thresholds of the warning rules: one row (id 1), edited by admins, read by every instance from the database. */
@Entity
@Table(name = "request_rule_setting")
public class RuleSetting extends PanacheEntityBase {
    @Id
    public Long id;
    public int minDeadlineDays;
    public BigDecimal effortThresholdHours;
    @Version
    public long version;

    public static RuleSetting current() {
        return findById(1L);
    }
}
