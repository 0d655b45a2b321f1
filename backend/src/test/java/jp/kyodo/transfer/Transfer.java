package jp.kyodo.transfer;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.testing.Api;
import jp.kyodo.common.transfer.Csv;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helpers for files: download an export, build and send an import, read a CSV or a workbook. */
final class Transfer {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Transfer() {
    }

    static RequestSpecification as(String token) {
        RequestSpecification s = given();
        return token == null ? s : s.header("Authorization", "Bearer " + token);
    }

    /** GET /api/v1/exports/{dataset} as the admin; asserts 200. */
    static byte[] export(String dataset, String format, Map<String, ?> filters) {
        return as(Api.adminToken()).queryParams(filters).queryParam("format", format)
                .get("/api/v1/exports/" + dataset).then().statusCode(200).extract().asByteArray();
    }

    static Response importFile(String token, String dataset, byte[] body, String contentType, boolean dryRun) {
        return as(token).contentType(contentType).accept("application/json, application/problem+json")
                .queryParam("dryRun", dryRun).body(body).post("/api/v1/imports/" + dataset);
    }

    static Response importCsv(String dataset, String csv, boolean dryRun) {
        return importFile(Api.adminToken(), dataset, utf8(csv), "text/csv", dryRun);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** CSV text from lines (CRLF-terminated), the way a user's editor might save it. */
    static String csv(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    static List<List<String>> readCsv(byte[] file) {
        return Csv.readAll(new String(file, StandardCharsets.UTF_8));
    }

    static String writeCsv(List<List<String>> records) {
        StringBuilder sb = new StringBuilder().append(Csv.BOM);
        records.forEach(r -> sb.append(Csv.record(r)));
        return sb.toString();
    }

    /** The first sheet's cells as displayed text. */
    static List<List<String>> readXlsx(byte[] file) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            DataFormatter f = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : wb.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : f.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int sheetCount(byte[] file) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            return wb.getNumberOfSheets();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook with one cell of the first sheet changed to a text value. */
    static byte[] editXlsx(byte[] file, int row, int col, String value) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = wb.getSheetAt(0);
            Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
            r.createCell(col).setCellValue(value);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> filter(String name, Object value) {
        Map<String, Object> m = new HashMap<>();
        m.put(name, value);
        return m;
    }

    static String orgCode(long id) {
        return Api.anonymous().get("/api/v1/organizations/" + id).then().statusCode(200).extract().jsonPath()
                .getString("code");
    }

    static String districtCode(long id) {
        return Api.anonymous().get("/api/v1/districts/" + id).then().statusCode(200).extract().jsonPath()
                .getString("code");
    }

    static String wardCode(long id) {
        return Api.anonymous().get("/api/v1/wards/" + id).then().statusCode(200).extract().jsonPath()
                .getString("code");
    }

    /** Id of the organization of the district with this code, or null. */
    static Long orgId(long districtId, String code) {
        List<Integer> ids = Api.anonymous().queryParam("districtId", districtId).queryParam("size", 200)
                .get("/api/v1/organizations").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.code == '" + code + "' }.id");
        return ids.isEmpty() ? null : ids.get(0).longValue();
    }

    /** Id of the district with this code, or null. */
    static Long districtId(String code) {
        List<Integer> ids = Api.anonymous().queryParam("q", code).get("/api/v1/districts").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.code == '" + code + "' }.id");
        return ids.isEmpty() ? null : ids.get(0).longValue();
    }
}
