package grader.mutation.pit;

import grader.mutation.operators.ResourceCloseRemoval;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.pitest.bytecode.analysis.ClassTree;
import org.pitest.mutationtest.build.InterceptorParameters;
import org.pitest.mutationtest.build.InterceptorType;
import org.pitest.mutationtest.build.MutationInterceptor;
import org.pitest.mutationtest.build.MutationInterceptorFactory;
import org.pitest.mutationtest.build.intercept.javafeatures.TryWithResourcesFilter;
import org.pitest.mutationtest.engine.Mutater;
import org.pitest.mutationtest.engine.MutationDetails;
import org.pitest.plugin.Feature;

/**
 * PIT's try-with-resources filter ({@code FTRYWR}), but for {@link ResourceCloseRemoval}: in
 * the code javac generates for try-with-resources it keeps the mutants that remove the
 * resource's close, and nothing else; outside that code it keeps everything else, and not those
 * (a plain {@code close()} there is {@code VOID_METHOD_CALLS}'s). Used instead of {@code FTRYWR}:
 * {@code <features>-FTRYWR,+FTRYWRCLOSE</features>}.
 */
public final class TryWithResourcesCloses implements MutationInterceptorFactory {

    public static final String FEATURE = "FTRYWRCLOSE";

    @Override
    public String description() {
        return "Try with resources filter that keeps the mutants removing the resource's close()";
    }

    @Override
    public Feature provides() {
        return Feature.named(FEATURE)
                .withOrder(50)
                .withOnByDefault(false)
                .withDescription("Like FTRYWR, but keeps REMOVE_CLOSE mutants of try-with-resources and only those");
    }

    @Override
    public MutationInterceptor createInterceptor(InterceptorParameters parameters) {
        TryWithResourcesFilter generatedCode = new TryWithResourcesFilter();
        return new MutationInterceptor() {
            @Override
            public InterceptorType type() {
                return InterceptorType.FILTER;
            }

            @Override
            public void begin(ClassTree clazz) {
                generatedCode.begin(clazz);
            }

            @Override
            public Collection<MutationDetails> intercept(Collection<MutationDetails> mutations, Mutater mutater) {
                Set<MutationDetails> outside = new HashSet<>(generatedCode.intercept(mutations, mutater));
                return mutations.stream()
                        .filter(mutation -> removesAClose(mutation) != outside.contains(mutation))
                        .collect(Collectors.toList());
            }

            @Override
            public void end() {
                generatedCode.end();
            }
        };
    }

    private static boolean removesAClose(MutationDetails mutation) {
        return mutation.getMutator().equals(ResourceCloseRemoval.REMOVE_CLOSE.getGloballyUniqueId());
    }
}
