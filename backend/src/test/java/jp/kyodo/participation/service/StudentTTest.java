package jp.kyodo.participation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The 95% points of Student's t behind the effect's intervals, against the printed tables (R: qt(0.975, df)). */
class StudentTTest {

    @Test
    void the_two_sided_95_percent_points_match_the_tables() {
        assertEquals(12.706, JoinEffect.t95(1), 1e-3);
        assertEquals(2.262, JoinEffect.t95(9), 1e-3);
        assertEquals(2.042, JoinEffect.t95(30), 1e-3);
        // above the table: each degree of freedom its own value, not the wider bracket's
        assertEquals(2.0395, JoinEffect.t95(31), 2e-4);
        assertEquals(2.0281, JoinEffect.t95(36), 2e-4);
        assertEquals(2.0211, JoinEffect.t95(40), 2e-4);
        assertEquals(2.0003, JoinEffect.t95(60), 2e-4);
        assertEquals(1.9799, JoinEffect.t95(120), 2e-4);
        assertEquals(1.9623, JoinEffect.t95(1000), 2e-4);
    }
}
