package grader.junit;

import grader.guard.StudentCode;
import grader.guard.SubmissionError;
import grader.probe.Causes;
import grader.record.FailureCause;
import java.util.List;

/**
 * Tells where a failed test's throwable came from ({@link FailureCause}): the code's unfinished
 * work, a check that did not hold, the code itself, a broken class path, or the grader.
 */
public final class FailureCauses {

    /** Packages whose code throws only when a test uses it wrongly, never because of the submission. */
    private static final List<String> GRADER_PACKAGES = List.of("grader.", "org.junit.", "org.opentest4j.",
            "org.assertj.", "org.quicktheories.", "com.tngtech.archunit.", "org.jetbrains.lincheck.");

    /** Packages that throw on behalf of their caller, so the frame below them tells who threw. */
    private static final List<String> LIBRARY_PACKAGES = List.of("java.", "javax.", "jdk.", "sun.", "kotlin.");

    private FailureCauses() {
    }

    /** Where {@code failure} came from. */
    public static FailureCause of(Throwable failure) {
        List<Throwable> chain = Causes.chainOf(failure);
        if (chain.stream().anyMatch(FailureCauses::isUnfinished)) {
            return FailureCause.UNFINISHED;
        }
        if (chain.stream().anyMatch(FailureCauses::isBrokenClassPath)) {
            return FailureCause.CLASS_PATH;
        }
        if (failure instanceof AssertionError) {
            return FailureCause.CHECK;
        }
        if (failure instanceof SubmissionError || failure instanceof VirtualMachineError) {
            return FailureCause.CODE; // System.exit, too many threads, no memory, no stack
        }
        return thrownByTheGrader(failure) ? FailureCause.GRADER : FailureCause.CODE;
    }

    /** A TODO of the skeleton, thrown or named in an assertion's message (a property's, a model checker's). */
    private static boolean isUnfinished(Throwable t) {
        return FailureMessages.isTodo(t)
                || t instanceof AssertionError && FailureMessages.todoIn(t.getMessage()).isPresent();
    }

    /**
     * A class that is missing or does not match what the code was compiled against. A static
     * initializer that threw is the code's failure, not the class path's, also the second time
     * the class is used ("Could not initialize class").
     */
    private static boolean isBrokenClassPath(Throwable t) {
        return t instanceof ClassNotFoundException
                || t instanceof LinkageError && !(t instanceof ExceptionInInitializerError)
                && !String.valueOf(t.getMessage()).startsWith("Could not initialize class");
    }

    /** Whether the first frame outside the JDK's libraries belongs to the grader or a test library. */
    private static boolean thrownByTheGrader(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            String type = frame.getClassName();
            if (LIBRARY_PACKAGES.stream().noneMatch(type::startsWith)) {
                return GRADER_PACKAGES.stream().anyMatch(type::startsWith) && !StudentCode.isStudentClass(type);
            }
        }
        return false;
    }
}
