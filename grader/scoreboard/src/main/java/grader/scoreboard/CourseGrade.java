package grader.scoreboard;

import grader.i18n.Lang;
import java.util.List;

/**
 * The whole course's score: what {@code target/grade/grade.json} holds.
 *
 * @param schema    the format's name and version
 * @param lang      the language of every text in it
 * @param build     the Maven run it grades
 * @param points    points earned
 * @param maxPoints points possible
 * @param exercises every exercise, in order
 */
public record CourseGrade(String schema, Lang lang, String build, int points, int maxPoints,
                          List<ExerciseGrade> exercises) {

    public static final String SCHEMA = "concurrency-course/grade/v1";

    public static CourseGrade of(Lang lang, String build, List<ExerciseGrade> exercises) {
        return new CourseGrade(SCHEMA, lang, build,
                exercises.stream().mapToInt(ExerciseGrade::points).sum(),
                exercises.stream().mapToInt(ExerciseGrade::maxPoints).sum(),
                List.copyOf(exercises));
    }

    public boolean fullMarks() {
        return points == maxPoints;
    }
}
