package jp.kyodo.common.workspace;

import java.time.LocalDate;
import java.util.List;

/**
 * A feature's contribution to the office's worklist (事務局のやること): what belongs to no single district. CDI beans,
 * discovered by the workspace; each call is one or a few set-based statements.
 */
public interface OfficeWorkItemSource {

    /** The open items overdue or due within {@code horizonDays} of {@code today} (undated items always). */
    List<OfficeWorkItem> officeItems(LocalDate today, int horizonDays);
}
