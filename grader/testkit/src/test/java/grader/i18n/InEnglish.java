package grader.i18n;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test of a class with {@code -Dgrader.lang=en}, so that it can check messages word for
 * word whatever the machine's locale, and clears the setting afterwards.
 */
public final class InEnglish implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        System.setProperty("grader.lang", "en");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.clearProperty("grader.lang");
    }
}
