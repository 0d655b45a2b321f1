package jp.kyodo.plan.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import jp.kyodo.membership.service.MembershipService.Level;
import jp.kyodo.plan.progress.live.BindingConverter;

/**
 * 指標 — a figure of a progress report: typed (target and actual), or bound to data the system holds ({@link #binding}),
 * then the actual is computed when read and never stored.
 */
@Embeddable
public class ProgressIndicator {

    public String name;
    public String unit;
    @Column(name = "target_value")
    public BigDecimal target;
    @Column(name = "actual_value")
    public BigDecimal actual;
    /** The key of what it is bound to ({@link jp.kyodo.plan.progress.live.LiveIndicatorSource}); null when typed. */
    @Convert(converter = BindingConverter.class)
    public Binding binding;
    @Enumerated(EnumType.STRING)
    public Level scopeLevel;
    public Long scopeId;
}
