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
}
