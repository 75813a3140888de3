package grader.similarity;

import java.util.List;

/**
 * Two submissions of one exercise that JPlag compared, once the skeleton's lines are left out.
 *
 * @param similarity        JPlag's average similarity, 0 to 1: the share of both programs' tokens
 *                          in matches
 * @param maximumSimilarity the larger of the two shares (high when one program is inside the other)
 * @param firstFiles        the first one's files that take part in a match
 * @param secondFiles       the second one's
 */
public record SimilarPair(String exercise, String first, String second, double similarity, double maximumSimilarity,
                          List<String> firstFiles, List<String> secondFiles) {
}
