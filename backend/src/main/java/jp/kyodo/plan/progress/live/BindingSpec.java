package jp.kyodo.plan.progress.live;

import java.util.List;
import jp.kyodo.membership.service.MembershipService.Level;
import jp.kyodo.plan.progress.Binding;

/**
 * One binding a source computes: its key, its name in Japanese and English (the default name of an indicator bound
 * to it), its unit and the scope levels it is computed for.
 */
public record BindingSpec(Binding code, String ja, String en, String unit, List<Level> scopeLevels) {

    public BindingSpec(String code, String ja, String en, String unit, List<Level> scopeLevels) {
        this(Binding.of(code), ja, en, unit, List.copyOf(scopeLevels));
    }
}
