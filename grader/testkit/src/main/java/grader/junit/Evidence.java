package grader.junit;

import com.google.gson.Gson;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a graded test observed beyond pass or fail (speed-up figures, the workers' timeline),
 * attached to the test's result so the scoreboard and its reports can show it.
 *
 * <p>The graded test that is running binds its context here; tests run one at a time per JVM.
 */
public final class Evidence {

    private static final Gson GSON = new Gson();

    /** Guarded by the class: the context of the graded test now running, or null. */
    private static ExtensionContext current;

    private Evidence() {
    }

    /** Attaches {@code value}, serialized as JSON, under {@code key} to the running graded test. */
    public static void publish(String key, Object value) {
        ExtensionContext context;
        synchronized (Evidence.class) {
            context = current;
        }
        if (context != null) {
            context.publishReportEntry(key, GSON.toJson(value));
        }
    }

    static synchronized void bind(ExtensionContext context) {
        current = context;
    }

    static synchronized void unbind() {
        current = null;
    }
}
