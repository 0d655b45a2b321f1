package jp.kyodo.plan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kyodo.plan.PlanDtos.InitiativeSummary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The initiative list's sort: every key applied in turn (title, refKey, path = tree order), each ascending or
 * descending, ties broken by tree order in the direction of the first key.
 */
class InitiativeOrderTest {

    /** In tree order: id, title, refKey. */
    static final List<InitiativeSummary> TREE = List.of(s(1, "b", "K3"), s(2, "a", "K2"), s(3, "b", "K1"), s(4, "a", "K4"),
            s(5, "c", "K0"));

    static InitiativeSummary s(long id, String title, String refKey) {
        return new InitiativeSummary(id, 1, refKey, null, title, null, List.of(), List.of(), List.of(), null, null, false, List.of(),
                1, 0, null, null);
    }

    @ParameterizedTest(name = "sort={0}")
    @CsvSource(delimiter = '|', value = {
            "path | 1 2 3 4 5",
            "-path | 5 4 3 2 1",
            "title | 2 4 1 3 5",
            "-title | 5 3 1 4 2",
            "refKey | 5 3 2 1 4",
            "-refKey | 4 1 2 3 5",
            "'title,refKey' | 2 4 3 1 5",
            "'title,-refKey' | 4 2 1 3 5",
            "'-title,refKey' | 5 3 1 2 4",
            "'title,-path' | 4 2 3 1 5",
            "'+title, refKey' | 2 4 3 1 5"})
    void every_key_is_applied(String sort, String expected) {
        Map<Long, Integer> treeOrder = Map.of(1L, 0, 2L, 1, 3L, 2, 4L, 3, 5L, 4);
        List<InitiativeSummary> rows = new ArrayList<>(TREE);
        rows.sort(InitiativeQueries.order(sort, treeOrder));
        assertEquals(expected, String.join(" ", rows.stream().map(r -> String.valueOf(r.id())).toList()));
    }
}
