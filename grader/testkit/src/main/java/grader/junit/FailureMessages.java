package grader.junit;

import static grader.i18n.Messages.localized;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentest4j.IncompleteExecutionException;

/**
 * Turns what a failed test threw into one message for the student: assertion messages as they
 * are, unfinished TODOs and crashes in plain words, and the student's own line where it happened.
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
        if (failure instanceof UnsupportedOperationException
                && String.valueOf(failure.getMessage()).startsWith("TODO")) {
            text = localized("not implemented yet: %s", "aún sin implementar: %s", failure.getMessage());
        } else if (failure instanceof IncompleteExecutionException) {
            text = String.valueOf(failure.getMessage()); // aborted, e.g. a speed-up not measured
        } else if (failure instanceof AssertionError) {
            text = describeAssertion(String.valueOf(failure.getMessage()).strip());
        } else if (failure instanceof StackOverflowError) {
            text = localized("StackOverflowError: a method calls itself without end",
                    "StackOverflowError: un método se llama a sí mismo sin fin");
        } else if (failure instanceof OutOfMemoryError) {
            text = localized("OutOfMemoryError: %s (too many objects or threads?)",
                    "OutOfMemoryError: %s (¿demasiados objetos o hilos?)", failure.getMessage());
        } else {
            text = localized("your code threw %s", "tu código lanzó %s", failure);
        }
        String location = studentLocation(failure);
        if (!location.isEmpty() && !(failure instanceof AssertionError)) {
            text += localized(" (at %s)", " (en %s)", location);
        }
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) + "…" : text;
    }

    /**
     * An assertion's message, with the parts that are not the student's concern put in words:
     * an unfinished TODO met on the way, and QuickTheories' report of a falsified property.
     */
    private static String describeAssertion(String message) {
        Matcher todo = TODO.matcher(message);
        if (todo.find()) {
            return localized("not implemented yet: %s", "aún sin implementar: %s", todo.group(1));
        }
        if (message.startsWith("Property falsified")) {
            return message
                    .replaceFirst("Property falsified after (\\d+) example\\(s\\)\\s*",
                            localized("Counterexample found after $1 example(s).",
                                    "Contraejemplo encontrado tras $1 ejemplo(s)."))
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
                if (isStudentClass(frame.getClassName())) {
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

    private static boolean isStudentClass(String className) {
        String studentClasses = System.getProperty("grader.studentClasses");
        if (studentClasses == null) {
            return false;
        }
        try {
            Class<?> type = Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            CodeSource source = type.getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            return location != null && Path.of(location.toURI()).equals(Path.of(studentClasses));
        } catch (ClassNotFoundException | LinkageError | SecurityException | URISyntaxException e) {
            return false;
        }
    }
}
