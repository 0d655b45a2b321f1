package jp.kyodo.common.transfer;

import static jp.kyodo.common.transfer.DatasetSpec.col;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kyodo.common.transfer.Column.Type;
import jp.kyodo.common.transfer.Column.Use;
import org.junit.jupiter.api.Test;

/** labels=ja writes only labels the import can read back; anything else stays a code. */
class ValueLabelsTest {

    enum Colour { RED, BLUE }

    static final DatasetSpec SPEC = new DatasetSpec("things", "もの", List.of(
            col("code", "コード", Type.TEXT, Use.KEY, 10, "", ""),
            col("kind", "種別", Type.TEXT, Use.REQUIRED, 10, "", ""),
            col("kinds", "種別一覧", Type.TEXT, Use.OPTIONAL, 10, "", ""),
            col("colour", "色", Type.TEXT, Use.OPTIONAL, 10, "", ""),
            col("active", "有効", Type.BOOLEAN, Use.OPTIONAL, 10, "", "")));

    static List<Object[]> rows(Object[]... rows) {
        return new ArrayList<>(List.of(rows));
    }

    @Test
    void codes_become_labels_lists_value_by_value_and_yes_no_in_japanese() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("A", "自治会");
        kinds.put("B", "子供会");
        ValueLabels labels = ValueLabels.of(SPEC).column("kind", kinds).list("kinds", kinds)
                .column("colour", ValueLabels.labels(Colour.class, c -> c == Colour.RED ? "赤" : "青"));
        List<Object[]> out = labels.apply(rows(new Object[] {"X1", "A", "B;A", Colour.BLUE, true},
                new Object[] {"X2", null, "", null, false}, new Object[] {"X3", "Z", "A;Z", Colour.RED, null}));
        assertArrayEquals(new Object[] {"X1", "自治会", "子供会;自治会", "青", "はい"}, out.get(0));
        assertArrayEquals(new Object[] {"X2", null, "", null, "いいえ"}, out.get(1));
        // an unknown code stays as it is
        assertArrayEquals(new Object[] {"X3", "Z", "自治会;Z", "赤", null}, out.get(2));
    }

    @Test
    void a_label_the_import_could_not_tell_apart_stays_a_code() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("A", "自治会");
        kinds.put("B", "ｼﾞﾁｶｲ");          // folds to the same as C's
        kinds.put("C", "じちかい");
        kinds.put("D", "防犯、防災");      // a list separator
        kinds.put("E", "A");              // another code
        kinds.put("F", " ");
        assertEquals(Map.of("A", "自治会"), ValueLabels.readable(kinds));
    }
}
