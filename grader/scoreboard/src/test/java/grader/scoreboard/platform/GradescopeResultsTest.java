package grader.scoreboard.platform;

import static grader.scoreboard.Grades.course;
import static grader.scoreboard.Grades.failed;
import static grader.scoreboard.Grades.graded;
import static grader.scoreboard.Grades.passed;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import grader.i18n.Lang;
import org.junit.jupiter.api.Test;

class GradescopeResultsTest {

    @Test
    void theScoreAndOneNumberedTestCasePerGradedTest() {
        JsonObject results = JsonParser.parseString(GradescopeResults.json(course(Lang.EN,
                graded("ex01-threads", "Threads", passed("ex01.T#a", "sums", 3)),
                graded("ex07-pipe", "Pipes", passed("ex07.T#a", "reads", 1),
                        failed("ex07.T#b", "closes", 2, "expected: closed\nbut: open", ""))))).getAsJsonObject();

        assertThat(results.get("score").getAsInt()).isEqualTo(4);
        assertThat(results.get("output").getAsString()).isEqualTo("ex01-threads Threads: 3/3\nex07-pipe Pipes: 1/3");
        JsonArray tests = results.getAsJsonArray("tests");
        assertThat(tests).hasSize(3);
        JsonObject closes = tests.get(2).getAsJsonObject();
        assertThat(closes.get("name").getAsString()).isEqualTo("ex07-pipe · closes");
        assertThat(closes.get("number").getAsString()).isEqualTo("7.2");
        assertThat(closes.get("score").getAsInt()).isZero();
        assertThat(closes.get("max_score").getAsInt()).isEqualTo(2);
        assertThat(closes.get("status").getAsString()).isEqualTo("failed");
        assertThat(closes.get("output").getAsString()).isEqualTo("expected: closed\nbut: open");
        assertThat(closes.get("visibility").getAsString()).isEqualTo("visible");
        assertThat(tests.get(0).getAsJsonObject().get("status").getAsString()).isEqualTo("passed");
    }

    @Test
    void aCourseWhereNoTestRanScoresZero() {
        JsonObject results = JsonParser.parseString(GradescopeResults.json(course(Lang.EN))).getAsJsonObject();

        assertThat(results.get("score").getAsInt()).isZero();
        assertThat(results.getAsJsonArray("tests")).isEmpty();
    }
}
