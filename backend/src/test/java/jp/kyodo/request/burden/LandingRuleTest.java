package jp.kyodo.request.burden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import jp.kyodo.request.burden.LandingRule.Receiver;
import jp.kyodo.request.burden.LandingRule.Targets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The landing rule, case by case (district 10 and 11 are in ward 1, district 20 in ward 2). */
class LandingRuleTest {

    private static final Targets ALL = new Targets(Set.of("NA"), true, Set.of(), Set.of());
    private static final Targets DISTRICT_10 = new Targets(Set.of("NA", "PTA"), false, Set.of(10L), Set.of(1L));

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
        // case,                                         all,   kind, district, ward, lands
        "all districts: an association anywhere,         true,  NA,   20,       2,    true",
        "all districts: a ward-level group,              true,  NA,   -,        2,    true",
        "all districts: no district and no ward,         true,  NA,   -,        -,    true",
        "all districts: another kind,                    true,  PTA,  10,       1,    false",
        "chosen: in the district,                        false, NA,   10,       1,    true",
        "chosen: in the district (other kind asked too), false, PTA,  10,       -,    true",
        "chosen: same ward but other district,            false, NA,   11,       1,    false",
        "chosen: the district counts not its ward,    false, NA,   10,       2,    true",
        "chosen: ward-level group of the ward,           false, NA,   -,        1,    true",
        "chosen: ward-level group of another ward,       false, NA,   -,        2,    false",
        "chosen: no district and no ward,                false, NA,   -,        -,    false",
        "chosen: kind not asked,                         false, YOUTH, 10,      1,    false",
    })
    void lands(String name, boolean all, String kind, Long district, Long ward, boolean lands) {
        Targets t = all ? ALL : DISTRICT_10;
        assertEquals(lands, LandingRule.lands(t, new Receiver(kind, district, ward)), name);
    }
}
