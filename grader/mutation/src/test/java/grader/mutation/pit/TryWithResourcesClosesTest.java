package grader.mutation.pit;

import static org.assertj.core.api.Assertions.assertThat;

import grader.mutation.Mutants;
import grader.mutation.operators.ResourceCloseRemoval;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pitest.bytecode.analysis.ClassTree;
import org.pitest.classpath.ClassloaderByteArraySource;
import org.pitest.mutationtest.build.MutationInterceptor;
import org.pitest.mutationtest.engine.MutationDetails;
import org.pitest.mutationtest.engine.gregor.mutators.VoidMethodCallMutator;

class TryWithResourcesClosesTest {

    static final class Pipes {
        void copy(InputStream from, OutputStream to) throws IOException {
            try (to) {
                from.transferTo(to);
                to.flush();
            }
        }

        void closeByHand(OutputStream to) throws IOException {
            to.flush();
            to.close();
        }
    }

    @Test
    void keepsOnlyTheCloseRemovalInTryWithResourcesAndOnlyThePlainCallsOutside() throws IOException {
        Mutants mutants = Mutants.of(Pipes.class, ResourceCloseRemoval.REMOVE_CLOSE, VoidMethodCallMutator.VOID_METHOD_CALLS);
        List<MutationDetails> all = mutants.all();
        MutationInterceptor filter = new TryWithResourcesCloses().createInterceptor(null);

        filter.begin(ClassTree.fromBytes(ClassloaderByteArraySource.fromContext().getBytes(Pipes.class.getName()).orElseThrow()));
        Collection<MutationDetails> kept = filter.intercept(all, null);
        filter.end();

        assertThat(describe(kept, "copy")).containsExactlyInAnyOrder(
                "REMOVE_CLOSE: removed every close() of the OutputStream resource: it is never closed",
                "VOID_METHOD_CALLS: removed call to java/io/OutputStream::flush");
        assertThat(describe(kept, "closeByHand")).containsExactlyInAnyOrder(
                "VOID_METHOD_CALLS: removed call to java/io/OutputStream::flush",
                "VOID_METHOD_CALLS: removed call to java/io/OutputStream::close");
        assertThat(describe(all, "copy")).as("what PIT's own filter would have removed too")
                .contains("VOID_METHOD_CALLS: removed call to java/io/OutputStream::close");
    }

    private static List<String> describe(Collection<MutationDetails> mutations, String method) {
        return mutations.stream()
                .filter(mutation -> mutation.getMethod().equals(method))
                .map(mutation -> (mutation.getMutator().equals(ResourceCloseRemoval.REMOVE_CLOSE.getGloballyUniqueId())
                        ? "REMOVE_CLOSE" : "VOID_METHOD_CALLS") + ": " + mutation.getDescription())
                .collect(Collectors.toList());
    }
}
