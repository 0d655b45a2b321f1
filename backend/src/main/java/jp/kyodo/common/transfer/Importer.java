package jp.kyodo.common.transfer;

import java.util.List;
import jp.kyodo.common.transfer.TransferDtos.Action;

/**
 * Validates and applies the rows of one data set. {@link #plan} reads the stored records the rows name (in
 * bulk), checks every row with the same rules as the API and decides each row's action, without changing
 * anything; {@link #apply} then saves the changes of a plan without errors and writes the history.
 *
 * @param <S> what a valid row will store
 */
public interface Importer<S> {

    DatasetSpec dataset();

    List<Planned<S>> plan(List<ImportRow> rows);

    /**
     * Saves the rows of the plan that change something. It is given only valid rows: all of a file's rows, or in
     * {@link TransferDtos.ImportMode#PARTIAL} mode those that were not refused (with the rows that depend on a
     * refused one, {@link #dependsOn}, refused too).
     */
    void apply(List<Planned<S>> plan);

    /**
     * The row of the same file that a valid row needs saved first (a child naming a parent row), by its
     * {@link Planned#key()}; null when the row depends on no other row (the default). When that row is refused in
     * {@link TransferDtos.ImportMode#PARTIAL} mode, so is this one.
     */
    default Dependency dependsOn(S state) {
        return null;
    }

    /** A row's dependency on another row of the file: the row's column that names it, and that row's key. */
    public record Dependency(String column, String key) {
    }

    /** One row and what the import does with it; {@code state} is null for an INVALID row. */
    public record Planned<S>(ImportRow row, String key, Action action, List<String> changed, S state) {

        public static <S> Planned<S> invalid(ImportRow row, String key) {
            return new Planned<>(row, key, Action.INVALID, null, null);
        }

        /** CREATE when nothing is stored, UPDATE when a column changes, otherwise UNCHANGED. */
        public static <S> Planned<S> of(ImportRow row, String key, boolean exists, List<String> changed, S state) {
            Action action = !exists ? Action.CREATE : changed.isEmpty() ? Action.UNCHANGED : Action.UPDATE;
            return new Planned<>(row, key, action, action == Action.UPDATE ? List.copyOf(changed) : null, state);
        }

        public boolean changes() {
            return action == Action.CREATE || action == Action.UPDATE;
        }
    }
}
