package grader.scoreboard;

import com.google.gson.JsonObject;
import grader.record.FailureCause;

/**
 * One graded test's score: the neutral model that every report renders.
 *
 * @param id             {@code TestClass#method}
 * @param name           its sentence in the report's language
 * @param status         how it ended
 * @param points         points earned
 * @param maxPoints      points it is worth
 * @param message        why it did not earn its points (or why it was not measured); empty when passed
 * @param location       the student's file and line where the failure originates, or empty
 * @param durationMillis how long it ran
 * @param evidence       what it measured or observed (speed-up figures, worker timeline)
 * @param cause          where its failure came from, as its test JVM recorded it; null unless it failed
 */
public record TestGrade(String id, String name, Status status, int points, int maxPoints, String message,
                        String location, long durationMillis, JsonObject evidence, FailureCause cause) {

    /** How a graded test ended, as the scoreboard scores it. */
    public enum Status {
        PASSED,
        FAILED,
        /** A speed-up that the machine could not measure; scored by the concurrency proof. */
        NOT_MEASURED,
        /** The test never finished: the exercise did not compile, or its test JVM died or hung. */
        DID_NOT_RUN,
        /**
         * Its result does not count: its test file was changed or deleted, or its exercise has code
         * that could take the grader's place.
         */
        VOIDED
    }

    /** Whether it earned its points: it passed, or its speed-up was not measured and the proof vouched for it. */
    public boolean passed() {
        return status == Status.PASSED || status == Status.NOT_MEASURED && points == maxPoints;
    }

    /** The first line of the message, for one-line reports. */
    public String reason() {
        String text = message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }
}
