package grader.probe;

import static grader.i18n.Messages.localized;

import grader.junit.SubmissionThreads;
import grader.junit.ThreadDump;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * The threads alive at one moment, to tell afterwards which threads the code under test started
 * and left running: a pool never shut down, a worker blocked forever on a queue or a pipe.
 * Which threads count is {@link SubmissionThreads}'s definition, the same as the check after
 * every graded test.
 *
 * <pre>{@code
 * LiveThreads before = LiveThreads.now();
 * pipeline.process(input);
 * before.assertNoneLeftRunning("Does every worker stop at the end-of-stream mark?", "...");
 * }</pre>
 */
public final class LiveThreads {

    private final SubmissionThreads since;

    private LiveThreads(SubmissionThreads since) {
        this.since = since;
    }

    /** The threads alive now. */
    public static LiveThreads now() {
        return new LiveThreads(SubmissionThreads.since());
    }

    /** Fails, saying where each one is, when threads started since this snapshot are still running. */
    public void assertNoneLeftRunning(String hintEn, String hintEs) {
        List<Thread> left = since.stillAlive();
        if (!left.isEmpty()) {
            throw new AssertionFailedError(localized(
                    "%d thread(s) started by the call are still running after it returned. %s%n%s",
                    "%d hilo(s) arrancados por la llamada siguen en marcha después de que volviera. %s%n%s",
                    left.size(), localized(hintEn, hintEs), ThreadDump.of(left)));
        }
    }
}
