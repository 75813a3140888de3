package grader.mutation.pit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodNode;
import org.pitest.bytecode.analysis.ClassTree;
import org.pitest.classpath.CodeSource;
import org.pitest.coverage.CoverageDatabase;
import org.pitest.coverage.TestInfo;
import org.pitest.mutationtest.build.DefaultTestPrioritiser;
import org.pitest.mutationtest.build.TestPrioritiser;
import org.pitest.mutationtest.build.TestPrioritiserFactory;

/**
 * Which tests PIT runs against each mutant. PIT's default runs the tests that covered the
 * mutated code while it measured coverage in its own JVM, and never tries a mutant that no test
 * covered there. In this course two kinds of test exercise code without being seen to:
 * <ul>
 *   <li>tests that start child processes: the code a child runs (ex04's {@code SquaringChild},
 *       ex07's stage programs) is covered in the child, where PIT does not look. A mutant that no
 *       test covers gets every test of the exercise, and {@link ChildJvmMutants} makes the
 *       children run it;</li>
 *   <li>tests PIT records no coverage for at all: the interleaving tests of {@code grader.race},
 *       whose model checker (Lincheck) re-instruments the classes it explores, without PIT's
 *       coverage probes. They run against every mutant, after the tests that cover it.</li>
 * </ul>
 * Tests run fastest first, and PIT stops at the first that fails, so a killed mutant rarely
 * costs more than before. Code that nothing runs still survives, as a survivor to triage.
 */
public final class TestSelection implements TestPrioritiserFactory {

    /**
     * What PIT assumes a test without coverage takes, for its time-out: a model checker's run
     * (about 4 s on the course's machine) with room to spare. The test's own deadline, which the
     * mutation check shortens ({@code -Dgrader.maxDeadlineSeconds}), ends a hang sooner.
     */
    static final int UNMEASURED_TEST_MILLIS = 10_000;

    private static final Set<String> TEST_ANNOTATIONS = Set.of("Lgrader/Graded;", "Lorg/junit/jupiter/api/Test;");

    @Override
    public String description() {
        return "Every test for mutants in code run by child processes; tests without coverage for every mutant";
    }

    @Override
    public TestPrioritiser makeTestPrioritiser(Properties properties, CodeSource code, CoverageDatabase coverage) {
        TestPrioritiser covering = new DefaultTestPrioritiser(coverage);
        List<TestInfo> covered = code.getCodeUnderTestNames().stream()
                .flatMap(type -> coverage.getTestsForClass(type).stream())
                .distinct()
                .sorted(Comparator.comparingInt(TestInfo::getTime))
                .collect(Collectors.toList());
        Set<String> coveredNames = covered.stream().map(TestInfo::getName).collect(Collectors.toSet());
        List<TestInfo> withoutCoverage = code.testTrees()
                .flatMap(TestSelection::testsOf)
                .filter(test -> !coveredNames.contains(test.getName()))
                .collect(Collectors.toList());
        return mutation -> {
            List<TestInfo> tests = new ArrayList<>(covering.assignTests(mutation));
            if (tests.isEmpty()) {
                tests.addAll(covered);
            }
            tests.addAll(withoutCoverage);
            return tests;
        };
    }

    /** The JUnit tests a test class declares, named as PIT's JUnit 5 plugin names them. */
    static Stream<TestInfo> testsOf(ClassTree testClass) {
        String className = testClass.name().asJavaName();
        return testClass.rawNode().methods.stream()
                .filter(TestSelection::isTest)
                .map(method -> new TestInfo(className,
                        className + ".[engine:junit-jupiter]/[class:" + className + "]/[method:" + method.name + "("
                                + parameterTypes(method) + ")]",
                        UNMEASURED_TEST_MILLIS, Optional.empty(), 0));
    }

    private static boolean isTest(MethodNode method) {
        return method.visibleAnnotations != null && method.visibleAnnotations.stream()
                .map(annotation -> annotation.desc)
                .anyMatch(TEST_ANNOTATIONS::contains);
    }

    /** As JUnit writes them in a test's unique id: the types' names, separated by ", ". */
    private static String parameterTypes(MethodNode method) {
        return Stream.of(Type.getArgumentTypes(method.desc)).map(Type::getClassName).collect(Collectors.joining(", "));
    }
}
