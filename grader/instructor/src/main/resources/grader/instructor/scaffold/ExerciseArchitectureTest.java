package {{package}};

import static grader.i18n.Messages.localized;

import grader.Graded;
import grader.arch.CourseRules;
import java.util.concurrent.ExecutorService;

/** How the exercise is solved, checked on its compiled classes: with a pool that is shut down. */
class {{Class}}ArchitectureTest {

    @Graded(points = 2,
            en = "hands the work to an ExecutorService and shuts it down; no run(), no System.exit",
            es = "entrega el trabajo a un ExecutorService y lo cierra; sin run(), sin System.exit")
    void usesAThreadPoolAndShutsItDown() {
        CourseRules.check(CourseRules.studentClassesOf({{Class}}.class),
                CourseRules.classCalls("{{Class}}", CourseRules.callTo(ExecutorService.class, "invokeAll|submit"))
                        .because(localized("the workers of this exercise are the threads of a pool",
                                "los trabajadores de este ejercicio son los hilos de un pool")),
                CourseRules.classCalls("{{Class}}", CourseRules.callTo(ExecutorService.class, "shutdown|shutdownNow"))
                        .because(localized("a pool that is never shut down keeps its threads alive",
                                "un pool que nunca se cierra mantiene vivos sus hilos")),
                CourseRules.neverCallsThreadRun(),
                CourseRules.neverExitsTheJvm());
    }
}
