package grader.mutation.operators;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.pitest.mutationtest.engine.MutationIdentifier;
import org.pitest.mutationtest.engine.gregor.MethodInfo;
import org.pitest.mutationtest.engine.gregor.MutationContext;
import org.pitest.reloc.asm.MethodVisitor;
import org.pitest.reloc.asm.Opcodes;

/**
 * ConMAn's RCXC and RTXC, "remove a concurrency call", for the calls that wait for other threads
 * or processes, or end them, and return a value. PIT's own {@code VOID_METHOD_CALLS} already
 * removes the ones that return nothing ({@code Thread.join()}, {@code CountDownLatch.await()},
 * {@code ExecutorService.shutdown()}, {@code Process.destroy()}, {@code close()}), but never these.
 * Each one is skipped, and the code goes on as if the wait had ended at once:
 * <ul>
 *   <li>{@code Future.get(...)} and {@code join()} of a {@code CompletableFuture} or {@code ForkJoinTask}
 *       return {@code null};</li>
 *   <li>timed waits ({@code awaitTermination}, {@code CountDownLatch.await}, {@code Condition.await},
 *       {@code Process.waitFor} with a time-out) return {@code true}: "it ended in time";</li>
 *   <li>{@code Process.waitFor()} becomes {@code exitValue()}, which answers at once and throws
 *       while the process still runs;</li>
 *   <li>{@code ExecutorService.shutdownNow()} is not called and returns an empty list: the pool's
 *       threads never end;</li>
 *   <li>{@code Process.destroyForcibly()} is not called and returns the process: it runs on.</li>
 * </ul>
 */
public enum ConcurrencyCallRemoval implements CourseMutator {

    REMOVE_CONCURRENCY_CALL;

    private static final String TIMED = "(JLjava/util/concurrent/TimeUnit;)";
    /** A waiting call, and what the code gets instead of its result. */
    private record Skipped(Call call, String replacement, Consumer<MethodVisitor> instead) {
    }

    private static final List<Skipped> SKIPPED = List.of(
            returning(JdkTypes.FUTURES, "get", "()Ljava/lang/Object;", "null", Opcodes.ACONST_NULL),
            returning(JdkTypes.FUTURES, "get", TIMED + "Ljava/lang/Object;", "null", Opcodes.ACONST_NULL),
            returning(JdkTypes.JOINABLE_FUTURES, "join", "()Ljava/lang/Object;", "null", Opcodes.ACONST_NULL),
            returning(JdkTypes.EXECUTORS, "awaitTermination", TIMED + "Z", "true", Opcodes.ICONST_1),
            returning(Set.of("java/util/concurrent/CountDownLatch"), "await", TIMED + "Z", "true", Opcodes.ICONST_1),
            returning(Set.of("java/util/concurrent/locks/Condition"), "await", TIMED + "Z", "true", Opcodes.ICONST_1),
            returning(JdkTypes.PROCESSES, "waitFor", TIMED + "Z", "true", Opcodes.ICONST_1),
            new Skipped(new Call(JdkTypes.PROCESSES, "waitFor", "()I"), "exitValue() at once",
                    next -> next.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Process", "exitValue", "()I", false)),
            new Skipped(new Call(JdkTypes.PROCESSES, "destroyForcibly", "()Ljava/lang/Process;"),
                    "the process, which runs on", next -> { }), // the process is on the stack already: its own result
            new Skipped(new Call(JdkTypes.EXECUTORS, "shutdownNow", "()Ljava/util/List;"), "an empty list; the pool is never shut down",
                    next -> {
                        Call.popArgumentsAndReceiver(next, "()Ljava/util/List;");
                        next.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/Collections", "emptyList",
                                "()Ljava/util/List;", false);
                    }));

    private static Skipped returning(Set<String> owners, String name, String descriptor, String value, int push) {
        return new Skipped(new Call(owners, name, descriptor), value, next -> {
            Call.popArgumentsAndReceiver(next, descriptor);
            next.visitInsn(push);
        });
    }

    @Override
    public MethodVisitor create(MutationContext context, MethodInfo method, MethodVisitor next) {
        return new MethodVisitor(Opcodes.ASM9, next) {
            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
                for (Skipped skipped : SKIPPED) {
                    if (opcode != Opcodes.INVOKESTATIC && skipped.call().matches(owner, name, descriptor)) {
                        String simpleOwner = owner.substring(owner.lastIndexOf('/') + 1);
                        MutationIdentifier id = context.registerMutation(ConcurrencyCallRemoval.this,
                                "removed the call to " + simpleOwner + "::" + name + ": it gives " + skipped.replacement());
                        if (context.shouldMutate(id)) {
                            skipped.instead().accept(mv);
                            return;
                        }
                        break;
                    }
                }
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
        };
    }
}
