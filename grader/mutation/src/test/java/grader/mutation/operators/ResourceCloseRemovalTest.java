package grader.mutation.operators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import grader.mutation.Mutants;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceCloseRemovalTest {

    /** A resource that notes what happens to it; public, for the mutant, which another class loader loads. */
    public static final class Resource implements AutoCloseable {
        static final List<String> EVENTS = new ArrayList<>();
        private final String name;

        public Resource(String name) {
            this.name = name;
        }

        public void use(boolean fail) {
            EVENTS.add("use " + name);
            if (fail) {
                throw new IllegalStateException("failed using " + name);
            }
        }

        @Override
        public void close() {
            EVENTS.add("close " + name);
        }
    }

    static final class Users {
        void useOne(boolean fail) {
            try (Resource one = new Resource("one")) {
                one.use(fail);
            }
        }

        void useTwo() {
            try (Resource first = new Resource("first"); Resource second = new Resource("second")) {
                first.use(false);
                second.use(false);
            }
        }

        void closeByHand() {
            Resource plain = new Resource("plain");
            plain.use(false);
            plain.close();
        }
    }

    private final Mutants mutants = Mutants.of(Users.class, ResourceCloseRemoval.REMOVE_CLOSE);

    @Test
    void oneMutantRemovesEveryCloseOfTheResourceOnEveryPath() throws Exception {
        Object mutant = mutants.instance(mutants.onlyIn("useOne"));

        Resource.EVENTS.clear();
        Mutants.call(mutant, "useOne", false);
        assertThat(Resource.EVENTS).containsExactly("use one");

        Resource.EVENTS.clear();
        assertThatThrownBy(() -> Mutants.call(mutant, "useOne", true))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Resource.EVENTS).containsExactly("use one");
    }

    @Test
    void eachResourceOfAStatementHasItsOwnMutant() throws Exception {
        List<List<String>> seen = new ArrayList<>();
        for (var mutation : mutants.in("useTwo")) {
            Resource.EVENTS.clear();
            Mutants.call(mutants.instance(mutation), "useTwo");
            seen.add(List.copyOf(Resource.EVENTS));
        }

        assertThat(seen).containsExactlyInAnyOrder(
                List.of("use first", "use second", "close first"),
                List.of("use first", "use second", "close second"));
        assertThat(mutants.in("useTwo")).extracting(mutation -> mutation.getDescription())
                .containsOnly("removed every close() of the ResourceCloseRemovalTest$Resource resource: it is never closed");
    }

    @Test
    void aCloseOutsideTryWithResourcesAlsoGetsOneWhichTheFilterLeavesOut() {
        assertThat(mutants.in("closeByHand")).hasSize(1);
    }
}
