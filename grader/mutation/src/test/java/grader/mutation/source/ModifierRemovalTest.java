package grader.mutation.source;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModifierRemovalTest {

    private static final String SOURCE = String.join("\n",
            "package shop;",
            "",
            "/** Not synchronized: \"synchronized\" in a comment or a string is no keyword. */",
            "public final class Till {",
            "    private volatile boolean open = true;",
            "    private static final String WORD = \"synchronized volatile\";",
            "    private long total;",
            "",
            "    public synchronized void add(long amount) {",
            "        volatile_is_a_word_here();",
            "    }",
            "",
            "    @Deprecated public /* synchronized */ static synchronized long total(Till till) {",
            "        return till.total;",
            "    }",
            "",
            "    private void volatile_is_a_word_here() {",
            "        Runnable r = new Runnable() {",
            "            public synchronized void run() {",
            "            }",
            "        };",
            "    }",
            "",
            "    static final class Drawer {",
            "        volatile int coins;",
            "    }",
            "}",
            "");

    @Test
    void removesEachSynchronizedModifierAndEachVolatileFieldOnItsOwnButNotInAnAnonymousClass() {
        List<SourceMutant> mutants = ModifierRemoval.of("Till.java", SOURCE);

        assertThat(mutants).extracting(SourceMutant::className, SourceMutant::member, SourceMutant::operator,
                        SourceMutant::line)
                .containsExactly(
                        tuple("shop.Till", "open", ModifierRemoval.REMOVE_VOLATILE, 5),
                        tuple("shop.Till", "add", ModifierRemoval.REMOVE_SYNCHRONIZED_MODIFIER, 9),
                        tuple("shop.Till", "total", ModifierRemoval.REMOVE_SYNCHRONIZED_MODIFIER, 13),
                        tuple("shop.Till$Drawer", "coins", ModifierRemoval.REMOVE_VOLATILE, 25));
    }

    @Test
    void theMutantIsTheSourceWithOnlyThatKeywordGone() {
        List<SourceMutant> mutants = ModifierRemoval.of("Till.java", SOURCE);

        assertThat(mutants.get(0).source()).isEqualTo(SOURCE.replace("private volatile boolean", "private boolean"));
        assertThat(mutants.get(1).source()).isEqualTo(SOURCE.replace("public synchronized void add", "public void add"));
        assertThat(mutants.get(2).source()).isEqualTo(SOURCE.replace(
                "@Deprecated public /* synchronized */ static synchronized long", "@Deprecated public /* synchronized */ static long"));
        assertThat(mutants.get(1).description()).isEqualTo("removed the synchronized modifier: the method runs without its lock");
    }

    @Test
    void findsNothingInAClassWithoutTheModifiers() {
        assertThat(ModifierRemoval.of("Plain.java", "package p; class Plain { int x; void f() { synchronized (this) { x++; } } }"))
                .isEmpty();
    }
}
