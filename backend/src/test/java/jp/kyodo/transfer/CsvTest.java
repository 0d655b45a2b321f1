package jp.kyodo.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import jp.kyodo.common.transfer.Csv;
import jp.kyodo.common.transfer.FormulaGuard;
import org.junit.jupiter.api.Test;

/** The RFC 4180 reader and writer: what Excel writes is read, and what we write reads back the same. */
class CsvTest {

    @Test
    void fields_are_quoted_only_when_they_must_be() {
        assertEquals("a,,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rlf\"\r\n",
                Csv.record(java.util.Arrays.asList("a", null, "b,c", "say \"hi\"", "two\nlines", "cr\rlf")));
        assertEquals("香椎,かしい\r\n", Csv.record(List.of("香椎", "かしい")));
    }

    @Test
    void what_is_written_reads_back_the_same() {
        List<String> fields = List.of("", "plain", "comma,inside", "\"quoted\"", "line\r\nbreak", "末尾 ", " ");
        String text = Csv.BOM + Csv.record(fields) + Csv.record(List.of("x"));
        assertEquals(List.of(fields, List.of("x")), Csv.readAll(text));
    }

    @Test
    void excel_line_ends_bom_and_a_missing_last_line_end_are_read() {
        assertEquals(List.of(List.of("a", "b"), List.of("c", "")), Csv.readAll("\uFEFFa,b\r\nc,"));
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c")), Csv.readAll("a\nb\rc\r\n"));
        assertEquals(List.of(List.of("")), Csv.readAll("\r\n"));
        assertEquals(List.of(), Csv.readAll(""));
    }

    @Test
    void a_record_with_a_line_break_in_quotes_is_one_row_as_in_excel() {
        List<Integer> numbers = new java.util.ArrayList<>();
        Csv.read("h\r\n\"a\r\nb\"\r\nc\r\n", (n, f) -> numbers.add(n));
        assertEquals(List.of(1, 2, 3), numbers);
    }

    @Test
    void text_after_a_closing_quote_is_kept_and_an_unclosed_quote_names_its_row() {
        assertEquals(List.of(List.of("ab c", "d")), Csv.readAll("\"ab\" c,d"));
        Csv.MalformedException e = assertThrows(Csv.MalformedException.class, () -> Csv.readAll("a\r\nb,\"never\r\nends"));
        assertEquals(2, e.row());
    }

    @Test
    void the_formula_guard_is_reversible() {
        for (String v : List.of("=SUM(A1)", "+81", "-", "@x", "'=x", "''=x", "'plain", "plain", "")) {
            assertEquals(v, FormulaGuard.unprotect(FormulaGuard.protect(v)), v);
        }
        assertEquals("'=SUM(A1)", FormulaGuard.protect("=SUM(A1)"));
        assertEquals("'plain", FormulaGuard.protect("'plain"));
        assertEquals("''=x", FormulaGuard.protect("'=x"));
    }
}
