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
    void aFalsifiedPropertyGivesItsReasonFirstThenItsSmallestCounterexample() {
        AssertionError falsified = new AssertionError("Property falsified after 3 example(s) \n"
                + "Smallest found falsifying value(s) :-\n{0, 1}\nCause was :-\n"
                + "org.opentest4j.AssertionFailedError: [the sum is off: are the parts contiguous?] \n"
                + "expected: 1\n but was: 2\n\tat ex01.ParallelSumTest.lambda$0(ParallelSumTest.java:40)\n"
                + "\tat org.quicktheories.impl.Property.tryFalsification(Property.java:23)\n\n"
                + "Other found falsifying value(s) :- \n{5, 7}\n \nSeed was 1");

        assertThat(FailureMessages.describe(falsified)).isEqualToNormalizingNewlines(
                "the sum is off: are the parts contiguous?\nexpected: 1\n but was: 2\n"
                        + "Smallest failing input: {0, 1} (found after 3 example(s)).");
    }

    @Test
    void aPropertyFalsifiedByAnUndescribedAssertionGetsTheGradersSentenceFirst() {
        AssertionError falsified = new AssertionError("Property falsified after 2 example(s) \n"
                + "Smallest found falsifying value(s) :-\n{-1, 2}\nCause was :-\n"
                + "java.lang.AssertionError: \nExpecting actual:\n  0\nto be between:\n  [-1, 2]\n"
                + "\tat ex13.MeanTest.lambda$0(MeanTest.java:16)\n\nSeed was 1");

        assertThat(FailureMessages.describe(falsified)).startsWith(
                "the property does not hold for every input; the check that failed:\nExpecting actual:");
    }

    @Test
    void aPropertyFalsifiedByAnExceptionSaysTheCodeThrewIt() {
        AssertionError falsified = new AssertionError("Property falsified after 2 example(s) \n"
                + "Smallest found falsifying value(s) :-\n4\nCause was :-\njava.lang.IllegalStateException: boom 4\n"
                + "\tat Work.run(Work.java:10)\n\nOther found falsifying value(s) :- \n5\n \nSeed was 42");

        assertThat(FailureMessages.describe(falsified)).isEqualToNormalizingNewlines(
                "your code threw java.lang.IllegalStateException: boom 4\n"
                        + "Smallest failing input: 4 (found after 2 example(s)).");
    }

    @Test
    void anAssertionsDescriptionComesFirstAndTheLibrarysValuesAfterIt() {
        AssertionError failed = new AssertionError("[the output lost numbers: is every end mark passed on?] \n"
                + "Expecting actual:\n  [1, 2]\nto contain exactly:\n  [1, 2, 3]");

        assertThat(FailureMessages.describe(failed)).startsWith("the output lost numbers: is every end mark passed on?\n"
                + "Expecting actual:");
    }

    @Test
    void anAssertionErrorThatOnlyWrapsAnExceptionIsDescribedAsThatException() {
        IllegalStateException thrown = new IllegalStateException("boom");

        assertThat(FailureMessages.describe(new AssertionError(thrown)))
                .isEqualTo("your code threw java.lang.IllegalStateException: boom");
    }

    @Test
    void aPipeWhoseWriterEndedWithoutClosingItIsExplainedBeforeTheException() {
        assertThat(FailureMessages.describe(new java.io.IOException("Write end dead")))
                .startsWith("The thread that wrote into the pipe ended without closing it (Write end dead): close the "
                        + "PipedOutputStream")
                .endsWith("your code threw java.io.IOException: Write end dead");
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
