package grader.i18n;

import java.util.Locale;

/**
 * Bilingual messages written where they are used, so a test reads as its own documentation:
 *
 * <pre>{@code
 * fail(localized("expected %d but was %d", "se esperaba %d pero fue %d", expected, actual));
 * }</pre>
 */
public final class Messages {

    private Messages() {
    }

    /**
     * The text in the current {@link Lang}, formatted like {@link String#format}; both, marked,
     * when both languages are recorded ({@link Bilingual}).
     */
    public static String localized(String english, String spanish, Object... args) {
        if (Bilingual.recorded()) {
            return Bilingual.localized(english, spanish, args);
        }
        Lang lang = Lang.current();
        Locale locale = lang == Lang.ES ? Locale.forLanguageTag("es") : Locale.ENGLISH;
        return String.format(locale, lang.pick(english, spanish), args);
    }

    /** Text given in each language, as it is (no formatting), chosen like {@link #localized}'s. */
    public static String either(String english, String spanish) {
        return Bilingual.recorded() ? Bilingual.pair(english, spanish) : Lang.current().pick(english, spanish);
    }
}
