package ex01;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static grader.i18n.Messages.localized;

import grader.Graded;
import grader.arch.CourseRules;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.BaseStream;

/** How the exercise is solved: with threads it creates, starts and joins itself. */
class ParallelSumArchitectureTest {

    @Graded(points = 2,
            en = "it starts and joins its own threads: no executors, no parallel streams, no run(), no System.exit",
            es = "arranca y espera sus propios hilos: sin ejecutores, sin streams paralelos, sin run(), sin System.exit")
    void startsAndJoinsItsOwnThreads() {
        CourseRules.check(CourseRules.studentClassesOf(ParallelSum.class),
                CourseRules.classCalls("ParallelSum", CourseRules.callTo(Thread.class, "start")),
                CourseRules.classCalls("ParallelSum", CourseRules.callTo(Thread.class, "join"))
                        .because(localized("this exercise is about Thread.start() and Thread.join()",
                                "este ejercicio trata de Thread.start() y Thread.join()")),
                CourseRules.rule(noClasses().should().dependOnClassesThat(assignableTo(Executor.class)
                                        .or(assignableTo(ForkJoinPool.class)).or(assignableTo(CompletableFuture.class)))
                                .orShould().callMethodWhere(CourseRules.callTo(BaseStream.class, "parallel"))
                                .orShould().callMethodWhere(CourseRules.callTo(Collection.class, "parallelStream")),
                        "your code uses a thread pool or a parallel stream",
                        "tu código usa un pool de hilos o un stream paralelo")
                        .because(localized("pools and parallel streams are the next exercise; here you manage the threads",
                                "los pools y los streams paralelos son el siguiente ejercicio; aquí gestionas tú los hilos")),
                CourseRules.neverCallsThreadRun(),
                CourseRules.neverExitsTheJvm());
    }
}
