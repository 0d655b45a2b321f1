package jp.kyodo.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kyodo.common.transfer.Table;
import jp.kyodo.common.transfer.Xlsx;
import jp.kyodo.district.transfer.DistrictDataset;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading workbooks the way staff leave them: dates in any display format, numbers with separators, gaps. */
class XlsxTest {

    @Test
    void cells_are_read_as_the_import_needs_them_whatever_their_display_format() throws IOException {
        byte[] file;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("校区");
            CellStyle usDate = wb.createCellStyle();
            usDate.setDataFormat(wb.createDataFormat().getFormat("m/d/yy"));
            CellStyle grouped = wb.createCellStyle();
            grouped.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            s.createRow(2).createCell(0).setCellValue("code");
            Row r = s.createRow(4);
            r.createCell(0).setCellValue("HGS-03");
            r.createCell(1).setCellValue(LocalDate.of(1962, 4, 1));
            r.getCell(1).setCellStyle(usDate);
            r.createCell(2).setCellValue(12345);
            r.getCell(2).setCellStyle(grouped);
            r.createCell(3).setCellValue(420.0);
            r.createCell(5).setCellValue(true);
            r.createCell(6).setCellFormula("1+1");
            wb.createSheet("other").createRow(0).createCell(0).setCellValue("ignored");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            file = out.toByteArray();
        }
        Table t = Xlsx.read(file, 100);
        assertEquals(3, t.header().number(), "the first non-empty row is the header, numbered as in Excel");
        assertEquals(1, t.rows().size());
        Table.Line line = t.rows().get(0);
        assertEquals(5, line.number());
        assertEquals("HGS-03", line.cell(0));
        assertEquals("1962-04-01", line.cell(1));
        assertEquals("12345", line.cell(2));
        assertEquals("420", line.cell(3));
        assertNull(line.cell(4));
        assertEquals("TRUE", line.cell(5));
    }

    @Test
    void reading_stops_after_the_cap_and_names_the_first_row_beyond_it() throws IOException {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(new Object[] {"D-" + i, "校区" + i, "こうく", "W", null, null, 0L});
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.write(out, DistrictDataset.SPEC, rows);
        Table t = Xlsx.read(out.toByteArray(), 2);
        assertEquals(List.of("code", "name", "kana", "wardCode", "communityHall", "note", "version"), t.header().cells());
        assertEquals(2, t.rows().size());
        assertEquals(4, t.overCapRow());
        assertEquals(0, Xlsx.read(out.toByteArray(), 10).overCapRow());
    }

    @Test
    void inline_strings_and_every_kind_of_cell_read_as_pois_event_handler_reads_them() throws Exception {
        // what other tools write: inline strings (with an escape and a phonetic run), a row and a cell without a
        // reference, booleans, an error, a formula with its result, a styled number, a shared string
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>code</t></is></c><c r=\"B1\" t=\"s\"><v>0</v></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t>n</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> 香椎 &amp; 東_x000D_ </t></is></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><r><t>か</t></r><r><t>しい</t></r><rPh sb=\"0\" eb=\"1\"><t>カ</t></rPh></is></c>"
                + "<c r=\"C2\"><v>420.0</v></c><c r=\"D2\" t=\"b\"><v>0</v></c><c r=\"E2\" t=\"e\"><v>#N/A</v></c>"
                + "<c r=\"F2\"><f>1+1</f><v>2</v></c><c r=\"G2\" t=\"str\"><f>A1</f><v>code</v></c><c t=\"inlineStr\"><is><t>x</t></is></c></row>"
                + "<row><c r=\"A3\" t=\"inlineStr\"><is><t>no row number</t></is></c><c r=\"C3\"><v>1.5E3</v></c></row>"
                + "<row r=\"5\"><c r=\"B5\" t=\"s\"><v>0</v></c><c r=\"C5\" t=\"b\"><v>1</v></c></row>"
                + "</sheetData></worksheet>";
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(zip)) {
            entry(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "</Types>");
            entry(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(z, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(z, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            entry(z, "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">"
                    + "<si><t>名前_x0041_</t></si></sst>");
            entry(z, "xl/worksheets/sheet1.xml", sheet);
        }
        Table ours = Xlsx.read(zip.toByteArray(), 100);
        List<List<String>> expected = pois(zip.toByteArray());
        List<List<String>> got = new ArrayList<>();
        got.add(ours.header().cells());
        ours.rows().forEach(l -> got.add(l.cells()));
        assertEquals(expected, got);
        assertEquals(List.of(2, 3, 5), ours.rows().stream().map(Table.Line::number).toList());
    }

    private static void entry(java.util.zip.ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new java.util.zip.ZipEntry(name));
        z.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        z.closeEntry();
    }

    /** The rows as POI's SAX event handler gives them (with the import's number formatting), blank rows left out. */
    private static List<List<String>> pois(byte[] file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(
                new java.io.ByteArrayInputStream(file));
        try {
            org.apache.poi.xssf.eventusermodel.XSSFReader reader = new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg);
            List<String> cells = new ArrayList<>();
            org.xml.sax.XMLReader parser = org.apache.poi.util.XMLHelper.newXMLReader();
            parser.setContentHandler(new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler(reader.getStylesTable(),
                    new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(pkg),
                    new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler() {
                        @Override
                        public void startRow(int rowNum) {
                            cells.clear();
                        }

                        @Override
                        public void endRow(int rowNum) {
                            if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                                rows.add(new ArrayList<>(cells));
                            }
                        }

                        @Override
                        public void cell(String ref, String value, org.apache.poi.xssf.usermodel.XSSFComment comment) {
                            if (ref == null || value == null) {
                                return;
                            }
                            int col = new org.apache.poi.ss.util.CellReference(ref).getCol();
                            while (cells.size() <= col) {
                                cells.add(null);
                            }
                            cells.set(col, value);
                        }
                    }, new org.apache.poi.ss.usermodel.DataFormatter() {
                        @Override
                        public String formatRawCellContents(double value, int formatIndex, String formatString) {
                            return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
                        }
                    }, false));
            try (java.io.InputStream sheet = reader.getSheetsData().next()) {
                parser.parse(new org.xml.sax.InputSource(sheet));
            }
        } finally {
            pkg.revert();
        }
        return rows;
    }
}
