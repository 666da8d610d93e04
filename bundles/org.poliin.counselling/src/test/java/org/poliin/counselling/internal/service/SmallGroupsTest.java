package org.poliin.counselling.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SmallGroupsTest {

    private final SmallGroups groups = new SmallGroups(5);

    private static Map<String, Long> cells(Object... keyValues) {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            cells.put((String) keyValues[i], ((Number) keyValues[i + 1]).longValue());
        }
        return cells;
    }

    @Test
    void theMinimumNeverGoesBelowTheFloor() {
        assertThat(new SmallGroups(2).minimumGroupSize()).isEqualTo(SmallGroups.FLOOR);
        assertThat(new SmallGroups(8).minimumGroupSize()).isEqualTo(8);
        assertThat(groups.shows(0)).isTrue();
        assertThat(groups.shows(1)).isFalse();
        assertThat(groups.shows(4)).isFalse();
        assertThat(groups.shows(5)).isTrue();
    }

    @Test
    void largeCellsAreAllShown() {
        SmallGroups.Result result = groups.partition(30, cells("ACTIVE", 20, "PAUSED", 5, "CLOSED", 5));
        assertThat(result.total()).isEqualTo(30);
        assertThat(result.cells()).containsExactly(Map.entry("ACTIVE", 20L), Map.entry("PAUSED", 5L),
                Map.entry("CLOSED", 5L));
    }

    @Test
    void aSmallCellIsSuppressedAndASecondOneSoThatTheTotalDoesNotGiveItBack() {
        SmallGroups.Result result = groups.partition(30, cells("ACTIVE", 20, "PAUSED", 3, "CLOSED", 7));
        assertThat(result.total()).isEqualTo(30);
        assertThat(result.cells().get("PAUSED")).isNull();
        // 30 - 20 would otherwise reveal PAUSED = 3: the smallest other cell goes too
        assertThat(result.cells().get("CLOSED")).isNull();
        assertThat(result.cells().get("ACTIVE")).isEqualTo(20);
    }

    @Test
    void suppressedCellsMustAddUpToTheMinimumOrMoreCellsGo() {
        // 1 + 2 = 3 < 5 would still single out a group of 3: a third cell is suppressed
        SmallGroups.Result result = groups.partition(28, cells("A", 1, "B", 2, "C", 10, "D", 15));
        assertThat(result.cells().get("A")).isNull();
        assertThat(result.cells().get("B")).isNull();
        assertThat(result.cells().get("C")).isNull();
        assertThat(result.cells().get("D")).isEqualTo(15);
        assertThat(result.total()).isEqualTo(28);
        long hidden = 28 - 15;
        assertThat(hidden).isGreaterThanOrEqualTo(5);
    }

    @Test
    void zeroIsShownAndPreferredLastForComplementarySuppression() {
        SmallGroups.Result result = groups.partition(12, cells("A", 0, "B", 4, "C", 8));
        assertThat(result.cells().get("A")).isEqualTo(0);
        assertThat(result.cells().get("B")).isNull();
        assertThat(result.cells().get("C")).isNull();
        assertThat(result.total()).isEqualTo(12);
    }

    @Test
    void whenNoCellIsLeftToSuppressTheTotalGoes() {
        SmallGroups.Result result = groups.partition(6, cells("A", 3, "B", 0));
        // A alone hidden is given back by the total; B is 0 and hiding it adds nothing: the total goes
        assertThat(result.cells().get("A")).isNull();
        assertThat(result.total()).isNull();
    }

    @Test
    void aSmallTotalHidesEverything() {
        SmallGroups.Result result = groups.partition(4, cells("A", 4, "B", 0));
        assertThat(result.total()).isNull();
        assertThat(result.cells()).containsEntry("A", null).containsEntry("B", null);
        assertThat(groups.partition(0, cells("A", 0)).total()).isEqualTo(0);
    }

    @Test
    void overlappingCellsGetPrimarySuppressionOnly() {
        Map<String, Long> shown = groups.independent(cells("RURAL_ORIGIN", 9, "ROMA_ETHNICITY", 2, "DISABILITY", 0));
        assertThat(shown).containsEntry("RURAL_ORIGIN", 9L).containsEntry("ROMA_ETHNICITY", null)
                .containsEntry("DISABILITY", 0L);
    }

    @Test
    void aHigherConfiguredMinimumSuppressesMore() {
        SmallGroups strict = new SmallGroups(10);
        SmallGroups.Result result = strict.partition(30, cells("A", 7, "B", 23));
        assertThat(result.cells().get("A")).isNull();
        assertThat(result.cells().get("B")).isNull();
        assertThat(result.total()).isEqualTo(30);
    }
}
