package grader.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LangTest {

    @Test
    void anExplicitLanguageWins() {
        assertThat(Lang.parse("es")).isEqualTo(Lang.ES);
        assertThat(Lang.parse("ES_co")).isEqualTo(Lang.ES);
        assertThat(Lang.parse("en")).isEqualTo(Lang.EN);
    }

    @Test
    void anUnknownLanguageFallsBackToEnglish() {
        assertThat(Lang.parse("fr")).isEqualTo(Lang.EN);
    }

    @Test
    void eachLanguagePicksItsOwnText() {
        assertThat(Lang.ES.pick("yes", "sí")).isEqualTo("sí");
        assertThat(Lang.EN.pick("yes", "sí")).isEqualTo("yes");
    }
}
