package grader.junit;

import static org.assertj.core.api.Assertions.assertThat;

import grader.i18n.InEnglish;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InEnglish.class)
class OutputLimitTest {

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    @AfterEach
    void restore() {
        System.setOut(out);
        System.setErr(err);
        System.clearProperty("grader.maxOutputBytes");
    }

    @Test
    void printingPastTheLimitKeepsTheLimitAndSaysSo() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true));
        System.setProperty("grader.maxOutputBytes", "100");

        new OutputLimit().testPlanExecutionStarted(null);
        for (int line = 0; line < 1000; line++) {
            System.out.println("0123456789");
        }

        String kept = captured.toString();
        assertThat(kept).startsWith("0123456789").contains("more than 100 bytes printed");
        assertThat(kept.length()).isLessThan(300);
    }
}
