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
import java.util.regex.Pattern;
import org.opentest4j.AssertionFailedError;

/**
 * ArchUnit rules every exercise keeps, each with the sentence that says what breaking it means,
 * and a check that reports all broken rules at once, in those sentences.
 *
 * <p>These are static checks: reflection can bypass them and a call that is present may never
 * run, so each exercise pairs them with a dynamic test.
 */
public final class CourseRules {

    private static final Pattern METHOD_NAMES = Pattern.compile("[A-Za-z_$][\\w$]*(\\|[A-Za-z_$][\\w$]*)*");

    /**
     * An ArchUnit rule, and what breaking it means in the student's language: the first words of
     * the failure ({@code "ParallelSum never calls Thread.start()"}), before ArchUnit's own list of
     * where it found the violation.
     */
    public record CourseRule(ArchRule rule, String broken) {

        /** The same rule, with why it matters after what breaking it means. */
        public CourseRule because(String reason) {
            return new CourseRule(rule, broken + ": " + reason);
        }
    }

    private CourseRules() {
    }

    /** Any ArchUnit rule, with the sentence that says what breaking it means. */
    public static CourseRule rule(ArchRule rule, String brokenEn, String brokenEs) {
        return new CourseRule(rule, localized(brokenEn, brokenEs));
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
     * Its description names the calls in words: {@code ExecutorService.submit() or invokeAll()}.
     */
    public static DescribedPredicate<JavaMethodCall> callTo(Class<?> owner, String nameRegex) {
        return target(With.owner(assignableTo(owner))).and(target(nameMatching(nameRegex)))
                .as(inWords(owner, nameRegex)).forSubtype();
    }

    /** {@code Thread.start()}, {@code ExecutorService.submit(), invokeAll() or execute()}. */
    private static String inWords(Class<?> owner, String nameRegex) {
        if (!METHOD_NAMES.matcher(nameRegex).matches()) {
            return owner.getSimpleName() + "." + nameRegex;
        }
        List<String> names = new ArrayList<>();
        for (String name : nameRegex.split("\\|")) {
            names.add(name + "()");
        }
        String last = names.remove(names.size() - 1);
        String calls = names.isEmpty() ? last
                : String.join(", ", names) + localized(" or ", " o ") + last;
        return owner.getSimpleName() + "." + calls;
    }

    /**
     * The class with this simple name calls at least one method that {@code call} accepts.
     * ArchUnit's own {@code callMethodWhere} passes a class that makes no method call at all,
     * so a skeleton would pass it; this condition does not.
     */
    public static CourseRule classCalls(String simpleName, DescribedPredicate<JavaMethodCall> call) {
        ArchRule rule = classes().that().haveSimpleName(simpleName).should(new ArchCondition<JavaClass>(
                "call a method where " + call.getDescription()) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean calls = type.getMethodCallsFromSelf().stream().anyMatch(call);
                events.add(new SimpleConditionEvent(type, calls, localized("no method of %s makes that call",
                        "ningún método de %s hace esa llamada", type.getName())));
            }
        });
        return new CourseRule(rule, localized("%s never calls %s", "%s nunca llama a %s", simpleName,
                call.getDescription()));
    }

    /** No {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt}: they end the grading JVM. */
    public static CourseRule neverExitsTheJvm() {
        return rule(noClasses().should().callMethod(System.class, "exit", int.class)
                        .orShould().callMethod(Runtime.class, "exit", int.class)
                        .orShould().callMethod(Runtime.class, "halt", int.class),
                "your code calls System.exit, Runtime.exit or Runtime.halt",
                "tu código llama a System.exit, Runtime.exit o Runtime.halt")
                .because(localized("ending the JVM ends the program that called you",
                        "terminar la JVM termina también el programa que te llamó"));
    }

    /** No {@code Thread.run()}: it runs the body on the calling thread, so nothing runs in parallel. */
    public static CourseRule neverCallsThreadRun() {
        return rule(noClasses().should().callMethod(Thread.class, "run"),
                "your code calls Thread.run()", "tu código llama a Thread.run()")
                .because(localized("run() executes the body on the calling thread; start() creates a new one",
                        "run() ejecuta el cuerpo en el hilo que llama; start() crea uno nuevo"));
    }

    /**
     * Fails with every broken rule, in one message: for each, the sentence that says what breaking
     * it means, then ArchUnit's list of where it found the violation.
     */
    public static void check(JavaClasses classes, CourseRule... rules) {
        List<String> broken = new ArrayList<>();
        for (CourseRule rule : rules) {
            EvaluationResult result = rule.rule().evaluate(classes);
            if (result.hasViolation()) {
                StringBuilder text = new StringBuilder(rule.broken()).append('.');
                for (String where : result.getFailureReport().getDetails()) {
                    text.append(System.lineSeparator()).append("    ").append(where);
                }
                broken.add(text.toString());
            }
        }
        if (!broken.isEmpty()) {
            throw new AssertionFailedError(String.join(System.lineSeparator(), broken));
        }
    }
}
