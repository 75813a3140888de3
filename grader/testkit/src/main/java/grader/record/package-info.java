/**
 * The engine's results file, not for tests to call: one {@link grader.record.TestRecord} per graded
 * test, appended by every test JVM of an exercise to its {@code target/grade/results.jsonl}, which
 * the scoreboard reads; and the console line of each exercise ({@link grader.record.Progress}).
 */
package grader.record;
