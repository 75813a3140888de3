package grader.i18n;

import grader.guard.GraderProperties;
import java.util.Locale;

/**
 * The language of every student-facing text: {@code -Dgrader.lang=es|en}, else the JVM's locale.
 * {@code -Dgrader.lang=both} records the texts of the tests in both languages for the message
 * check ({@link Bilingual}); everything else is then in English.
 */
public enum Lang {
    EN, ES;

    /** The language chosen for this JVM. */
    public static Lang current() {
        return parse(GraderProperties.lang());
    }

    /** {@code es} or {@code en}; anything else (blank included) follows the JVM's locale. */
    public static Lang parse(String code) {
        String lang = code == null || code.isBlank() ? Locale.getDefault().getLanguage() : code.trim();
        return lang.toLowerCase(Locale.ROOT).startsWith("es") ? ES : EN;
    }

    /** Picks the text written in this language. */
    public String pick(String english, String spanish) {
        return this == ES ? spanish : english;
    }
}
