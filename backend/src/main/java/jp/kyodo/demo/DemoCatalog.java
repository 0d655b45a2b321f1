package jp.kyodo.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The name lists the demo city is made from, read from {@code src/main/resources/demo/*.csv}: wards, district
 * names with readings, parts of association names, and surnames and given names for fictitious officers. Plain
 * comma-separated UTF-8, a header line, {@code #} comments.
 */
public record DemoCatalog(List<Ward> wards, List<DistrictName> districts, List<Name> towns, List<Name> surnames,
        List<Name> givenNames) {

    /** A ward; {@code weight} is its share of the districts when the city is scaled up. */
    public record Ward(String code, String name, String kana, int weight) {
    }

    /** A district name of a ward; {@code demo} marks the districts of the small demo city. */
    public record DistrictName(String wardCode, String name, String kana, boolean demo) {
    }

    /** A name and its hiragana reading. */
    public record Name(String name, String kana) {
    }

    public static DemoCatalog load() {
        List<Ward> wards = read("wards.csv", 4).stream()
                .map(r -> new Ward(r[0], r[1], r[2], Integer.parseInt(r[3]))).toList();
        List<DistrictName> districts = read("districts.csv", 4).stream()
                .map(r -> new DistrictName(r[0], r[1], r[2], "1".equals(r[3]))).toList();
        return new DemoCatalog(wards, districts, names("towns.csv"), names("surnames.csv"), names("given-names.csv"));
    }

    private static List<Name> names(String file) {
        return read(file, 2).stream().map(r -> new Name(r[0], r[1])).toList();
    }

    private static List<String[]> read(String file, int columns) {
        String path = "demo/" + file;
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null) {
            cl = DemoCatalog.class.getClassLoader();
        }
        try (InputStream in = cl.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = s.split(",", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(path + ":" + n + ": expected " + columns + " columns");
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
