package ex02;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static grader.i18n.Messages.localized;

import grader.Graded;
import grader.arch.CourseRules;
import java.util.concurrent.ExecutorService;

/** How the exercise is solved: the pool's threads run the tasks; the code creates none itself. */
class TaskPoolArchitectureTest {

    @Graded(points = 2,
            en = "it hands the tasks to an ExecutorService and creates no Thread itself: no run(), no System.exit",
            es = "entrega las tareas a un ExecutorService y no crea ningún Thread: sin run(), sin System.exit")
    void handsTheTasksToAnExecutorServiceAndCreatesNoThread() {
        CourseRules.check(CourseRules.studentClassesOf(TaskPool.class),
                CourseRules.classCalls("TaskPool", CourseRules.callTo(ExecutorService.class, "submit|invokeAll|execute"))
                        .because(localized("this exercise is about handing tasks to a pool: submit() or invokeAll()",
                                "este ejercicio trata de entregar tareas a un pool: submit() o invokeAll()")),
                CourseRules.rule(noClasses().should().callConstructorWhere(target(owner(assignableTo(Thread.class)))),
                        "your code creates threads itself", "tu código crea hilos por su cuenta")
                        .because(localized("the pool creates and reuses its threads; creating them yourself was exercise 01",
                                "el pool crea y reutiliza sus hilos; crearlos tú era el ejercicio 01")),
                CourseRules.neverCallsThreadRun(),
                CourseRules.neverExitsTheJvm());
    }
}
