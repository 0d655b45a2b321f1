package jp.kyodo.common.transfer;

import jakarta.validation.ConstraintViolation;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.kyodo.common.error.FieldProblem;
import jp.kyodo.common.text.Strings;
import jp.kyodo.common.transfer.TransferDtos.RowError;

/**
 * One data row of an uploaded file: its number as Excel shows it, its cells by column key (only the columns
 * the file has), and the problems found in it. The typed getters parse a cell and record a problem when it
 * cannot be read, so that the rules are then checked only on what could be read.
 */
public final class ImportRow {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu[-][/]M[-][/]d")
            .withResolverStyle(ResolverStyle.STRICT);

    private final int number;
    private final Map<String, String> cells;
    private final boolean csv;
    private final List<RowError> errors = new ArrayList<>();
    private final Set<String> columnsWithErrors = new HashSet<>();

    public ImportRow(int number, Map<String, String> cells, boolean csv) {
        this.number = number;
        this.cells = cells;
        this.csv = csv;
    }

    public int number() {
        return number;
    }

    /** Whether the file has this column at all (a column left out keeps the stored values). */
    public boolean has(String column) {
        return cells.containsKey(column);
    }

    /** The cell as trimmed text, or null when blank or absent. */
    public String text(String column) {
        String raw = cells.get(column);
        return Strings.blankToNull(csv ? FormulaGuard.unprotect(raw) : raw);
    }

    public Integer integer(String column) {
        String t = text(column);
        if (t == null) {
            return null;
        }
        String n = Normalizer.normalize(t, Normalizer.Form.NFKC).replace(",", "").strip();
        try {
            return new BigDecimal(n).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            error(column, "must be a whole number", "Integer");
            return null;
        }
    }

    public LocalDate date(String column) {
        String t = text(column);
        if (t == null) {
            return null;
        }
        String n = Normalizer.normalize(t, Normalizer.Form.NFKC).strip();
        try {
            return LocalDate.parse(n, DATE);
        } catch (DateTimeParseException e) {
            error(column, "must be a date yyyy-MM-dd", "Date");
            return null;
        }
    }

    /** true/false, TRUE/FALSE, 1/0, yes/no, はい/いいえ; blank is false (the stored flags are never unknown). */
    public boolean bool(String column) {
        String t = text(column);
        if (t == null) {
            return false;
        }
        String n = Normalizer.normalize(t, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        switch (n) {
            case "true", "1", "yes", "y", "はい", "○", "〇" -> {
                return true;
            }
            case "false", "0", "no", "n", "いいえ", "×" -> {
                return false;
            }
            default -> {
                error(column, "must be true or false (also 1/0, はい/いいえ)", "Boolean");
                return false;
            }
        }
    }

    /**
     * Checks the row's expected version ({@link DatasetSpec#VERSION}, when the file has the column and the cell is
     * not blank) against the stored record's: another version means the record was changed since the file was
     * exported, and the row is refused ({@code Stale}) so that it cannot overwrite that change; a version on a row
     * that names no stored record is refused too ({@code VersionOnCreate}): it was meant for a record that is gone.
     *
     * @param stored the stored record's version, or null when the row creates a record
     */
    public void expectVersion(Long stored) {
        if (!has(DatasetSpec.VERSION)) {
            return;
        }
        Integer expected = integer(DatasetSpec.VERSION);
        if (expected == null) {
            return;
        }
        if (stored == null) {
            error(DatasetSpec.VERSION, "no stored record has this row's key, so the row cannot carry a version"
                    + " (the record may have been deleted); leave the cell blank to create it", "VersionOnCreate");
        } else if (stored != expected.longValue()) {
            error(DatasetSpec.VERSION, "changed since it was exported: stored version " + stored + ", the file has "
                    + expected + "; export again and redo the change", "Stale");
        }
    }

    public void error(String column, String message, String code) {
        errors.add(new RowError(number, column, message, code));
        if (column != null) {
            columnsWithErrors.add(column);
        }
    }

    /**
     * Adds Bean Validation problems of the request built from this row, naming the file's columns
     * ({@code fieldToColumn} maps e.g. wardId → wardCode). A column that already has a problem (it could
     * not be read, or names nothing) gets no second one.
     */
    public void violations(Set<? extends ConstraintViolation<?>> violations, Map<String, String> fieldToColumn) {
        List<ConstraintViolation<?>> sorted = new ArrayList<>(violations);
        sorted.sort((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()));
        for (ConstraintViolation<?> v : sorted) {
            String field = v.getPropertyPath().toString();
            String code = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            problem(fieldToColumn.getOrDefault(field, field), v.getMessage(), code);
        }
    }

    /** Adds a service rule's problems (e.g. MembershipService.problems), naming the file's columns. */
    public void problems(List<FieldProblem> problems, Map<String, String> fieldToColumn) {
        for (FieldProblem p : problems) {
            problem(fieldToColumn.getOrDefault(p.field(), p.field()), p.message(), p.code());
        }
    }

    private void problem(String column, String message, String code) {
        if (columnsWithErrors.contains(column)) {
            return;
        }
        if (!has(column)) {
            message = "required for a new record, but the file has no column '" + column + "' (" + message + ")";
        }
        error(column, message, code);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean hasError(String column) {
        return columnsWithErrors.contains(column);
    }

    public List<RowError> errors() {
        return errors;
    }
}
