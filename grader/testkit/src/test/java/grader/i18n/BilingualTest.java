package grader.i18n;

import static grader.i18n.Messages.localized;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BilingualTest {

    @AfterEach
    void clearLanguage() {
        System.clearProperty("grader.lang");
    }

    @Test
    void aRunThatRecordsBothLanguagesShowsEachOneAsARunInItWould() {
        String[] shown = new String[2];
        for (Lang lang : Lang.values()) {
            System.setProperty("grader.lang", lang.name().toLowerCase());
            shown[lang.ordinal()] = message();
        }
        System.setProperty("grader.lang", "both");

        String both = message();

        assertThat(Bilingual.in(Lang.EN, both)).isEqualTo(shown[Lang.EN.ordinal()])
                .isEqualTo("3 of 4 parts ran, 0.5 s: boom (at Work.java:3)");
        assertThat(Bilingual.in(Lang.ES, both)).isEqualTo(shown[Lang.ES.ordinal()])
                .isEqualTo("corrieron 3 de 4 partes, 0,5 s: boom (en Work.java:3)");
    }

    @Test
    void theGradersTextIsToldApartFromItsArgumentsAndFromTextOutsideIt() {
        System.setProperty("grader.lang", "both");

        String message = "[" + localized("your code threw %s", "tu código lanzó %s", "boom") + "] detail";

        assertThat(Bilingual.pieces(Lang.ES, message)).containsExactly(
                new Bilingual.Piece("[", Bilingual.Source.OUTSIDE),
                new Bilingual.Piece("tu código lanzó ", Bilingual.Source.GRADER),
                new Bilingual.Piece("boom", Bilingual.Source.ARGUMENT),
                new Bilingual.Piece("] detail", Bilingual.Source.OUTSIDE));
    }

    @Test
    void textWithoutMarksIsOnePieceFromOutsideTheGradersText() {
        assertThat(Bilingual.pieces(Lang.EN, "expected: 1 but was: 2"))
                .containsExactly(new Bilingual.Piece("expected: 1 but was: 2", Bilingual.Source.OUTSIDE));
    }

    @Test
    void aMessageCutShortInsideAMarkedTextStillReads() {
        System.setProperty("grader.lang", "both");
        String message = localized("the whole sentence", "la frase entera");

        String cut = message.substring(0, message.length() - 4);

        assertThat(Bilingual.in(Lang.EN, cut)).isEqualTo("the whole sentence");
        assertThat(Bilingual.in(Lang.ES, cut)).isEqualTo("la frase ent");
    }

    /** Texts inside texts, with arguments of several kinds: what a failure message is made of. */
    private static String message() {
        String parts = localized("%d of %d parts ran", "corrieron %d de %d partes", 3, 4);
        return localized("%s, %.1f s: %s%s", "%s, %.1f s: %s%s", parts, 0.5, "boom",
                localized(" (at %s:%d)", " (en %s:%d)", "Work.java", 3));
    }
}
