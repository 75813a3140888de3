package ex05;

/**
 * What a {@link Mood} showed at one moment: both counters read together.
 *
 * @param joy     the joy counter
 * @param sadness the sadness counter; {@code joy + sadness == 0} in every consistent snapshot
 */
public record MoodSnapshot(int joy, int sadness) {
}
