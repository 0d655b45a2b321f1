package jp.kyodo.request.burden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import jp.kyodo.request.burden.LandingRule.Receiver;
import jp.kyodo.request.burden.LandingRule.Targets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The landing rule, case by case (district 10 and 11 are in ward 1, district 20 and 21 in ward 2). */
class LandingRuleTest {

    private static final Targets ALL = new Targets(Set.of("NA"), true, Set.of(), Set.of(), Set.of());
    private static final Targets DISTRICT_10 = new Targets(Set.of("NA", "PTA"), false, Set.of(10L), Set.of(1L), Set.of());
    /** 区単位: ward 2 as a whole, and district 10 of ward 1. */
    private static final Targets WARD_2_AND_DISTRICT_10 = new Targets(Set.of("NA"), false, Set.of(10L), Set.of(1L), Set.of(2L));
    private static final Map<Long, Long> WARD_OF = Map.of(10L, 1L, 11L, 1L, 20L, 2L, 21L, 2L);

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
        assertEquals(lands, LandingRule.lands(t, receiver(kind, district, ward)), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
        // case,                                              kind, district, ward, lands
        "whole ward: a district of the ward,                  NA,   20,       2,    true",
        "whole ward: another district of the ward,            NA,   21,       -,    true",
        "whole ward: its ward column does not matter,         NA,   21,       1,    true",
        "whole ward: a ward-level group of the ward,          NA,   -,        2,    true",
        "with a chosen district: that district,               NA,   10,       1,    true",
        "with a chosen district: the rest of its ward,        NA,   11,       1,    false",
        "with a chosen district: its ward-level group,        NA,   -,        1,    true",
        "whole ward: kind not asked,                          PTA,  20,       2,    false",
        "whole ward: no district and no ward,                 NA,   -,        -,    false",
    })
    void lands_on_whole_wards(String name, String kind, Long district, Long ward, boolean lands) {
        assertEquals(lands, LandingRule.lands(WARD_2_AND_DISTRICT_10, receiver(kind, district, ward)), name);
    }

    @org.junit.jupiter.api.Test
    void a_district_moved_into_the_ward_is_covered_and_one_moved_out_is_not() {
        // district 11 now lies in ward 2 (its organization's own ward column still says 1)
        assertEquals(true, LandingRule.lands(WARD_2_AND_DISTRICT_10, new Receiver("NA", 11L, 1L, 2L)));
        // district 20 now lies in ward 1
        assertEquals(false, LandingRule.lands(WARD_2_AND_DISTRICT_10, new Receiver("NA", 20L, 2L, 1L)));
    }

    private static Receiver receiver(String kind, Long district, Long ward) {
        return new Receiver(kind, district, ward, district == null ? null : WARD_OF.get(district));
    }
}
