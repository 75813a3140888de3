package grader.hostile;

import java.util.List;

/** What every test of the fixture course must come out as: the table of the grader's docs. */
final class Expectations {

    private static final int DEADLINE = 2 + 4;
    private static final int DEFAULT = 30 + 4;

    static final List<Expectation> ALL = List.of(
            row("an infinite loop that ignores interrupts", "ex01-hangs", "HangsTest#aLoopThatIgnoresInterruptsEnds",
                    "FAILED", DEADLINE,
                    List.of("did not finish within 2 s", "a loop that never ends?", "Spinner.java:13"),
                    List.of("no terminó en 2 s", "¿un bucle sin fin?", "Spinner.java:13")),
            row("a deadlock on two locks", "ex01-hangs", "HangsTest#twoTransfersInOppositeDirectionsFinish",
                    "FAILED", DEADLINE,
                    List.of("DEADLOCK", "\"transfer-there\" at Transfers.java:30 waits for", "held by \"transfer-back\""),
                    List.of("INTERBLOQUEO", "\"transfer-there\" en Transfers.java:30 espera", "que tiene \"transfer-back\"")),
            row("a lost wake-up (waits forever)", "ex01-hangs", "HangsTest#aMessagePutBeforeTakeIsTaken",
                    "FAILED", DEADLINE,
                    List.of("did not finish within 2 s", "waiting on ex01.Mailbox", "Mailbox.java:14"),
                    List.of("no terminó en 2 s", "esperando en ex01.Mailbox", "Mailbox.java:14")),
            healthy("after the hangs, in the same JVM; the endless loop is stopped", "ex01-hangs",
                    "HangsTest#theSameJvmStillGrades"),

            row("System.exit(0)", "ex02-exits", "ExitsTest#theAnswerComesBackDespiteSystemExit", "FAILED", DEFAULT,
                    List.of("your code called System.exit(0), which would end the JVM", "Quitter.java:10"),
                    List.of("tu código llamó a System.exit(0), que terminaría la JVM", "Quitter.java:10")),
            row("Runtime.getRuntime().halt(1)", "ex02-exits", "ExitsTest#theAnswerComesBackDespiteHalt", "FAILED", DEFAULT,
                    List.of("your code called Runtime.getRuntime().halt(1)", "Quitter.java:15"),
                    List.of("tu código llamó a Runtime.getRuntime().halt(1)", "Quitter.java:15")),
            row("System.exit in a thread of its own", "ex02-exits", "ExitsTest#theAnswerComesBackDespiteExitInAWorker",
                    "FAILED", DEFAULT,
                    List.of("System.exit(2) in thread \"quitter\"", "Quitter.java:21"),
                    List.of("System.exit(2) en el hilo \"quitter\"", "Quitter.java:21")),
            row("System.exit through reflection", "ex02-exits", "ExitsTest#theAnswerComesBackDespiteReflectiveExit",
                    "FAILED", DEFAULT,
                    List.of("your code called System.exit(3)", "Quitter.java:29"),
                    List.of("tu código llamó a System.exit(3)", "Quitter.java:29")),
            healthy("after the exits, in the same JVM", "ex02-exits", "ExitsTest#theSameJvmStillGrades"),

            row("a thread left running", "ex03-leaks", "LeaksTest#theAnswerComesBackWithAThreadLeftRunning",
                    "FAILED", DEFAULT,
                    List.of("left 1 thread(s) running: \"forgotten-worker\"", "join()"),
                    List.of("dejó 1 hilo(s) en marcha: \"forgotten-worker\"", "join()")),
            row("an executor never shut down", "ex03-leaks", "LeaksTest#theAnswerComesBackWithAPoolNeverShutDown",
                    "FAILED", DEFAULT,
                    List.of("left 2 thread(s) running", "an idle pool worker", "shutdown()"),
                    List.of("dejó 2 hilo(s) en marcha", "un hilo ocioso de un pool", "shutdown()")),
            row("a child process never destroyed", "ex03-leaks",
                    "LeaksTest#theAnswerComesBackWithAChildProcessLeftRunning", "FAILED", DEFAULT,
                    List.of("left 1 child process(es) running", "sleep 3141", "waitFor()"),
                    List.of("dejó 1 proceso(s) hijo en marcha", "sleep 3141", "waitFor()")),
            healthy("after the leaks, in the same JVM; the thread and the process are gone", "ex03-leaks",
                    "LeaksTest#theSameJvmStillGrades"),

            row("OutOfMemoryError", "ex04-resources", "ResourcesTest#anAnswerComesBackDespiteHoardingMemory",
                    "FAILED", DEFAULT,
                    List.of("OutOfMemoryError: Java heap space", "too many objects or threads?", "Hog.java:16"),
                    List.of("OutOfMemoryError: Java heap space", "¿demasiados objetos o hilos?", "Hog.java:16")),
            row("StackOverflowError", "ex04-resources", "ResourcesTest#anAnswerComesBackDespiteRecursingWithoutEnd",
                    "FAILED", DEFAULT,
                    List.of("StackOverflowError: a method calls itself without end", "Hog.java:23"),
                    List.of("StackOverflowError: un método se llama a sí mismo sin fin", "Hog.java:23")),
            row("creating threads without bound", "ex04-resources",
                    "ResourcesTest#anAnswerComesBackDespiteStartingThreadsWithoutBound", "FAILED", DEFAULT,
                    List.of("more than 1000 threads alive at once", "Hog.java:36"),
                    List.of("más de 1000 hilos vivos a la vez", "Hog.java:36")),
            healthy("after them, in the same JVM; the threads are gone", "ex04-resources",
                    "ResourcesTest#theSameJvmStillGrades"),
            healthy("50 MB printed to stdout and to stderr (the output is capped)", "ex04-resources",
                    "OutputFloodTest#theAnswerComesBackAfterPrintingFiftyMegabytes"),
            healthy("after the flood, in the same JVM", "ex04-resources", "OutputFloodTest#theSameJvmStillGrades"),

            row("a compile error in one exercise", "ex05-compile-error", "BrokenTest#theAnswerIs42",
                    "DID_NOT_RUN", DEFAULT,
                    List.of("does not compile", "Broken.java:7: ';' expected"),
                    List.of("no compila", "Broken.java:7: ';' expected")),

            row("a deleted test class", "ex06-deleted-test", "DeletedTest#oneIncrementCountsOne", "VOIDED", DEFAULT,
                    List.of("DeletedTest.java was deleted", "git checkout"),
                    List.of("DeletedTest.java se borró", "git checkout")),
            row("a deleted test class", "ex06-deleted-test", "DeletedTest#threeIncrementsCountThree", "VOIDED", DEFAULT,
                    List.of("DeletedTest.java was deleted"), List.of("DeletedTest.java se borró")),
            healthy("the test class that was kept", "ex06-deleted-test", "KeptTest#aNewCounterIsZero"),

            row("a modified test", "ex07-modified-test", "ModifiedTest#twiceTwoIsFour", "VOIDED", DEFAULT,
                    List.of("ModifiedTest.java was changed, so its result does not count"),
                    List.of("ModifiedTest.java se modificó, así que su resultado no cuenta")),
            row("a graded test added by the student", "ex07-modified-test", "ExtraTest#freePoints", Expectation.ABSENT,
                    DEFAULT,
                    List.of("Graded tests that are not part of the course are ignored: ex07.ExtraTest#freePoints"),
                    List.of("Se ignoran las pruebas calificadas que no son del curso: ex07.ExtraTest#freePoints")),
            healthy("the test that was not touched", "ex07-modified-test", "UntouchedTest#twiceZeroIsZero"),

            row("a student class in the grader's package", "ex08-grader-package", "AdderTest#twoPlusThreeIsFive",
                    "VOIDED", DEFAULT,
                    List.of("None of this exercise's results count",
                            "grader/junit/GradeRecorder.java declares grader.junit.GradeRecorder"),
                    List.of("Ningún resultado de este ejercicio cuenta",
                            "grader/junit/GradeRecorder.java declara grader.junit.GradeRecorder")),
            row("a class in the tests' library package (fake assertions)", "ex09-test-library-package",
                    "SubtractorTest#fiveMinusThreeIsTwo", "VOIDED", DEFAULT,
                    List.of("None of this exercise's results count",
                            "org/assertj/core/api/Assertions.java declares org.assertj.core.api.Assertions"),
                    List.of("Ningún resultado de este ejercicio cuenta",
                            "org/assertj/core/api/Assertions.java declara org.assertj.core.api.Assertions")),

            row("reading the reference solutions (not contained at run time: pointed out)", "ex10-reads-solutions",
                    "AnswerTest#theAnswerIs42", "PASSED", DEFAULT,
                    List.of("names a path outside the exercise", "\"../../solutions/ex10-reads-solutions/answer.txt\""),
                    List.of("nombra una ruta fuera del ejercicio", "\"../../solutions/ex10-reads-solutions/answer.txt\"")),

            healthy("before the test JVM is killed", "ex11-killed-jvm", "KilledTest#twoPlusThreeIsFive"),
            row("its test JVM killed from outside (kill -9, as the OOM killer does)", "ex11-killed-jvm",
                    "KilledTest#theAnswerComesBackDespiteTheKill", "FAILED", DEFAULT,
                    List.of("the test JVM ended abruptly while this test ran", "killed it from outside"),
                    List.of("la JVM de pruebas terminó de golpe mientras se ejecutaba esta prueba",
                            "la mató desde fuera")),
            row("after the kill, in the same class", "ex11-killed-jvm", "KilledTest#onePlusOneIsTwo", "DID_NOT_RUN",
                    DEFAULT,
                    List.of("the test JVM of its class ended during «the answer comes back (its JVM killed)»"),
                    List.of("la JVM de pruebas de su clase terminó durante «la respuesta vuelve (su JVM matada)»")),
            healthy("another test class of the same exercise", "ex11-killed-jvm", "OtherClassTest#twoPlusTwoIsFour"),

            row("a hang outside the graded test (@BeforeEach)", "ex12-time-limit", "SlowSetUpTest#twoPlusThreeIsFive",
                    "FAILED", 6 + 4,
                    List.of("reached its time limit of 6 s while this test ran", "ex12.Setup.prepare"),
                    List.of("llegó a su límite de 6 s mientras se ejecutaba esta prueba", "ex12.Setup.prepare")),
            row("after the time limit, in the same class", "ex12-time-limit", "SlowSetUpTest#onePlusOneIsTwo",
                    "DID_NOT_RUN", 6 + 4,
                    List.of("reached its time limit of 6 s during «2 + 3 is 5 after the set-up»"),
                    List.of("llegó a su límite de 6 s durante «2 + 3 es 5 tras la preparación»")),
            healthy("another test class of the same exercise", "ex12-time-limit", "QuickTest#twoPlusTwoIsFour"),

            row("a property that fails for some inputs only (fixed seed: the same counterexample each time)",
                    "ex13-timing-and-properties", "MeanTest#theMeanLiesBetweenItsTwoNumbers", "FAILED", DEFAULT,
                    List.of("the property does not hold for every input", "Smallest failing input:", "found after"),
                    List.of("la propiedad no se cumple para toda entrada", "Entrada más pequeña que falla:",
                            "encontrada tras")),
            healthy("a concurrency proof", "ex13-timing-and-properties",
                    "TimingTest#bothHalvesAreInProgressAtTheSameTime"),
            row("a speed-up on a shared, noisy machine: measured, or not measured and scored by the proof",
                    "ex13-timing-and-properties", "TimingSpeedupTest#twoThreadsAreFasterThanOne", "PASSED|NOT_MEASURED",
                    60 + 4, List.of(), List.of()));

    private Expectations() {
    }

    private static Expectation row(String failureMode, String exercise, String test, String status, int withinSeconds,
                                   List<String> english, List<String> spanish) {
        return new Expectation(failureMode, exercise, test, status, withinSeconds, english, spanish);
    }

    /** A test the submission gets right, next to a failure mode: it must keep its points. */
    private static Expectation healthy(String when, String exercise, String test) {
        return new Expectation(when, exercise, test, "PASSED", DEFAULT, List.of(), List.of());
    }
}
