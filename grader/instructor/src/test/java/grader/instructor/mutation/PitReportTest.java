package grader.instructor.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import grader.instructor.ScratchRepos;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PitReportTest {

    @TempDir
    Path root;

    @Test
    void readsEachMutantWithTheTextOfTheLineItChanged() throws IOException {
        ScratchRepos.course(root, ScratchRepos.DEMO_SOLUTION);
        Path report = ScratchRepos.write(root, "solutions/ex01-demo/target/pit-reports/mutations.xml", String.join("\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<mutations partial=\"true\">",
                "<mutation detected='true' status='TIMED_OUT' numberOfTestsRun='1'><sourceFile>Demo.java</sourceFile>"
                        + "<mutatedClass>ex01.Demo</mutatedClass><mutatedMethod>answer</mutatedMethod>"
                        + "<methodDescription>()I</methodDescription><lineNumber>6</lineNumber>"
                        + "<mutator>org.pitest.mutationtest.engine.gregor.mutators.MathMutator</mutator>"
                        + "<indexes><index>4</index></indexes><blocks><block>0</block></blocks>"
                        + "<killingTest/><description>Replaced integer multiplication with division</description></mutation>",
                "<mutation detected='false' status='SURVIVED' numberOfTestsRun='1'><sourceFile>Demo.java</sourceFile>"
                        + "<mutatedClass>ex01.Demo</mutatedClass><mutatedMethod>answer</mutatedMethod>"
                        + "<methodDescription>()I</methodDescription><lineNumber>7</lineNumber>"
                        + "<mutator>grader.mutation.operators.SynchronizedBlockRemoval</mutator>"
                        + "<indexes><index>9</index></indexes><blocks><block>0</block></blocks>"
                        + "<killingTest>ex01.DemoTest.[engine:junit-jupiter]/[class:ex01.DemoTest]/[method:answers()]</killingTest>"
                        + "<description>removed the synchronized block</description></mutation>",
                "</mutations>", ""));

        List<Mutant> mutants = PitReport.read(report, new SourceLines(root, root.resolve("solutions/ex01-demo/src/main/java")));

        assertThat(mutants).extracting(Mutant::file, Mutant::line, Mutant::operator, Mutant::status, Mutant::verdict)
                .containsExactly(
                        tuple("solutions/ex01-demo/src/main/java/ex01/Demo.java", 6,
                                Mutant.Operators.PIT, "TIMED_OUT", Verdict.KILLED),
                        tuple("solutions/ex01-demo/src/main/java/ex01/Demo.java", 7,
                                Mutant.Operators.CONCURRENCY, "SURVIVED", Verdict.SURVIVED));
        assertThat(mutants.get(0).key()).isEqualTo(new MutantKey("ex01.Demo", "answer", "MathMutator",
                "Replaced integer multiplication with division", "int computedWithGreatCare = 6 * 7;"));
        assertThat(mutants.get(1).killedBy()).contains("[method:answers()]");
    }
}
