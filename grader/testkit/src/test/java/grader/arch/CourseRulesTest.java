package grader.arch;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import grader.i18n.InEnglish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InEnglish.class)
class CourseRulesTest {

    /** Runs its work on the calling thread: the classic mistake. */
    static final class RunsOnTheCaller {
        void work() {
            new Thread(() -> { }).run();
        }
    }

    /** Starts and joins its thread. */
    static final class StartsAndJoins {
        void work() throws InterruptedException {
            Thread thread = new Thread(() -> { });
            thread.start();
            thread.join();
        }
    }

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .importClasses(RunsOnTheCaller.class, StartsAndJoins.class);

    @Test
    void aBrokenRuleIsReportedAsItsSentenceThenWhereArchUnitFoundIt() {
        assertThatThrownBy(() -> CourseRules.check(CLASSES,
                CourseRules.classCalls("RunsOnTheCaller", CourseRules.callTo(Thread.class, "start"))
                        .because(localized("this exercise is about Thread.start()", "")),
                CourseRules.neverCallsThreadRun()))
                .hasMessageStartingWith("RunsOnTheCaller never calls Thread.start(): this exercise is "
                        + "about Thread.start().")
                .hasMessageContaining("\nyour code calls Thread.run(): run() executes the body on the calling thread; "
                        + "start() creates a new one.\n    Method <grader.arch.CourseRulesTest$RunsOnTheCaller.work()> "
                        + "calls method <java.lang.Thread.run()>")
                .hasMessageNotContaining("Architecture Violation");
    }

    @Test
    void severalMethodsAreNamedInWords() {
        assertThatThrownBy(() -> CourseRules.check(CLASSES, CourseRules.classCalls("RunsOnTheCaller",
                CourseRules.callTo(Thread.class, "start|join|interrupt"))))
                .hasMessageStartingWith("RunsOnTheCaller never calls Thread.start(), join() or "
                        + "interrupt().");
    }

    @Test
    void rulesThatHoldPass() {
        assertThatCode(() -> CourseRules.check(new ClassFileImporter().importClasses(StartsAndJoins.class),
                CourseRules.classCalls("StartsAndJoins", CourseRules.callTo(Thread.class, "start")),
                CourseRules.neverCallsThreadRun(), CourseRules.neverExitsTheJvm()))
                .doesNotThrowAnyException();
    }
}
