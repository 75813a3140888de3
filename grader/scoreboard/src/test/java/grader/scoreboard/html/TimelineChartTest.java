package grader.scoreboard.html;

import static org.assertj.core.api.Assertions.assertThat;

import grader.i18n.Lang;
import grader.probe.Timeline.Bar;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineChartTest {

    @Test
    void partsDoneOneAfterAnotherNeverOverlap() {
        List<Bar> staircase = List.of(new Bar("t0", 0, 10, 1), new Bar("t1", 10, 20, 1), new Bar("t2", 20, 30, 1));

        assertThat(TimelineChart.mostAtOnce(staircase)).isEqualTo(1);
        assertThat(TimelineChart.summary(staircase, Lang.ES)).isEqualTo("3 hilos; como mucho 1 de ellos trabajaron a la vez.");
    }

    @Test
    void partsInProgressTogetherAreCountedAtTheirBusiestMoment() {
        List<Bar> bars = List.of(new Bar("t0", 0, 10, 1), new Bar("t1", 1, 9, 1), new Bar("t2", 2, 3, 1),
                new Bar("t3", 9.5, 12, 1));

        assertThat(TimelineChart.mostAtOnce(bars)).isEqualTo(3);
    }

    @Test
    void moreThreadsThanTheChartHoldsAreCountedInANote() {
        List<Bar> bars = java.util.stream.IntStream.range(0, 30).mapToObj(i -> new Bar("w" + i, i, i + 1, 1)).toList();

        String figure = TimelineChart.figure("t", "many", bars, Lang.EN);

        assertThat(figure).contains("…and 6 more threads.").contains("<td>w29</td>");
    }
}
