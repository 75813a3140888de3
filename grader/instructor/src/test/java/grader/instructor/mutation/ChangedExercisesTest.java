package grader.instructor.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangedExercisesTest {

    private static final List<String> IDS = List.of("ex01-threads", "ex02-thread-pool", "ex07-pipe");

    @Test
    void aChangeToOneExercisesFoldersAffectsThatExerciseOnly() {
        assertThat(ChangedExercises.affected(IDS, List.of("solutions/ex07-pipe/src/main/java/ex07/PipedStages.java",
                "exercises/ex01-threads/README.md", "README.md", "grader/instructor/pom.xml")))
                .containsExactly("ex01-threads", "ex07-pipe");
    }

    @Test
    void aChangeToWhatBuildsOrGradesEveryExerciseAffectsThemAll() {
        for (String shared : List.of("pom.xml", "solutions/pom.xml", "grader/testkit/src/main/java/grader/Graded.java",
                "grader/mutation/pom.xml", "grader/instructor/src/main/java/grader/instructor/mutation/PitReport.java")) {
            assertThat(ChangedExercises.affected(IDS, List.of(shared))).as(shared).isEqualTo(IDS);
        }
    }

    @Test
    void aFileNamedLikeASharedOneElsewhereOrAnotherExerciseWithTheSamePrefixAffectsNothing() {
        assertThat(ChangedExercises.affected(IDS, List.of("docs/pom.xml", "solutions/ex01-threads-old/pom.xml",
                "grader/testkit-notes.md"))).isEmpty();
    }

    @Test
    void noChangeAffectsNothing() {
        assertThat(ChangedExercises.affected(IDS, List.of())).isEmpty();
    }
}
