package grader.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CausesTest {

    @Test
    void theChainHoldsEveryWrappedExceptionOnce() {
        ArithmeticException root = new ArithmeticException("root");
        IllegalStateException wrapper = new IllegalStateException("wrapper", new RuntimeException("middle", root));

        assertThat(Causes.chainOf(wrapper)).hasSize(3).startsWith(wrapper).endsWith(root);
        assertThat(Causes.chainOf(null)).isEmpty();
    }
}
