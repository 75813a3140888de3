package grader.instructor.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grader.instructor.ExerciseCatalog;
import grader.instructor.ReadmeTable;
import grader.instructor.RepositoryFiles;
import grader.instructor.StatementCheck;
import grader.instructor.ScratchRepos;
import grader.instructor.skeleton.SkeletonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseScaffoldTest {

    private static final PrintStream QUIET = new PrintStream(PrintStream.nullOutputStream());
    private static final ExerciseScaffold.Names BANK =
            ExerciseScaffold.Names.of("8", "bank-account", "Bank account", "Cuenta bancaria");

    @TempDir
    Path root;

    @Test
    void derivesEveryNameFromTheNumberAndTheSlug() {
        assertThat(BANK.id()).isEqualTo("ex08-bank-account");
        assertThat(BANK.javaPackage()).isEqualTo("ex08");
        assertThat(BANK.className()).isEqualTo("BankAccount");
    }

    @Test
    void refusesNamesThatDoNotFitTheConventions() {
        assertThatThrownBy(() -> ExerciseScaffold.Names.of("108", "a", "t", "t")).hasMessageContaining("two digits");
        assertThatThrownBy(() -> ExerciseScaffold.Names.of("08", "Bank_Account", "t", "t"))
                .hasMessageContaining("lower-case words joined by hyphens");
        assertThatThrownBy(() -> ExerciseScaffold.Names.of("08", "2d-grid", "t", "t"))
                .hasMessageContaining("lower-case words joined by hyphens");
        assertThatThrownBy(() -> new ExerciseScaffold.Names("08", "bank", "bank", "t", "t"))
                .hasMessageContaining("Java class name");
        assertThatThrownBy(() -> ExerciseScaffold.Names.of("08", "bank", " ", "t")).hasMessageContaining("title");
    }

    @Test
    void createsAnExerciseThatTheGeneratorTheCatalogAndTheBuildKnow() throws IOException {
        ScratchRepos.course(root, ScratchRepos.DEMO_SOLUTION);
        new SkeletonGenerator(root).generate(QUIET);

        new ExerciseScaffold(root).create(BANK, QUIET);

        assertThat(RepositoryFiles.of(root).files()).contains(
                "exercises/ex08-bank-account/pom.xml",
                "exercises/ex08-bank-account/README.md",
                "exercises/ex08-bank-account/README.es.md",
                "exercises/ex08-bank-account/src/main/java/ex08/BankAccount.java",
                "exercises/ex08-bank-account/src/test/java/ex08/BankAccountTest.java",
                "exercises/ex08-bank-account/src/test/java/ex08/BankAccountConcurrencyTest.java",
                "exercises/ex08-bank-account/src/test/java/ex08/BankAccountArchitectureTest.java",
                "exercises/ex08-bank-account/src/test/java/ex08/BankAccountSpeedupTest.java",
                "solutions/ex08-bank-account/pom.xml",
                "solutions/ex08-bank-account/src/main/java/ex08/BankAccount.java",
                "solutions/ex08-bank-account/mutants/equivalent.txt");
        assertThat(new SkeletonGenerator(root).check()).isEmpty();
        assertThat(StatementCheck.check(root)).isEmpty();
        assertThat(ScratchRepos.read(root, "exercises/pom.xml")).contains("<module>ex08-bank-account</module>");
        assertThat(ScratchRepos.read(root, "solutions/pom.xml")).contains("<module>ex08-bank-account</module>");
        assertThat(ExerciseCatalog.of(root)).filteredOn(e -> e.id().equals("ex08-bank-account")).singleElement()
                .satisfies(exercise -> {
                    assertThat(exercise.titleEn()).isEqualTo("Bank account");
                    assertThat(exercise.titleEs()).isEqualTo("Cuenta bancaria");
                    assertThat(exercise.tests()).hasSize(5);
                    assertThat(exercise.points()).isEqualTo(11);
                });
        for (String file : RepositoryFiles.of(root.resolve("exercises/ex08-bank-account")).files()) {
            assertThat(ScratchRepos.read(root, "exercises/ex08-bank-account/" + file)).doesNotContain("{{");
        }
        assertThat(ScratchRepos.read(root, "solutions/ex08-bank-account/mutants/equivalent.txt"))
                .contains("mutant: ex08.BankAccount.countEvery | ")
                .doesNotContain("{{");
        assertThat(ScratchRepos.read(root, "exercises/ex08-bank-account/src/main/java/ex08/BankAccount.java"))
                .contains("throw new UnsupportedOperationException(\"TODO: BankAccount.count\");")
                .doesNotContain("ExecutorService");
    }

    @Test
    void listsTheExerciseInTheReadmesExerciseTable() throws IOException {
        ScratchRepos.course(root, ScratchRepos.DEMO_SOLUTION);
        ScratchRepos.write(root, "README.md", "# Course\n\n" + ReadmeTable.BEGIN + "\n" + ReadmeTable.END + "\n");

        new ExerciseScaffold(root).create(BANK, QUIET);

        assertThat(ReadmeTable.check(root)).isEmpty();
        assertThat(ScratchRepos.read(root, "README.md"))
                .contains("| [ex08-bank-account](exercises/ex08-bank-account/README.md) | Bank account | 11 |");
    }

    @Test
    void refusesATakenNumberBeforeWritingAnything() throws IOException {
        ScratchRepos.course(root, ScratchRepos.DEMO_SOLUTION);
        ExerciseScaffold.Names clash = ExerciseScaffold.Names.of("01", "other", "Other", "Otro");

        assertThatThrownBy(() -> new ExerciseScaffold(root).create(clash, QUIET))
                .hasMessageContaining("exercise number 01 is taken: [exercises/ex01-demo, solutions/ex01-demo]");
        assertThat(root.resolve("exercises/ex01-other")).doesNotExist();
    }
}
