package grader.arch;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static grader.i18n.Messages.localized;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * ArchUnit rules every exercise keeps, and a check that reports all broken rules at once.
 *
 * <p>These are static checks: reflection can bypass them and a call that is present may never
 * run, so each exercise pairs them with a dynamic test.
 */
public final class CourseRules {

    private CourseRules() {
    }

    /** The student's classes of the exercise that contains {@code anyClass}, without the tests. */
    public static JavaClasses studentClassesOf(Class<?> anyClass) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackagesOf(anyClass);
    }

    /**
     * Calls that ArchUnit describes well: a method named like {@code nameRegex} on {@code owner}
     * or any subtype (the static type at the call site may be a subtype, and overloads differ).
     */
    public static DescribedPredicate<JavaMethodCall> callTo(Class<?> owner, String nameRegex) {
        return target(With.owner(assignableTo(owner))).and(target(nameMatching(nameRegex)))
                .forSubtype();
    }

    /**
     * The class with this simple name calls at least one method that {@code call} accepts.
     * ArchUnit's own {@code callMethodWhere} passes a class that makes no method call at all,
     * so a skeleton would pass it; this condition does not.
     */
    public static ArchRule classCalls(String simpleName, DescribedPredicate<JavaMethodCall> call) {
        return classes().that().haveSimpleName(simpleName).should(new ArchCondition<JavaClass>(
                "call a method where " + call.getDescription()) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean calls = type.getMethodCallsFromSelf().stream().anyMatch(call);
                events.add(new SimpleConditionEvent(type, calls, type.getSimpleName()
                        + (calls ? " calls " : " never calls a method where ") + call.getDescription()));
            }
        });
    }

    /** No {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt}: they end the grading JVM. */
    public static ArchRule neverExitsTheJvm() {
        return noClasses().should().callMethod(System.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "halt", int.class)
                .because(localized("ending the JVM ends the program that called you",
                        "terminar la JVM termina también el programa que te llamó"));
    }

    /** No {@code Thread.run()}: it runs the body on the calling thread, so nothing runs in parallel. */
    public static ArchRule neverCallsThreadRun() {
        return noClasses().should().callMethod(Thread.class, "run")
                .because(localized("run() executes the body on the calling thread; start() creates a new one",
                        "run() ejecuta el cuerpo en el hilo que llama; start() crea uno nuevo"));
    }

    /** Fails with every violated rule, in one message. */
    public static void check(JavaClasses classes, ArchRule... rules) {
        List<String> violations = new ArrayList<>();
        for (ArchRule rule : rules) {
            EvaluationResult result = rule.evaluate(classes);
            if (result.hasViolation()) {
                violations.add(result.getFailureReport().toString());
            }
        }
        if (!violations.isEmpty()) {
            throw new AssertionFailedError(String.join(System.lineSeparator(), violations));
        }
    }
}
