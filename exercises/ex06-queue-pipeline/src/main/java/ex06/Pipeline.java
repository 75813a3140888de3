package ex06;

import java.util.List;

/**
 * Two stages that work at the same time, connected by bounded queues: the Java version of the
 * lecture's {@code Queue} example (square, then add 10), without its two problems. The lecture
 * runs the stages one after the other (it joins the first process before it starts the second),
 * and it decides how many numbers to take with {@code qsize()}, which is out of date as soon as
 * another process puts or takes.
 *
 * <pre>
 * input ─▶ feeder ─▶ [queue] ─▶ first stage ─▶ [queue] ─▶ second stage ─▶ [queue] ─▶ collector ─▶ output
 * </pre>
 *
 * <p>Every queue holds at most {@code capacity} messages, so a fast stage waits for a slow one
 * instead of filling the memory. The end of the input is an explicit message, not a count.
 */
public final class Pipeline {

    private final Stage first;
    private final Stage second;
    private final int capacity;

    /**
     * @param capacity how many messages each queue holds at most; at least 1
     */
    public Pipeline(Stage first, Stage second, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a queue needs a capacity of at least 1: " + capacity);
        }
        this.first = first;
        this.second = second;
        this.capacity = capacity;
    }

    /**
     * Runs every number of {@code input} through the first stage and then the second, both
     * stages working at the same time, and returns the results. With one worker per stage the
     * results are in input order; with more, in any order. Every thread the call starts has ended
     * when it returns or throws.
     *
     * @throws IllegalStateException when a stage's function threw: the pipeline stops, and that
     *                               exception is the cause
     * @throws InterruptedException  when interrupted while waiting; the pipeline stops too
     */
    public List<Long> process(List<Long> input) throws InterruptedException {
        // TODO 1  Create three bounded queues of `capacity`: input to the first stage, first stage to
        //         second, second stage to you. What travels through them is a number, or an
        //         end-of-stream mark that follows the last number (a small record of your own).
        //         Crea tres colas acotadas de `capacity`: de la entrada a la primera etapa, de la
        //         primera a la segunda y de la segunda a ti. Por ellas viaja un número o una marca de
        //         fin de flujo que sigue al último número (un pequeño record tuyo).
        // TODO 2  Start, all at the same time: a feeder that puts every input number and then one
        //         mark per worker of the first stage; first.workers() threads for the first stage and
        //         second.workers() for the second. A worker takes, applies the function and puts,
        //         until it takes a mark. The LAST worker of a stage to stop puts one mark per worker
        //         of the next stage (one for the collector after the second stage).
        //         Arranca, todo a la vez: un alimentador que pone cada número de entrada y después una
        //         marca por cada trabajador de la primera etapa; first.workers() hilos para la primera
        //         etapa y second.workers() para la segunda. Un trabajador saca, aplica la función y
        //         pone, hasta que saca una marca. El ÚLTIMO trabajador de una etapa en parar pone una
        //         marca por cada trabajador de la etapa siguiente (una para el colector tras la segunda).
        // TODO 3  Collect the results until the end-of-stream mark, and return them once every thread
        //         has ended. If a stage's function throws, stop every thread (interrupt them) and throw
        //         an IllegalStateException that names the stage, with that exception as its cause.
        //         Recoge los resultados hasta la marca de fin, y devuélvelos cuando todos los hilos
        //         hayan terminado. Si la función de una etapa lanza una excepción, detén todos los
        //         hilos (interrúmpelos) y lanza una IllegalStateException que nombre la etapa, con esa
        //         excepción como causa.
        throw new UnsupportedOperationException("TODO: Pipeline.process");
    }
}
