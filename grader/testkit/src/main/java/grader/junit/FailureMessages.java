package grader.junit;

import static grader.i18n.Messages.localized;

import grader.guard.ExitBlockedError;
import grader.guard.StudentCode;
import grader.guard.SubmissionError;
import grader.guard.ThreadLimitError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentest4j.IncompleteExecutionException;

/**
 * Turns what a failed test threw into one message for the student: assertion messages as they
 * are, unfinished TODOs and crashes in plain words; and finds the student's own line where it
 * happened ({@link #studentLocation}), which reports show beside the message.
 */
public final class FailureMessages {

    private static final int MAX_CHARS = 16_000;
    private static final Pattern TODO = Pattern.compile("UnsupportedOperationException: (TODO[^\\n\\]]*)");

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
            text = localized("your code threw %s", "tu código lanzó %s", failure);
        }
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) + "…" : text;
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
     * An assertion's message, with the parts that are not the student's concern put in words:
     * an unfinished TODO met on the way, and QuickTheories' report of a falsified property.
     */
    private static String describeAssertion(String message) {
        Optional<String> todo = todoIn(message);
        if (todo.isPresent()) {
            return localized("not implemented yet: %s", "aún sin implementar: %s", todo.get());
        }
        if (message.startsWith("Property falsified")) {
            return message
                    .replaceFirst("Property falsified after (\\d+) example\\(s\\)\\s*",
                            localized("Counterexample found after $1 example(s).\n",
                                    "Contraejemplo encontrado tras $1 ejemplo(s).\n"))
                    .replace("Smallest found falsifying value(s) :-",
                            localized("Smallest failing input:", "Entrada más pequeña que falla:"))
                    .replace("Cause was :-", localized("Why it fails:", "Por qué falla:"))
                    .replaceAll("(?s)Other found falsifying value\\(s\\) :-.*?(?=Seed was)", "");
        }
        return message;
    }

    /**
     * The top frame of the student's code ({@code File.java:42}) in the failure or its causes,
     * or empty. Student code is what was compiled into {@code target/classes}, not the tests.
     */
    public static String studentLocation(Throwable failure) {
        for (Throwable t : causeChain(failure)) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (StudentCode.isStudentClass(frame.getClassName())) {
                    return frame.getFileName() + ":" + frame.getLineNumber();
                }
            }
        }
        return "";
    }

    /**
     * The failure, its cause, the cause's cause, and so on: where a test looks for the exception
     * it expects, since the code under test may wrap it. Empty for {@code null}.
     */
    public static List<Throwable> causeChain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
