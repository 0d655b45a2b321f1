package jp.kyodo.common.workspace;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * A feature's contribution to the liaison's worklist (やること) and district cards. Implementations are CDI beans
 * ({@code @ApplicationScoped}) discovered by the workspace, so features below it name no workspace code.
 * Each call is one or a few set-based queries over all {@code districtIds} — never one query per district.
 */
public interface WorkItemSource {

    /**
     * The open items of the given districts that are overdue or due within {@code horizonDays} of {@code today}
     * (undated items always), in any order.
     */
    List<WorkItem> items(Collection<Long> districtIds, LocalDate today, int horizonDays);
}
