package org.alpfaq.match;

/**
 * One input line that a signature matched.
 *
 * @param line 1-based line number in the input
 * @param text the cleaned line
 * @param signature the signature's source
 * @param start where the match starts in {@code text}
 * @param end where it ends
 */
public record Hit(long line, String text, String signature, int start, int end) {}
