package jp.kyodo.common.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.xml.sax.SAXException;

/**
 * Excel workbooks with Apache POI, streaming both ways so that a 20,000-row file never sits in memory as a
 * cell object tree: reading the first sheet's XML with StAX ({@link SheetStream}), writing with SXSSF.
 */
public final class Xlsx {

    /** Name of the second sheet, which explains each column; the import never reads it. */
    public static final String LEGEND_SHEET = "項目説明";

    private Xlsx() {
    }

    /** The file is a zip, but not an Excel workbook (a .docx, an .ods, a plain zip, or a wrecked workbook). */
    public static final class NotAWorkbookException extends RuntimeException {
        NotAWorkbookException(Throwable cause) {
            super(cause);
        }
    }

    /** The workbook could not be read (a damaged or truncated file). */
    public static final class UnreadableException extends RuntimeException {
        UnreadableException(Throwable cause) {
            super(cause);
        }
    }

    // ---- reading ------------------------------------------------------------------------------

    /** The cells of the first sheet as text: dates as yyyy-MM-dd, numbers without grouping, booleans TRUE/FALSE. */
    public static Table read(byte[] bytes, int maxRows) {
        return read(Upload.of(bytes), maxRows);
    }

    /**
     * As {@link #read(byte[], int)}, from an upload: a spooled file is opened as a zip file, so that only the parts
     * read are inflated — the first sheet as a stream, read with StAX row by row ({@link SheetStream}), the shared
     * strings and styles whole (they are small next to the sheet) — instead of the whole package in memory.
     */
    static Table read(Upload upload, int maxRows) {
        Table.Builder table = new Table.Builder(false, maxRows);
        OPCPackage pkg;
        try {
            pkg = upload.file() != null ? OPCPackage.open(upload.file().toFile(), PackageAccess.READ)
                    : OPCPackage.open(new ByteArrayInputStream(upload.bytes()));
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            // POI cannot tell a zip that was never a workbook from a badly damaged one: both are "not a workbook".
            throw new NotAWorkbookException(e);
        }
        try {
            XSSFReader reader;
            StylesTable styles;
            ReadOnlySharedStringsTable strings;
            Iterator<InputStream> sheets;
            try {
                reader = new XSSFReader(pkg);
                styles = reader.getStylesTable();
                strings = new ReadOnlySharedStringsTable(pkg);
                sheets = reader.getSheetsData();
            } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
                throw new NotAWorkbookException(e);
            }
            if (!sheets.hasNext()) {
                return table.build();
            }
            try (InputStream sheet = sheets.next()) {
                new SheetStream(styles, strings, new IsoDataFormatter(), table).read(sheet);
            } catch (IOException | javax.xml.stream.XMLStreamException | RuntimeException e) {
                throw new UnreadableException(e);
            }
            return table.build();
        } finally {
            pkg.revert();
        }
    }

    /**
     * Formats numeric cells for the import rather than for display: a date-formatted cell as ISO yyyy-MM-dd
     * (whatever its display format), any other number plainly (420, not "420.0" or "1,234").
     */
    static final class IsoDataFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904Windowing);
                return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    // ---- writing ------------------------------------------------------------------------------

    /**
     * A workbook whose first sheet holds the header (column keys) and the rows, and whose second sheet
     * explains the columns. Text is written as text (codes keep leading zeros), numbers as numbers, dates as
     * dates formatted yyyy-mm-dd, booleans as TRUE/FALSE.
     */
    public static void write(OutputStream out, DatasetSpec dataset, List<Object[]> rows) throws IOException {
        write(out, dataset, rows, false);
    }

    /** As {@link #write(OutputStream, DatasetSpec, List)}, with the Japanese labels in the header row when asked. */
    public static void write(OutputStream out, DatasetSpec dataset, List<Object[]> rows, boolean japaneseHeaders)
            throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            CellStyle header = headerStyle(wb);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            List<Column> columns = dataset.columns();

            SXSSFSheet sheet = wb.createSheet(dataset.sheetName());
            Row h = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = h.createCell(c);
                cell.setCellValue(TransferFiles.header(columns.get(c), japaneseHeaders));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, Math.min(255, columns.get(c).width() + 2) * 256);
            }
            int r = 1;
            for (Object[] values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    Object v = values[c];
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else {
                        cell.setCellValue(v instanceof Enum<?> e ? e.name() : v.toString());
                        cell.setCellStyle(text);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows.size()), 0, columns.size() - 1));
            legend(wb, dataset, header);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private static CellStyle headerStyle(SXSSFWorkbook wb) {
        CellStyle s = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        s.setFont(bold);
        s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.THIN);
        return s;
    }

    private static void legend(SXSSFWorkbook wb, DatasetSpec dataset, CellStyle header) {
        Sheet sheet = wb.createSheet(LEGEND_SHEET);
        String[] titles = {"項目 (key)", "日本語の見出し", "取込", "形式", "説明", "例"};
        int[] widths = {28, 18, 24, 26, 60, 30};
        Row h = sheet.createRow(0);
        for (int c = 0; c < titles.length; c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(titles[c]);
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int r = 1;
        for (Column col : dataset.columns()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(col.key());
            row.createCell(1).setCellValue(col.labelJa());
            row.createCell(2).setCellValue(col.useLabel());
            row.createCell(3).setCellValue(col.typeLabel());
            row.createCell(4).setCellValue(col.description());
            row.createCell(5).setCellValue(col.example());
        }
        r++;
        for (String note : List.of(
                "1行目は見出し行です。見出しは上の key か日本語の見出しのどちらでも構いません。列の順序は自由です。",
                "The first row is the header: the key or the Japanese label of each column, in any order.",
                "既存のデータはキーで照合して更新し、ない場合は新規登録します。ファイルにない列は変更しません (空欄は値の削除)。",
                "Rows are matched by key: existing records are updated, new ones created. A column left out is not changed; a blank cell clears the value.",
                "取込では最初のシートだけを読みます。1ファイル20,000行まで。",
                "Only the first sheet is imported; at most 20,000 rows per file.")) {
            sheet.createRow(r++).createCell(0).setCellValue(note);
        }
    }
}
