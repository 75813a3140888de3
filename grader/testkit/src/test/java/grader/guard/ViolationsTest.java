package grader.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void whatWasRecordedAfterAMarkIsWhatComesBack() {
        Violations.record(new ThreadLimitError(7));
        int mark = Violations.mark();
        ExitBlockedError exit = Violations.record(new ExitBlockedError("System.exit(0)"));

        assertThat(Violations.since(mark)).containsExactly(exit);
        assertThat(exit.threadName()).isEqualTo(Thread.currentThread().getName());
    }

    @Test
    void noStudentCodeIsKnownWithoutTheStudentClassesFolder() {
        assertThat(StudentCode.isStudentClass(ViolationsTest.class)).isFalse();
        assertThat(StudentCode.onStack()).isFalse();
    }
}
