package grader.mutation.pit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pitest.bytecode.analysis.ClassTree;
import org.pitest.classinfo.ClassName;
import org.pitest.classpath.ClassloaderByteArraySource;
import org.pitest.classpath.CodeSource;
import org.pitest.coverage.BlockLocation;
import org.pitest.coverage.CoverageDatabase;
import org.pitest.coverage.TestInfo;
import org.pitest.mutationtest.build.TestPrioritiser;
import org.pitest.mutationtest.engine.Location;
import org.pitest.mutationtest.engine.MutationDetails;
import org.pitest.mutationtest.engine.MutationIdentifier;

class TestSelectionTest {

    /** A test class as the course writes them; it is never run here, only read. */
    static final class SomeTests {
        @Test
        void plain() {
        }

        @Test
        void withAFolder(@TempDir Path folder) {
        }

        void notATest() {
        }
    }

    private static final String CLASS = SomeTests.class.getName();
    private static final TestInfo PLAIN = test("plain()", 5);
    private static final TestInfo WITH_A_FOLDER = test("withAFolder(java.nio.file.Path)", 3);

    @Test
    void namesTheTestsOfAClassAsPitsJUnit5PluginDoes() {
        assertThat(TestSelection.testsOf(testTree()).map(TestInfo::getName)).containsExactly(
                CLASS + ".[engine:junit-jupiter]/[class:" + CLASS + "]/[method:plain()]",
                CLASS + ".[engine:junit-jupiter]/[class:" + CLASS + "]/[method:withAFolder(java.nio.file.Path)]");
    }

    @Test
    void aCoveredMutantGetsItsCoveringTestsThenTheTestsWithoutCoverage() {
        TestPrioritiser selection = selection(Map.of(1, List.of(PLAIN)), List.of(PLAIN));

        assertThat(names(selection.assignTests(mutantInBlock(1)))).containsExactly(PLAIN.getName(), WITH_A_FOLDER.getName());
    }

    @Test
    void anUncoveredMutantGetsEveryTestFastestFirst() {
        TestPrioritiser selection = selection(Map.of(1, List.of(PLAIN)), List.of(PLAIN, WITH_A_FOLDER));

        assertThat(names(selection.assignTests(mutantInBlock(2)))).containsExactly(WITH_A_FOLDER.getName(), PLAIN.getName());
    }

    /** The selection for a class whose blocks are covered as {@code coverage} says, by tests {@code covering} it. */
    private static TestPrioritiser selection(Map<Integer, List<TestInfo>> coverage, List<TestInfo> covering) {
        CoverageDatabase database = fake(CoverageDatabase.class, (method, arguments) -> switch (method) {
            case "getTestsForClass" -> covering;
            case "getTestsForBlockLocation" -> coverage.getOrDefault(((BlockLocation) arguments[0]).getBlock(), List.of());
            default -> throw new UnsupportedOperationException(method);
        });
        CodeSource code = fake(CodeSource.class, (method, arguments) -> switch (method) {
            case "getCodeUnderTestNames" -> Set.of(ClassName.fromString("some.Code"));
            case "testTrees" -> Stream.of(testTree());
            default -> throw new UnsupportedOperationException(method);
        });
        return new TestSelection().makeTestPrioritiser(new java.util.Properties(), code, database);
    }

    private static MutationDetails mutantInBlock(int block) {
        Location location = Location.location(ClassName.fromString("some.Code"), "method", "()V");
        return new MutationDetails(new MutationIdentifier(location, 0, "some.Mutator"), "Code.java", "a mutant", 1, block);
    }

    private static TestInfo test(String method, int millis) {
        return new TestInfo(CLASS, CLASS + ".[engine:junit-jupiter]/[class:" + CLASS + "]/[method:" + method + "]",
                millis, Optional.empty(), 1);
    }

    private static ClassTree testTree() {
        return ClassTree.fromBytes(ClassloaderByteArraySource.fromContext().getBytes(CLASS).orElseThrow());
    }

    private static List<String> names(Collection<TestInfo> tests) {
        return tests.stream().map(TestInfo::getName).toList();
    }

    @FunctionalInterface
    private interface Answers {
        Object answer(String method, Object[] arguments);
    }

    private static <T> T fake(Class<T> type, Answers answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> answers.answer(method.getName(), arguments)));
    }
}
