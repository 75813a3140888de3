package grader.junit;

import grader.Graded;
import grader.i18n.Lang;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGenerator;

/**
 * Shows each graded test by its sentence in the student's language, in the IDE and in reports.
 * Registered for every test class in {@code junit-platform.properties}.
 */
public final class GradedDisplayNames extends DisplayNameGenerator.Standard {

    /** The method JUnit calls since 5.12: {@code Standard} overrides it, so the older two-argument one is never called. */
    @Override
    public String generateDisplayNameForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass,
                                               Method testMethod) {
        Graded graded = testMethod.getAnnotation(Graded.class);
        if (graded == null) {
            return super.generateDisplayNameForMethod(enclosingInstanceTypes, testClass, testMethod);
        }
        return Lang.current().pick(graded.en(), graded.es());
    }
}
