package grader.race;

import static grader.i18n.Messages.localized;

import grader.junit.FailureMessages;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jetbrains.lincheck.Lincheck;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.opentest4j.AssertionFailedError;

/**
 * Finds races and deadlocks deterministically: Lincheck's model checker runs a small concurrent
 * scenario under many interleavings of its threads, pausing each thread at every shared read,
 * write and lock, and reports an interleaving that breaks the scenario, step by step. A scenario
 * that meets a skeleton's {@code TODO} is reported as the unfinished work it is, without an
 * interleaving or the hint.
 *
 * <p>A stress loop finds a lost update only now and then (two threads of a hundred increments
 * each lost none in twenty runs on two cores); the model checker finds it every time and shows
 * how it happened, which is what a student needs to see. Its search starts from a fixed seed, so
 * the same code meets the same interleavings, and earns the same points, on every run.
 *
 * <pre>{@code
 * private static Counter shared; // a field: see below
 *
 * Interleavings.of(() -> {
 *             shared = new Counter();
 *             Interleavings.runTogether(() -> shared.increment(), () -> shared.increment());
 *             if (shared.value() != 2) {
 *                 throw new AssertionError("value=" + shared.value());
 *             }
 *         })
 *         .hint("Is the increment one indivisible step?", "¿Es el incremento un único paso indivisible?")
 *         .assertAlwaysHolds("two increments count two", "dos incrementos cuentan dos");
 * }</pre>
 *
 * <p>Rules for scenarios, learnt the hard way:
 * <ul>
 *   <li>Keep the shared object in a field, not only in a local variable that the threads'
 *       lambdas capture: on JDK 25 Lincheck takes such an object for thread-local and misses the
 *       race. The test kit's own canary tests check that a plain {@code count++} is caught.</li>
 *   <li>Build no localized or formatted text inside the scenario ({@code String.format} fails
 *       under the model checker); throw a plain {@code AssertionError} saying what was observed,
 *       and put the explanation in the property and the hint.</li>
 * </ul>
 *
 * <p>Lincheck is an optional dependency of the test kit: an exercise that uses this class
 * declares {@code org.jetbrains.lincheck:lincheck} as a test dependency.
 */
public final class Interleavings {

    /**
     * Interleavings explored per scenario: four times what the hardest known mistake of the
     * course needs. A plain {@code count++} is found within the first 20, and every known mistake
     * of exercises 05 and 08 within 100 (two volatile counters without a lock need more than 50);
     * a correct scenario costs the time of every interleaving explored.
     */
    private static final int INVOCATIONS = 400;

    /** Runs of the model checker before an internal error of Lincheck's is reported as such. */
    private static final int ATTEMPTS = 3;

    /** Lincheck's report ends with a second, wider copy of the trace that adds source lines. */
    private static final String DETAILED_TRACE = "Detailed trace:";

    private final Runnable scenario;
    private String hintEn = "";
    private String hintEs = "";

    private Interleavings(Runnable scenario) {
        this.scenario = scenario;
    }

    /** A scenario: it starts threads, waits for them, and throws when it observes a broken property. */
    public static Interleavings of(Runnable scenario) {
        return new Interleavings(scenario);
    }

    /** What to look at when an interleaving breaks the scenario. */
    public Interleavings hint(String english, String spanish) {
        this.hintEn = english;
        this.hintEs = spanish;
        return this;
    }

    /**
     * Runs the scenario under many interleavings and fails, showing the interleaving, when one of
     * them makes it throw.
     *
     * @param propertyEn what the scenario checks, as an English sentence
     * @param propertyEs the same in Spanish
     */
    public void assertAlwaysHolds(String propertyEn, String propertyEs) {
        try {
            runModelChecker();
        } catch (LincheckAssertionError failure) {
            Optional<String> todo = FailureMessages.todoIn(failure.getMessage());
            if (todo.isPresent()) { // code not written yet: no interleaving, no hint about races or deadlocks
                throw new UnsupportedOperationException(todo.get());
            }
            throw new AssertionFailedError(localized(
                    "%s: false in at least one interleaving of the threads. %s%n"
                            + "Lincheck ran the scenario under many interleavings and found this one. Read it from "
                            + "top to bottom: each column is a thread and each row one step (\"➜\" reads a field, "
                            + "\"=\" writes it); \"switch\" is where a thread was paused in the middle of a method "
                            + "while another one ran.%n%n%s",
                    "%s: falso en al menos un entrelazado de los hilos. %s%n"
                            + "Lincheck ejecutó el escenario con muchos entrelazados y encontró este. Léelo de "
                            + "arriba abajo: cada columna es un hilo y cada fila un paso (\"➜\" lee un campo, "
                            + "\"=\" lo escribe); \"switch\" es donde un hilo quedó en pausa a mitad de un método "
                            + "mientras otro se ejecutaba.%n%n%s",
                    localized(propertyEn, propertyEs), localized(hintEn, hintEs), readable(failure.getMessage())));
        }
    }

    /**
     * Runs Lincheck, again when it fails inside itself. Everything the scenario throws reaches us
     * as a {@link LincheckAssertionError}; anything else is Lincheck's own error. On JDK 25,
     * Lincheck 3.7 now and then throws an {@code IndexOutOfBoundsException} from its own code
     * in a JVM where it ran fine before (2 of 12 runs of the canary class in a row, then none
     * in 42); the next run explores the same interleavings and reports the scenario's failure.
     */
    private void runModelChecker() {
        for (int attempt = 1; ; attempt++) {
            try {
                Lincheck.runConcurrentTest(INVOCATIONS, scenario);
                return;
            } catch (RuntimeException internal) { // not the scenario's: that is an AssertionError
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("Lincheck failed inside itself " + ATTEMPTS
                            + " times in a row; this is the grader's problem, not the submission's", internal);
                }
                System.err.println("[grader] Lincheck failed inside itself (" + internal + "); running it again");
            }
        }
    }

    /**
     * Starts one thread per action and waits for all of them: the scenario's concurrent part.
     * An action's exception is thrown again here once every thread ended, so it fails the
     * scenario and Lincheck reports it with its interleaving (a thread's own uncaught exception
     * would only be printed).
     */
    public static void runTogether(Runnable... actions) {
        Thread[] threads = new Thread[actions.length];
        Throwable[] thrown = new Throwable[actions.length]; // slot i: written by thread i only
        for (int i = 0; i < actions.length; i++) {
            Runnable action = actions[i];
            int slot = i;
            threads[i] = new Thread(() -> {
                try {
                    action.run();
                } catch (RuntimeException | Error e) { // a Runnable throws nothing else
                    thrown[slot] = e;
                }
            });
            threads[i].start();
        }
        for (Thread thread : threads) {
            try {
                thread.join(); // also makes the thread's slot visible here
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the scenario's threads", e);
            }
        }
        for (Throwable e : thrown) {
            if (e instanceof Error error) {
                throw error;
            }
            if (e != null) {
                throw (RuntimeException) e;
            }
        }
    }

    /** Lincheck's report without its stack traces and without the detailed copy of the trace. */
    private static String readable(String report) {
        String text = String.valueOf(report);
        int detailed = text.indexOf(DETAILED_TRACE);
        if (detailed >= 0) {
            text = text.substring(0, detailed);
        }
        return text.lines()
                .filter(line -> !line.startsWith("\tat ") && !line.startsWith("\t... "))
                .collect(Collectors.joining(System.lineSeparator()))
                .strip();
    }
}
