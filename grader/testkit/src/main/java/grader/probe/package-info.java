/**
 * Part of the library's API: what a test uses to see how the code under test ran its threads and
 * child processes, without a clock. Each class says what it proves and shows an example;
 * INSTRUCTORS.md ("The grader library") lists them with the exercises that use them.
 */
package grader.probe;
