package grader.scoreboard;

/**
 * A graded test as declared in an exercise's test sources: known before anything compiles.
 *
 * @param testClass  fully qualified name of the test class
 * @param testMethod name of the test method
 * @param points     points it is worth
 * @param nameEn     its sentence in English
 * @param nameEs     its sentence in Spanish
 */
public record GradedTest(String testClass, String testMethod, int points, String nameEn, String nameEs) {

    public String testId() {
        return testClass + "#" + testMethod;
    }
}
