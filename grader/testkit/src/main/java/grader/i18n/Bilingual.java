package grader.i18n;

import grader.guard.GraderProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Student-facing text recorded in both languages at once, for the message check of the known
 * mistakes: with {@code -Dgrader.lang=both}, every text {@link Messages#localized} makes is its
 * English and its Spanish version between invisible marks, and each argument it puts in is marked
 * as the argument's own text. One run then shows, for each language, what a run in that language
 * shows and which characters of it the grader wrote, so the check can tell the grader's own
 * sentence from library text (an assertion library's "expected: … but was: …", an exception's
 * message) that a test let through unchanged.
 *
 * <p>The marks are characters of Unicode's private use area, which no message contains.
 */
public final class Bilingual {

    /** {@code OPEN english OR spanish CLOSE}: one text of the grader's, in both languages. */
    static final char OPEN = '\uE000';
    static final char OR = '\uE001';
    static final char CLOSE = '\uE002';
    /** {@code ARGUMENT text END_ARGUMENT}: an argument's own text inside the grader's. */
    static final char ARGUMENT = '\uE003';
    static final char END_ARGUMENT = '\uE004';

    /** Who wrote a piece of a message. */
    public enum Source {
        /** The grader: the text of a {@link Messages#localized} call. */
        GRADER,
        /** Whatever the grader put into its text: an argument of a {@link Messages#localized} call. */
        ARGUMENT,
        /** Not the grader: text outside every text of the grader's, such as a library's. */
        OUTSIDE
    }

    /** A run of characters of a message as shown in one language, and who wrote them. */
    public record Piece(String text, Source source) {
    }

    private Bilingual() {
    }

    /** Whether this JVM records texts in both languages ({@code -Dgrader.lang=both}). */
    public static boolean recorded() {
        return "both".equalsIgnoreCase(GraderProperties.lang());
    }

    /** {@link Messages#localized}'s text when both languages are recorded. */
    static String localized(String english, String spanish, Object... args) {
        Object[] marked = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            marked[i] = asArgument(args[i]);
        }
        return pair(String.format(Locale.ENGLISH, english, marked),
                String.format(Locale.forLanguageTag("es"), spanish, marked));
    }

    /** One text of the grader's, in both languages. */
    static String pair(String english, String spanish) {
        return OPEN + english + OR + spanish + CLOSE;
    }

    /**
     * An argument, marked as text that is not the grader's: any object that formats as text,
     * unless it is the grader's text already. Numbers and the like stay as they are, so that
     * {@code %d} and its kind still take them.
     */
    private static Object asArgument(Object arg) {
        if (arg == null || arg instanceof Number || arg instanceof Boolean || arg instanceof Character
                || arg instanceof java.time.temporal.TemporalAccessor || arg instanceof java.util.Date) {
            return arg;
        }
        String text = String.valueOf(arg);
        return text.indexOf(OPEN) >= 0 ? text : ARGUMENT + text + END_ARGUMENT;
    }

    /** The message as a run in {@code lang} shows it, without marks. */
    public static String in(Lang lang, String message) {
        StringBuilder text = new StringBuilder();
        for (Piece piece : pieces(lang, message)) {
            text.append(piece.text());
        }
        return text.toString();
    }

    /**
     * The message as a run in {@code lang} shows it, cut into pieces by who wrote them. A message
     * recorded without marks is one piece from {@link Source#OUTSIDE}.
     */
    public static List<Piece> pieces(Lang lang, String message) {
        List<Piece> pieces = new ArrayList<>();
        new Reader(message, lang, pieces).read(Source.OUTSIDE, 0);
        return pieces;
    }

    /** Reads marked text, keeping the branch of {@code lang} of every pair, nested ones too. */
    private static final class Reader {
        private final String text;
        private final Lang lang;
        private final List<Piece> pieces;
        private int at;

        Reader(String text, Lang lang, List<Piece> pieces) {
            this.text = text;
            this.lang = lang;
            this.pieces = pieces;
        }

        /**
         * Reads text written by {@code source} until the end of the text, or until a mark that closes what encloses this part
         * ({@code depth > 0}): {@code OR} or {@code CLOSE} inside a pair, {@code END_ARGUMENT}
         * inside an argument. A text cut short (a long message truncated) simply ends.
         */
        void read(Source source, int depth) {
            StringBuilder run = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at);
                if (depth > 0 && (c == OR || c == CLOSE || c == END_ARGUMENT)) {
                    break;
                }
                at++;
                if (c == OPEN) {
                    flush(run, source);
                    readPair();
                } else if (c == ARGUMENT) {
                    flush(run, source);
                    read(Source.ARGUMENT, depth + 1);
                    skip(END_ARGUMENT);
                } else if (c == OR || c == CLOSE || c == END_ARGUMENT) {
                    // a stray mark at the top level: drop it
                } else {
                    run.append(c);
                }
            }
            flush(run, source);
        }

        private void readPair() {
            int keptSize = pieces.size();
            read(Source.GRADER, 1);
            List<Piece> english = new ArrayList<>(pieces.subList(keptSize, pieces.size()));
            pieces.subList(keptSize, pieces.size()).clear();
            if (skip(OR)) {
                read(Source.GRADER, 1);
            }
            skip(CLOSE);
            if (lang == Lang.EN) {
                pieces.subList(keptSize, pieces.size()).clear();
                pieces.addAll(english);
            }
        }

        private boolean skip(char mark) {
            if (at < text.length() && text.charAt(at) == mark) {
                at++;
                return true;
            }
            return false;
        }

        private void flush(StringBuilder run, Source source) {
            if (run.length() > 0) {
                pieces.add(new Piece(run.toString(), source));
                run.setLength(0);
            }
        }
    }
}
