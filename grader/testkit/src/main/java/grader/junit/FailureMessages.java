package grader.junit;

import static grader.i18n.Messages.localized;

import grader.guard.ExitBlockedError;
import grader.guard.StudentCode;
import grader.guard.SubmissionError;
import grader.guard.ThreadLimitError;
import grader.probe.Causes;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentest4j.IncompleteExecutionException;

/**
 * Turns what a failed test threw into one message for the student, which starts with the grader's
 * own sentence in the student's language: an assertion's description before the library's expected
 * and actual values, a falsified property's reason before its counterexample, unfinished TODOs,
 * broken pipes and crashes in plain words. It also finds the student's own line where it happened
 * ({@link #studentLocation}), which reports show beside the message.
 */
public final class FailureMessages {

    private static final int MAX_CHARS = 16_000;
    private static final Pattern TODO = Pattern.compile("UnsupportedOperationException: (TODO[^\\n\\]]*)");
    /** AssertJ's {@code [description] } before its own message, which starts on a new line. */
    private static final Pattern DESCRIBED = Pattern.compile("(?s)\\[(.*?)] ?\\R(.*)");
    /** QuickTheories' report: the examples tried, the smallest counterexample, and the cause without its stack. */
    private static final Pattern FALSIFIED = Pattern.compile("(?s)^Property falsified after (\\d+) example\\(s\\)\\s*"
            + "Smallest found falsifying value\\(s\\) :-\\s*(.*?)\\s*Cause was :-\\s*(.*?)\\s*"
            + "(?:\\R\\tat |Other found falsifying value|Seed was|$)");
    /** An assertion error as {@code toString()} shows it: its class, then its message. */
    private static final Pattern ASSERTION = Pattern.compile("(?s)(?:org\\.opentest4j\\.AssertionFailedError|"
            + "java\\.lang\\.AssertionError|org\\.opentest4j\\.MultipleFailuresError): (.*)");

    private FailureMessages() {
    }

    /** The message for the scoreboard; empty when nothing was thrown. */
    public static String describe(Throwable failure) {
        if (failure == null) {
            return "";
        }
        String text;
        if (isTodo(failure)) {
            text = localized("not implemented yet: %s", "aún sin implementar: %s", failure.getMessage());
        } else if (failure instanceof IncompleteExecutionException) {
            text = String.valueOf(failure.getMessage()); // aborted, e.g. a speed-up not measured
        } else if (failure instanceof AssertionError && failure.getCause() != null
                && String.valueOf(failure.getMessage()).equals(failure.getCause().toString())) {
            text = describe(failure.getCause()); // new AssertionError(e): a test that only passes e on
        } else if (failure instanceof AssertionError) {
            text = describeAssertion(String.valueOf(failure.getMessage()).strip());
        } else if (failure instanceof ExitBlockedError) {
            text = localized("your code called %s%s, which would end the JVM that grades it: return a result "
                            + "or throw an exception instead",
                    "tu código llamó a %s%s, que terminaría la JVM que lo califica: devuelve un resultado "
                            + "o lanza una excepción en su lugar",
                    ((ExitBlockedError) failure).call(), inThread((SubmissionError) failure));
        } else if (failure instanceof ThreadLimitError) {
            text = localized("your code tried to have more than %d threads alive at once%s: does it start "
                            + "threads without bound, or threads that never end?",
                    "tu código intentó tener más de %d hilos vivos a la vez%s: ¿arranca hilos sin límite, "
                            + "o hilos que nunca terminan?",
                    ((ThreadLimitError) failure).limit(), inThread((SubmissionError) failure));
        } else if (failure instanceof StackOverflowError) {
            text = localized("StackOverflowError: a method calls itself without end",
                    "StackOverflowError: un método se llama a sí mismo sin fin");
        } else if (failure instanceof OutOfMemoryError) {
            text = localized("OutOfMemoryError: %s (too many objects or threads?)",
                    "OutOfMemoryError: %s (¿demasiados objetos o hilos?)", failure.getMessage());
        } else {
            text = brokenPipe(failure).map(pipe -> pipe + System.lineSeparator()).orElse("")
                    + localized("your code threw %s", "tu código lanzó %s", failure);
        }
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) + "…" : text;
    }

    /**
     * What a {@code PipedInputStream}'s or {@code PipedOutputStream}'s own message means, when the
     * failure or one of its causes has one: which end of the pipe was left behind, and how.
     */
    private static Optional<String> brokenPipe(Throwable failure) {
        for (Throwable t : Causes.chainOf(failure)) {
            String message = t instanceof IOException ? String.valueOf(t.getMessage()) : "";
            if (message.equals("Write end dead") || message.equals("Pipe broken")) {
                return Optional.of(localized("The thread that wrote into the pipe ended without closing it (%s): "
                                + "close the PipedOutputStream once everything is written, also when writing fails "
                                + "(try-with-resources), so that the reader sees the end of the stream.",
                        "El hilo que escribía en la tubería terminó sin cerrarla (%s): cierra el PipedOutputStream "
                                + "cuando todo esté escrito, también cuando falle la escritura (try-with-resources), "
                                + "para que el lector vea el fin del flujo.", message));
            }
            if (message.equals("Read end dead")) {
                return Optional.of(localized("The thread that read from the pipe ended while another one still "
                                + "wrote into it (%s): read until the end of the stream before the reader stops.",
                        "El hilo que leía de la tubería terminó mientras otro aún escribía en ella (%s): lee hasta "
                                + "el fin del flujo antes de que pare el lector.", message));
            }
            if (message.equals("Pipe closed")) {
                return Optional.of(localized("A pipe was used after one of its ends was closed (%s): close each end "
                                + "only when its thread is done with it.",
                        "Se usó una tubería después de cerrar uno de sus extremos (%s): cierra cada extremo solo "
                                + "cuando su hilo haya terminado con él.", message));
            }
        }
        return Optional.empty();
    }

    /**
     * The skeleton's {@code TODO: Class.method} that a report names, as an assertion's or a model
     * checker's report names the exception the code threw; empty when it names none.
     */
    public static Optional<String> todoIn(String report) {
        Matcher todo = TODO.matcher(String.valueOf(report));
        return todo.find() ? Optional.of(todo.group(1)) : Optional.empty();
    }

    /** Whether {@code failure} is a skeleton's {@code UnsupportedOperationException("TODO: …")}. */
    public static boolean isTodo(Throwable failure) {
        return failure instanceof UnsupportedOperationException
                && String.valueOf(failure.getMessage()).startsWith("TODO");
    }

    /** {@code  in thread "worker-1"}, unless it happened in the test's own thread. */
    private static String inThread(SubmissionError error) {
        return error.threadName().equals("graded-test") ? ""
                : localized(" in thread \"%s\"", " en el hilo \"%s\"", error.threadName());
    }

    /**
     * An assertion's message, with the grader's sentence first and the library's text after it:
     * an unfinished TODO met on the way in words; AssertJ's description, which it puts in
     * brackets before its expected and actual values, on the first line; and a falsified
     * property's reason before its smallest counterexample.
     */
    private static String describeAssertion(String message) {
        Optional<String> todo = todoIn(message);
        if (todo.isPresent()) {
            return localized("not implemented yet: %s", "aún sin implementar: %s", todo.get());
        }
        Matcher falsified = FALSIFIED.matcher(message);
        if (falsified.find()) {
            return describeCause(falsified.group(3)) + System.lineSeparator() + localized(
                    "Smallest failing input: %s (found after %s example(s)).",
                    "Entrada más pequeña que falla: %s (encontrada tras %s ejemplo(s)).",
                    falsified.group(2), falsified.group(1));
        }
        Matcher described = DESCRIBED.matcher(message);
        return described.matches() ? described.group(1) + System.lineSeparator() + described.group(2) : message;
    }

    /**
     * What QuickTheories reports as the cause of a falsified property: a failed assertion, or what
     * the code threw. An assertion without a description of the test's gets a sentence of the
     * grader's before the library's values.
     */
    private static String describeCause(String cause) {
        Matcher assertion = ASSERTION.matcher(cause);
        if (!assertion.matches()) {
            return localized("your code threw %s", "tu código lanzó %s", cause);
        }
        String failed = assertion.group(1);
        if (todoIn(failed).isPresent() || DESCRIBED.matcher(failed).matches()) {
            return describeAssertion(failed);
        }
        return localized("the property does not hold for every input; the check that failed:",
                "la propiedad no se cumple para toda entrada; la comprobación que falló:")
                + System.lineSeparator() + failed.strip();
    }

    /**
     * The top frame of the student's code ({@code File.java:42}) in the failure or its causes,
     * or empty. Student code is what was compiled into {@code target/classes}, not the tests.
     */
    public static String studentLocation(Throwable failure) {
        for (Throwable t : Causes.chainOf(failure)) {
            Optional<StackTraceElement> frame = StudentCode.firstFrame(t.getStackTrace());
            if (frame.isPresent()) {
                return frame.get().getFileName() + ":" + frame.get().getLineNumber();
            }
        }
        return "";
    }
}
