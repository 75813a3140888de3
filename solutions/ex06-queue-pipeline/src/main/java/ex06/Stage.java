package ex06;

import java.util.Objects;
import java.util.function.LongUnaryOperator;

/**
 * One stage of a {@link Pipeline}: a function applied to every number, by {@code workers}
 * threads that take numbers from the same queue.
 *
 * @param name     what to call the stage in thread names and error messages, e.g. {@code "square"}
 * @param workers  how many threads run the stage; at least 1
 * @param function what the stage does to each number
 */
public record Stage(String name, int workers, LongUnaryOperator function) {

    public Stage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(function, "function");
        if (workers < 1) {
            throw new IllegalArgumentException("a stage needs at least 1 worker: " + workers);
        }
    }
}
