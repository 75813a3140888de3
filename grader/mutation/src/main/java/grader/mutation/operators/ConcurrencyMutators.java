package grader.mutation.operators;

import java.util.List;
import java.util.Map;
import org.pitest.mutationtest.engine.gregor.MethodMutatorFactory;
import org.pitest.mutationtest.engine.gregor.config.MutatorGroup;

/** The group {@code CONCURRENCY}, every operator of this package, for PIT's {@code <mutators>}. */
public final class ConcurrencyMutators implements MutatorGroup {

    public static final String GROUP = "CONCURRENCY";

    @Override
    public void register(Map<String, List<MethodMutatorFactory>> mutators) {
        mutators.put(GROUP, List.of(SynchronizedBlockRemoval.REMOVE_SYNCHRONIZED_BLOCK,
                SynchronizedBlockSplit.SPLIT_SYNCHRONIZED_BLOCK,
                NotifyAllToNotify.NOTIFY_ALL_TO_NOTIFY,
                ConcurrencyCallRemoval.REMOVE_CONCURRENCY_CALL,
                ShutdownNowToShutdown.SHUTDOWN_NOW_TO_SHUTDOWN,
                ResourceCloseRemoval.REMOVE_CLOSE));
    }
}
