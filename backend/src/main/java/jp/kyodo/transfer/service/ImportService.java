package jp.kyodo.transfer.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kyodo.common.persistence.NoAutoFlush;
import jp.kyodo.common.audit.AuditService;
import jp.kyodo.common.error.ProblemException;
import jp.kyodo.common.security.CurrentUser;
import jp.kyodo.common.text.TextNormalizer;
import jp.kyodo.common.transfer.Column;
import jp.kyodo.common.transfer.DatasetSpec;
import jp.kyodo.common.transfer.ImportRow;
import jp.kyodo.common.transfer.Importer;
import jp.kyodo.common.transfer.Imports;
import jp.kyodo.common.transfer.Table;
import jp.kyodo.common.transfer.TransferDtos.Action;
import jp.kyodo.common.transfer.TransferDtos.Counts;
import jp.kyodo.common.transfer.TransferDtos.ImportMode;
import jp.kyodo.common.transfer.TransferDtos.ImportReport;
import jp.kyodo.common.transfer.TransferDtos.RowError;
import jp.kyodo.common.transfer.TransferDtos.RowResult;
import jp.kyodo.common.transfer.Upload;
import jp.kyodo.common.transfer.Uploads;
import org.apache.poi.ss.util.CellReference;
import org.jboss.logging.Logger;

/**
 * 取込 — reads an uploaded CSV or .xlsx file, validates every row before anything is changed, and applies all
 * rows in one transaction or none (ALL_OR_NOTHING), or in PARTIAL mode the rows not refused. The report is the same for a dry run and for the real import. The data
 * sets are those of the {@link Importer} beans the features declare, found by slug.
 */
@ApplicationScoped
public class ImportService implements Imports {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    @Inject
    EntityManager em;

    @Inject
    @Any
    Instance<Importer<?>> importers;

    @Inject
    CurrentUser currentUser;

    /**
     * Imports the file, or with {@code dryRun} only says what the import would do. A report that is not
     * {@code valid} changed nothing.
     */
    @Override
    @Transactional
    public ImportReport run(String slug, Upload upload, String contentType, boolean dryRun, ImportMode mode) {
        long start = System.nanoTime();
        Importer<?> importer = importer(slug);
        DatasetSpec dataset = importer.dataset();
        Table table = Uploads.read(upload, contentType, MAX_ROWS);
        if (table.header() == null) {
            throw new ProblemException(jp.kyodo.common.error.ProblemType.MALFORMED,
                    "The file has no header row: row 1 must name the columns, e.g. "
                            + String.join(",", dataset.columns().stream().map(Column::key).toList()));
        }
        List<RowError> fileErrors = new ArrayList<>();
        Map<Integer, Column> columns = header(dataset, table.header(), fileErrors);
        if (table.overCapRow() > 0) {
            fileErrors.add(new RowError(table.overCapRow(), null, "a file may have at most " + MAX_ROWS
                    + " data rows; split it into several files", "MaxRows"));
        }
        if (!fileErrors.isEmpty()) {
            return report(dataset, dryRun, mode, false, List.of(), fileErrors);
        }
        List<ImportRow> rows = new ArrayList<>(table.rows().size());
        for (Table.Line line : table.rows()) {
            rows.add(row(line, columns, table.csv()));
        }
        return run(importer, rows, dryRun, mode, start);
    }

    @Override
    public DatasetSpec dataset(String slug) {
        return importer(slug).dataset();
    }

    /** The registered importers by slug, in slug order. */
    public Map<String, DatasetSpec> datasets() {
        Map<String, DatasetSpec> all = new TreeMap<>();
        importers.forEach(i -> all.put(i.dataset().slug(), i.dataset()));
        return all;
    }

    private Importer<?> importer(String slug) {
        for (Importer<?> i : importers) {
            if (i.dataset().slug().equals(slug)) {
                return i;
            }
        }
        throw new IllegalStateException("no importer for the data set " + slug);
    }

    private <S> ImportReport run(Importer<S> importer, List<ImportRow> rows, boolean dryRun, ImportMode mode,
            long start) {
        long read = System.nanoTime();
        // planning reads and validates, it writes nothing: its queries need no auto-flush
        List<Importer.Planned<S>> plan = NoAutoFlush.call(em, () -> importer.plan(rows));
        long planned = System.nanoTime();
        if (mode == ImportMode.PARTIAL) {
            plan = refuseDependents(importer, plan);
        }
        List<RowError> errors = new ArrayList<>();
        rows.forEach(r -> errors.addAll(r.errors()));
        boolean valid = errors.isEmpty();
        boolean apply = !dryRun && (valid || mode == ImportMode.PARTIAL);
        if (apply) {
            try {
                importer.apply(plan.stream().filter(p -> p.action() != Action.INVALID).toList());
            } catch (PersistenceException e) {
                // A concurrent change (another import, an edit) took a code this file creates.
                LOG.warnf(e, "import of %s failed while saving", importer.dataset().slug());
                throw ProblemException.conflict("The registry changed while the file was imported"
                        + " (another import or edit); nothing was changed. Run the import again");
            }
        }
        long applied = System.nanoTime();
        ImportReport report = report(importer.dataset(), dryRun, mode, apply,
                plan.stream().map(p -> new RowResult(p.row().number(), p.key(), p.action(), p.changed())).toList(),
                errors);
        LOG.infof("actor=%s import=%s dryRun=%s mode=%s valid=%s rows=%d created=%d updated=%d unchanged=%d invalid=%d"
                + " written=%d readMs=%d planMs=%d applyMs=%d", currentUser.username(), importer.dataset().slug(), dryRun,
                mode, valid, plan.size(), report.counts().created(), report.counts().updated(),
                report.counts().unchanged(), report.counts().invalid(), report.written(), (read - start) / 1_000_000,
                (planned - read) / 1_000_000, (applied - planned) / 1_000_000);
        return report;
    }

    /**
     * PARTIAL mode: a valid row that needs another row of the file saved first ({@link Importer#dependsOn}) is
     * refused when that row is, and so on down the chain, so that no saved row points at a row that was not.
     */
    static <S> List<Importer.Planned<S>> refuseDependents(Importer<S> importer, List<Importer.Planned<S>> planned) {
        List<Importer.Planned<S>> plan = new ArrayList<>(planned);
        Map<String, Integer> firstByKey = new HashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).key() != null) {
                firstByKey.putIfAbsent(plan.get(i).key(), i);
            }
        }
        boolean refusedOne = true;
        while (refusedOne) {
            refusedOne = false;
            for (int i = 0; i < plan.size(); i++) {
                Importer.Planned<S> p = plan.get(i);
                if (p.action() == Action.INVALID) {
                    continue;
                }
                Importer.Dependency d = importer.dependsOn(p.state());
                Integer on = d == null ? null : firstByKey.get(d.key());
                if (on == null || on == i || plan.get(on).action() != Action.INVALID) {
                    continue;
                }
                p.row().error(d.column(), "names row " + plan.get(on).row().number() + " (" + d.key()
                        + "), which is refused, so this row is refused too", "RefusedDependency");
                plan.set(i, Importer.Planned.invalid(p.row(), p.key()));
                refusedOne = true;
            }
        }
        return plan;
    }

    private static ImportReport report(DatasetSpec dataset, boolean dryRun, ImportMode mode, boolean applied,
            List<RowResult> rows, List<RowError> errors) {
        Map<Action, Integer> n = new HashMap<>();
        rows.forEach(r -> n.merge(r.action(), 1, Integer::sum));
        Counts counts = new Counts(n.getOrDefault(Action.CREATE, 0), n.getOrDefault(Action.UPDATE, 0),
                n.getOrDefault(Action.UNCHANGED, 0), n.getOrDefault(Action.INVALID, 0));
        List<RowError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(RowError::row)
                .thenComparingInt(e -> e.column() == null ? -1 : dataset.indexOf(e.column())));
        List<RowError> listed = sorted.size() > MAX_ERRORS ? List.copyOf(sorted.subList(0, MAX_ERRORS)) : sorted;
        int written = applied ? counts.created() + counts.updated() : 0;
        return new ImportReport(dataset.slug(), dryRun, mode, errors.isEmpty(), applied, written, counts.invalid(),
                counts, errors.size(), listed, rows);
    }

    /**
     * Maps the header's cells to columns: the key (any case) or the Japanese label or an alias. Unknown and
     * repeated headers are problems of row 1, and so is a missing key column; a column for personal data is
     * refused with its own message.
     */
    static Map<Integer, Column> header(DatasetSpec dataset, Table.Line header, List<RowError> errors) {
        Map<String, Column> names = new HashMap<>();
        for (Column c : dataset.columns()) {
            names.put(TextNormalizer.fold(c.key()), c);
            names.putIfAbsent(TextNormalizer.fold(c.labelJa()), c);
            c.aliases().forEach(a -> names.putIfAbsent(TextNormalizer.fold(a), c));
        }
        Map<String, String> personal = new HashMap<>();
        AuditService.PERSONAL_FIELDS.forEach(f -> personal.put(TextNormalizer.fold(f), f));
        Map<Integer, Column> columns = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cell(i);
            if (text == null || text.isBlank()) {
                continue;
            }
            String folded = TextNormalizer.fold(text.replace("\uFEFF", ""));
            Column c = names.get(folded);
            String where = "column " + CellReference.convertNumToColString(i);
            if (c == null) {
                String message = personal.containsKey(folded)
                        ? "personal data is not imported; remove the column '" + text.strip() + "' (" + where + ")"
                        : "unknown column '" + text.strip() + "' (" + where + "); the columns are "
                                + String.join(", ", dataset.columns().stream().map(Column::key).toList());
                errors.add(new RowError(header.number(), null, message, "UnknownColumn"));
                continue;
            }
            Integer first = seen.putIfAbsent(c.key(), i);
            if (first != null) {
                errors.add(new RowError(header.number(), c.key(), "the column appears twice ("
                        + CellReference.convertNumToColString(first) + " and "
                        + CellReference.convertNumToColString(i) + ")", "DuplicateColumn"));
                continue;
            }
            columns.put(i, c);
        }
        for (Column key : dataset.keyColumns()) {
            if (!seen.containsKey(key.key())) {
                errors.add(new RowError(header.number(), key.key(), "the file must have the key column '"
                        + key.key() + "' (" + key.labelJa() + ")", "MissingColumn"));
            }
        }
        return columns;
    }

    /** The row's cells by column key; a value under no header is a problem of the row. */
    private static ImportRow row(Table.Line line, Map<Integer, Column> columns, boolean csv) {
        Map<String, String> cells = new HashMap<>();
        columns.forEach((i, c) -> {
            if (c.imported()) {
                cells.put(c.key(), line.cell(i));
            }
        });
        ImportRow row = new ImportRow(line.number(), cells, csv);
        for (int i = 0; i < line.cells().size(); i++) {
            String v = line.cell(i);
            if (v != null && !v.isBlank() && !columns.containsKey(i)) {
                row.error(null, "a value in column " + CellReference.convertNumToColString(i)
                        + ", which has no header", "NoHeader");
            }
        }
        return row;
    }
}
