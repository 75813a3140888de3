package grader.mutation.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordsTest {

    @Test
    void findsTheKeywordAsAWordOfCode() {
        assertThat(Keywords.find("public synchronized void", "synchronized")).isEqualTo(7);
        assertThat(Keywords.find("private volatileish int", "volatile")).isEqualTo(-1);
    }

    @Test
    void skipsCommentsAndLiterals() {
        assertThat(Keywords.find("/* synchronized */ // synchronized\n @A(\"synchronized\") synchronized", "synchronized"))
                .isEqualTo(55);
        assertThat(Keywords.find("@A(c = '\"') @B(\"\\\" synchronized\") static", "synchronized")).isEqualTo(-1);
    }
}
