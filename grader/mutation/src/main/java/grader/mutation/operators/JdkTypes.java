package grader.mutation.operators;

import java.util.Set;

/** The JDK types a call can name for the concurrency operators to recognize it, as bytecode names them. */
final class JdkTypes {

    static final Set<String> EXECUTORS = Set.of("java/util/concurrent/ExecutorService",
            "java/util/concurrent/ScheduledExecutorService", "java/util/concurrent/AbstractExecutorService",
            "java/util/concurrent/ThreadPoolExecutor", "java/util/concurrent/ScheduledThreadPoolExecutor",
            "java/util/concurrent/ForkJoinPool");

    static final Set<String> FUTURES = Set.of("java/util/concurrent/Future", "java/util/concurrent/RunnableFuture",
            "java/util/concurrent/ScheduledFuture", "java/util/concurrent/FutureTask",
            "java/util/concurrent/CompletableFuture", "java/util/concurrent/ForkJoinTask");

    /** The futures whose {@code join()} waits and returns the result. */
    static final Set<String> JOINABLE_FUTURES = Set.of("java/util/concurrent/CompletableFuture",
            "java/util/concurrent/ForkJoinTask");

    static final Set<String> PROCESSES = Set.of("java/lang/Process");

    private JdkTypes() {
    }
}
