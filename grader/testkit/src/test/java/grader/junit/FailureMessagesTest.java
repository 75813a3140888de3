package grader.junit;

import static org.assertj.core.api.Assertions.assertThat;

import grader.guard.ExitBlockedError;
import grader.i18n.InEnglish;
import grader.guard.ThreadLimitError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InEnglish.class)
class FailureMessagesTest {

    @Test
    void anUnfinishedTodoIsCalledByItsName() {
        assertThat(FailureMessages.describe(new UnsupportedOperationException("TODO: ParallelSum.sum")))
                .startsWith("not implemented yet: TODO: ParallelSum.sum");
    }

    @Test
    void aTodoMetInsideAnAssertionIsCalledByItsNameToo() {
        AssertionError wrapped = new AssertionError(
                "[sum] Expecting IllegalArgumentException but was: java.lang.UnsupportedOperationException: TODO: X.y]\n at");
        assertThat(FailureMessages.describe(wrapped)).isEqualTo("not implemented yet: TODO: X.y");
    }

    @Test
    void aFalsifiedPropertyShowsItsSmallestCounterexampleInWords() {
        AssertionError falsified = new AssertionError("Property falsified after 3 example(s) \n"
                + "Smallest found falsifying value(s) :-\n{0, 1}\nCause was :-\nexpected 1 but was 2\n"
                + "Other found falsifying value(s) :- \n{5, 7}\n \nSeed was 1");
        assertThat(FailureMessages.describe(falsified))
                .contains("Counterexample found after 3 example(s).")
                .contains("Smallest failing input:\n{0, 1}")
                .contains("Why it fails:")
                .doesNotContain("{5, 7}");
    }

    @Test
    void anExceptionIsNamedWithItsMessage() {
        assertThat(FailureMessages.describe(new IllegalStateException("boom")))
                .isEqualTo("your code threw java.lang.IllegalStateException: boom");
    }

    @Test
    void aBlockedExitSaysWhatWasCalledAndInWhichThread() {
        ExitBlockedError[] inWorker = new ExitBlockedError[1];
        Thread worker = new Thread(() -> inWorker[0] = new ExitBlockedError("System.exit(2)"), "quitter");
        worker.start();
        joinQuietly(worker);

        assertThat(FailureMessages.describe(inWorker[0]))
                .startsWith("your code called System.exit(2) in thread \"quitter\", which would end the JVM");
    }

    @Test
    void tooManyThreadsNamesTheLimit() {
        assertThat(FailureMessages.describe(new ThreadLimitError(1000)))
                .contains("more than 1000 threads alive at once");
    }

    @Test
    void anAbortedTestGivesItsOwnReason() {
        assertThat(FailureMessages.describe(new org.opentest4j.TestAbortedException("speed-up not measured")))
                .isEqualTo("speed-up not measured");
    }

    @Test
    void theCauseChainHoldsEveryWrappedExceptionOnce() {
        ArithmeticException root = new ArithmeticException("root");
        IllegalStateException wrapper = new IllegalStateException("wrapper", new RuntimeException("middle", root));

        assertThat(FailureMessages.causeChain(wrapper)).hasSize(3).startsWith(wrapper).endsWith(root);
        assertThat(FailureMessages.causeChain(null)).isEmpty();
    }

    @Test
    void nothingThrownIsNoMessage() {
        assertThat(FailureMessages.describe(null)).isEmpty();
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
