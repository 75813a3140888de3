package grader.guard;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.util.Optional;

/**
 * Which classes are the student's: those compiled from the exercise's {@code src/main/java} into
 * the folder that {@code -Dgrader.studentClasses} names. Tests, the grader and the JDK are not.
 */
public final class StudentCode {

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private static final ClassValue<Boolean> IS_STUDENT = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            ProtectionDomain domain = type.getProtectionDomain();
            return domain != null && isStudentLocation(domain.getCodeSource());
        }
    };

    private StudentCode() {
    }

    /** Whether the grader knows which classes are the student's ({@code -Dgrader.studentClasses} is set). */
    public static boolean known() {
        return GraderProperties.studentClasses().isPresent();
    }

    /** Whether classes loaded from {@code source} are the student's. */
    public static boolean isStudentLocation(CodeSource source) {
        URL location = source == null ? null : source.getLocation();
        Optional<Path> studentClasses = GraderProperties.studentClasses();
        if (studentClasses.isEmpty() || location == null || !"file".equals(location.getProtocol())) {
            return false;
        }
        try {
            return Path.of(location.toURI()).equals(studentClasses.get());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    public static boolean isStudentClass(Class<?> type) {
        return IS_STUDENT.get(type);
    }

    /** The class named so, looked up without initializing it, if it is the student's. */
    public static boolean isStudentClass(String className) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            return isStudentClass(Class.forName(className, false,
                    loader != null ? loader : ClassLoader.getSystemClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The innermost frame of student code in {@code stack}: where a report points the student. */
    public static Optional<StackTraceElement> firstFrame(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (isStudentClass(frame.getClassName())) {
                return Optional.of(frame);
            }
        }
        return Optional.empty();
    }

    /** Whether student code is anywhere on the calling thread's stack. */
    public static boolean onStack() {
        return WALKER.walk(frames -> frames.anyMatch(frame -> isStudentClass(frame.getDeclaringClass())));
    }
}
