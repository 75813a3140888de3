package grader.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import grader.guard.ExitBlockedError;
import grader.probe.Rendezvous;
import grader.record.FailureCause;
import org.junit.jupiter.api.Test;

class FailureCausesTest {

    /** An exception as the code under test throws it: its top frame is in the exercise's package. */
    private static <T extends Throwable> T thrownByTheExercise(T failure) {
        failure.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("ex08.Bank", "transfer", "Bank.java", 42),
                new StackTraceElement("ex08.BankTest", "transfersMoney", "BankTest.java", 17)});
        return failure;
    }

    @Test
    void aTodoIsTheSkeletonsUnfinishedWorkWhereverItIsMet() {
        UnsupportedOperationException todo = new UnsupportedOperationException("TODO: Bank.transfer");

        assertThat(FailureCauses.of(todo)).isEqualTo(FailureCause.UNFINISHED);
        assertThat(FailureCauses.of(new IllegalStateException("a worker failed", todo)))
                .isEqualTo(FailureCause.UNFINISHED);
        assertThat(FailureCauses.of(new AssertionError("Cause was :-\njava.lang.UnsupportedOperationException: "
                + "TODO: Bank.transfer\n"))).isEqualTo(FailureCause.UNFINISHED);
    }

    @Test
    void anAssertionThatDoesNotHoldIsACheck() {
        assertThat(FailureCauses.of(new AssertionError("expected 100 but was 90"))).isEqualTo(FailureCause.CHECK);
    }

    @Test
    void aMissingClassIsABrokenClassPathEvenWhenTheCodeWrapsIt() {
        NoClassDefFoundError missing = new NoClassDefFoundError("org/jetbrains/lincheck/Lincheck");

        assertThat(FailureCauses.of(missing)).isEqualTo(FailureCause.CLASS_PATH);
        assertThat(FailureCauses.of(new IllegalStateException("a worker failed", missing)))
                .isEqualTo(FailureCause.CLASS_PATH);
        assertThat(FailureCauses.of(new ClassNotFoundException("ex08.Account"))).isEqualTo(FailureCause.CLASS_PATH);
        assertThat(FailureCauses.of(new NoSuchMethodError("ex08.Bank.total()J"))).isEqualTo(FailureCause.CLASS_PATH);
    }

    @Test
    void aStaticInitializerThatThrewIsTheCodesFailureNotTheClassPaths() {
        assertThat(FailureCauses.of(thrownByTheExercise(new ExceptionInInitializerError(new NullPointerException()))))
                .isEqualTo(FailureCause.CODE);
        NoClassDefFoundError usedAgain = new NoClassDefFoundError("Could not initialize class ex08.Bank");
        assertThat(FailureCauses.of(thrownByTheExercise(usedAgain))).isEqualTo(FailureCause.CODE);
    }

    @Test
    void whatTheCodeUnderTestThrowsIsTheCodes() {
        assertThat(FailureCauses.of(thrownByTheExercise(new IllegalArgumentException("negative amount"))))
                .isEqualTo(FailureCause.CODE);
        assertThat(FailureCauses.of(new ExitBlockedError("System.exit(1)"))).isEqualTo(FailureCause.CODE);
        assertThat(FailureCauses.of(new OutOfMemoryError("Java heap space"))).isEqualTo(FailureCause.CODE);
    }

    @Test
    void anExceptionThatTheTestKitThrowsIsTheGradersOwn() {
        Throwable misuse = catchThrowable(() -> new Rendezvous(0));

        assertThat(FailureCauses.of(misuse)).isEqualTo(FailureCause.GRADER);
    }
}
