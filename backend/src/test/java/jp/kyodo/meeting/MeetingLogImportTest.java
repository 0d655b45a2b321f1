package jp.kyodo.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.common.transfer.Csv;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * 会議報告事項の取込: Kurume's list of items reported to the city-wide council (〃 for "same as above", dates in 和暦)
 * becomes meetings with ordered agenda items — checked first (dry run), all or nothing, and the same file again
 * changes nothing.
 */
@QuarkusTest
class MeetingLogImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String FIXTURE = "/meeting-log/kurume-h23-excerpt.csv";

    /** The bodies the fixture names, under a unique tag so that test runs never meet each other's meetings. */
    record Bodies(String tag, long secretariat, long regional, long executive, long section, long board) {
    }

    static Bodies bodies() {
        String tag = Api.unique("久");
        return new Bodies(tag,
                Meetings.body(tag + "校区事務局連絡会議", "SECRETARIAT", tag + "事務局連絡会議"),
                Meetings.body(tag + "地域連絡協議会", "OTHER"),
                Meetings.body(tag + "幹事会", "EXECUTIVE"),
                Meetings.body(tag + "地域連絡部会", "SECTION"),
                Meetings.body(tag + "理事会", "BOARD"));
    }

    /** The fixture's records with the tag put into every meeting name (〃 and blanks stay as they are). */
    static List<List<String>> fixture(String tag) {
        try (InputStream in = MeetingLogImportTest.class.getResourceAsStream(FIXTURE)) {
            List<List<String>> records = new ArrayList<>();
            for (List<String> r : Csv.readAll(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                List<String> copy = new ArrayList<>(r);
                String meeting = copy.get(2);
                if (!records.isEmpty() && !meeting.isBlank() && !meeting.equals("〃")) {
                    copy.set(2, meeting.replaceFirst("^(第[0-9０-９]+回)?", "$1" + tag));
                }
                records.add(copy);
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(List<List<String>> records) {
        StringBuilder sb = new StringBuilder();
        records.forEach(r -> sb.append(Csv.record(r)));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Response post(byte[] file, String contentType, boolean dryRun) {
        return given().header("Authorization", "Bearer " + Meetings.admin()).contentType(contentType)
                .accept("application/json, application/problem+json").queryParam("dryRun", dryRun).body(file)
                .post("/api/v1/imports/meeting-log");
    }

    static JsonPath meetings(long bodyId) {
        return Api.anonymous().queryParam("bodyId", bodyId).queryParam("sort", "heldOn").get("/api/v1/council-meetings")
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath meeting(long id) {
        return Api.anonymous().get("/api/v1/council-meetings/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void the_kurume_log_becomes_meetings_with_ordered_items_and_imports_again_unchanged() {
        Bodies b = bodies();
        byte[] file = csv(fixture(b.tag()));

        // dry run: what would happen, nothing stored
        post(file, "text/csv", true).then().statusCode(200).body("dryRun", is(true)).body("valid", is(true))
                .body("applied", is(false)).body("counts.created", is(38)).body("rows.action", everyItem(is("CREATE")));
        assertEquals(0, meetings(b.secretariat()).getInt("total"));

        post(file, "text/csv", false).then().statusCode(200).body("applied", is(true)).body("counts.created", is(38));

        // 〃 rows joined the meeting above; the alias 事務局連絡会議 found the secretariat; a blank meeting is 〃 too
        JsonPath sec = meetings(b.secretariat());
        assertEquals(4, sec.getInt("total"));
        assertEquals(List.of("2011-04-20", "2011-05-18", "2011-06-15", "2011-07-20"), sec.getList("items.heldOn"));
        assertEquals(List.of(1, 2, 3, 4), sec.getList("items.number"));
        assertEquals(List.of(3, 4, 8, 3), sec.getList("items.agendaItemCount"));
        assertEquals(List.of(2011, 2011, 2011, 2011), sec.getList("items.fiscalYear"));
        JsonPath june = meeting(sec.getLong("items[2].id"));
        assertEquals("市同権への加入継続のお願い", june.getString("agendaItems[0].title"));
        assertEquals("２４年度補助金算定に係る事業計画等の提出について", june.getString("agendaItems[2].title"));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), june.getList("agendaItems.order"));
        // 〃 in the section column: the section of the row above
        JsonPath april = meeting(sec.getLong("items[0].id"));
        assertEquals(List.of("協働推進課", "生涯学習課", "生涯学習課"), april.getList("agendaItems.sectionName"));
        assertEquals("第1回" + b.tag() + "校区事務局連絡会議", april.getString("displayName"));

        // the same 第3回幹事会 on two dates is two meetings; full-width 第３回 and 平成２３年６月１４日 were read
        JsonPath exec = meetings(b.executive());
        assertEquals(List.of("2011-06-14", "2011-07-12", "2012-01-10"), exec.getList("items.heldOn"));
        assertEquals(List.of(3, 3, 9), exec.getList("items.number"));
        assertEquals(List.of(2011, 2011, 2011), exec.getList("items.fiscalYear"));
        // 平成23年11月24（木） without 日
        assertEquals(List.of("2011-06-22", "2011-11-24"), meetings(b.board()).getList("items.heldOn"));
        assertEquals(1, meetings(b.regional()).getInt("total"));
        assertEquals(1, meetings(b.section()).getInt("total"));

        // the import is in the history like an edit
        Api.as(Api.token(Api.OFFICE)).get("/api/v1/council-meetings/" + sec.getLong("items[0].id") + "/history").then()
                .statusCode(200).body("items.action", everyItem(is("CREATE"))).body("total", is(4));

        // the same file again: every row UNCHANGED
        post(file, "text/csv", false).then().statusCode(200).body("counts.unchanged", is(38))
                .body("counts.created", is(0));

        // export of the board's log imports back unchanged; the file names each meeting in full
        byte[] export = given().header("Authorization", "Bearer " + Meetings.admin()).queryParam("bodyId", b.board())
                .get("/api/v1/exports/meeting-log").then().statusCode(200)
                .header("Content-Disposition", containsString("meeting-log-")).extract().asByteArray();
        List<List<String>> rows = Csv.readAll(new String(export, StandardCharsets.UTF_8));
        assertEquals(List.of("no", "date", "meeting", "agendaItem", "sectionName"), rows.get(0));
        assertEquals(List.of("1", "2011-06-22", "第3回" + b.tag() + "理事会", "地域での防災対策について", "防災対策課"), rows.get(1));
        assertEquals(8, rows.size());
        post(export, "text/csv", false).then().statusCode(200).body("counts.unchanged", is(7));

        // a changed section is an UPDATE of that row only
        List<List<String>> changed = new ArrayList<>(rows);
        List<String> row = new ArrayList<>(changed.get(1));
        row.set(4, "危機管理課");
        changed.set(1, row);
        post(csv(changed), "text/csv", false).then().statusCode(200).body("counts.updated", is(1))
                .body("rows[0].changed", contains("sectionName"));
    }

    @Test
    void an_excel_workbook_with_date_cells_and_wareki_text_imports_the_same() throws IOException {
        Bodies b = bodies();
        List<List<String>> records = fixture(b.tag());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("報告事項");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
            for (int r = 0; r < records.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < records.get(r).size(); c++) {
                    String v = records.get(r).get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (r > 0 && c == 0) {
                        row.createCell(c).setCellValue(Integer.parseInt(v));
                    } else if (r > 0 && c == 1 && (r == 1 || r == 24)) {
                        // real Excel dates where the log starts a meeting
                        var cell = row.createCell(c);
                        cell.setCellValue(r == 1 ? LocalDate.of(2011, 4, 20) : LocalDate.of(2011, 6, 22));
                        cell.setCellStyle(date);
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            wb.write(out);
        }
        post(out.toByteArray(), XLSX, false).then().statusCode(200).body("counts.created", is(38));
        assertEquals(List.of("2011-04-20", "2011-05-18", "2011-06-15", "2011-07-20"),
                meetings(b.secretariat()).getList("items.heldOn"));
        assertEquals(List.of("2011-06-22", "2011-11-24"), meetings(b.board()).getList("items.heldOn"));
        // and the export as a workbook imports back unchanged
        byte[] xlsx = given().header("Authorization", "Bearer " + Meetings.admin()).queryParam("bodyId", b.executive())
                .queryParam("format", "xlsx").get("/api/v1/exports/meeting-log").then().statusCode(200).extract()
                .asByteArray();
        post(xlsx, XLSX, false).then().statusCode(200).body("counts.unchanged", is(11));
    }

    @Test
    void bad_rows_change_nothing_and_say_which_row_and_column() {
        Bodies b = bodies();
        List<List<String>> records = fixture(b.tag());
        records.get(2).set(3, "");                       // row 3: no agenda item
        records.get(5).set(1, "平成32年5月18日");          // row 6: Heisei ended in 2019
        records.get(9).set(2, "第3回" + b.tag() + "存在しない会議"); // row 10: unknown body
        records.get(17).set(3, "地域での防災対策について");    // row 18: the same item twice in one meeting (row 17)
        Response r = post(csv(records), "text/csv", false);
        r.then().statusCode(422).contentType("application/problem+json")
                .body("type", is("https://kyodo.example.jp/problems/import-rows-invalid"))
                .body("applied", is(false));
        JsonPath j = r.jsonPath();
        List<Map<String, Object>> errors = j.getList("errors");
        assertTrue(errors.contains(Map.of("row", 3, "column", "agendaItem", "message", "must not be blank", "code", "NotBlank")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.get("row").equals(6) && e.get("column").equals("date")
                && e.get("code").equals("Date") && e.get("message").toString().contains("令和2年5月18日")), errors.toString());
        // the rows below that say 〃 are named too, pointing at the row above
        assertTrue(errors.stream().anyMatch(e -> e.get("row").equals(7) && e.get("code").equals("Ditto")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.get("row").equals(10) && e.get("code").equals("UnknownBody")
                && e.get("message").toString().contains("校区事務局連絡会議")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.get("row").equals(11) && e.get("column").equals("meeting")
                && e.get("code").equals("Ditto")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.get("row").equals(18) && e.get("code").equals("Duplicate")
                && e.get("message").toString().contains("row 17")), errors.toString());
        // nothing was stored
        assertEquals(0, meetings(b.secretariat()).getInt("total"));
        assertEquals(0, meetings(b.board()).getInt("total"));

        // 〃 in the first row has nothing above it
        List<List<String>> first = List.of(List.of("年月日", "会議名", "議題"), List.of("〃", "第1回" + b.tag() + "理事会", "議題"));
        post(csv(first), "text/csv", true).then().statusCode(422).body("errors[0].code", is("Ditto"))
                .body("errors[0].column", is("date"));
        // a header without the key columns
        post(csv(List.of(List.of("年月日", "議題"), List.of("2011-04-20", "x"))), "text/csv", true).then().statusCode(422)
                .body("errors.column", hasItem("meeting"));
    }

    @Test
    void the_template_has_the_columns_of_the_log() {
        String template = given().header("Authorization", "Bearer " + Api.token(Api.LIAISON)).accept("text/csv")
                .get("/api/v1/imports/meeting-log/template").then().statusCode(200).extract().asString();
        assertEquals("no,date,meeting,agendaItem,sectionName", template.replace("\uFEFF", "").strip());
    }
}
