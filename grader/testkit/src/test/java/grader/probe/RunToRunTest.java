package grader.probe;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grader.i18n.InEnglish;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InEnglish.class)
class RunToRunTest {

    @Test
    void aRightResultPassesAfterOneRun() {
        Iterator<Long> results = List.of(45L).iterator();

        assertThatCode(() -> RunToRun.assertSameEveryRun(45L, results::next, "the sum", "look"))
                .doesNotThrowAnyException();
    }

    @Test
    void aResultThatChangesFromRunToRunIsCalledLostUpdates() {
        Iterator<Long> results = List.of(40L, 45L, 38L, 45L, 41L).iterator();

        assertThatThrownBy(() -> RunToRun.assertSameEveryRun(45L, results::next, "the sum over [0, 10)", "look"))
                .hasMessageStartingWith("the sum over [0, 10) changes from run to run ([40, 45, 38, 45, 41]; "
                        + "expected 45): updates were lost.");
    }

    @Test
    void theSameWrongResultEveryTimeGetsTheHint() {
        assertThatThrownBy(() -> RunToRun.assertSameEveryRun(45L, () -> 44L, "the sum over [0, 10)",
                "is a part left out?"))
                .hasMessage("the sum over [0, 10) is 44 instead of 45, the same in every run: is a part left out?");
    }
}
