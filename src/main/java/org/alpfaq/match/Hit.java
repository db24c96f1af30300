package org.alpfaq.match;

/**
 * One input line that a signature matched.
 *
 * @param line 1-based line number in its file (or in the text, when it came from arguments or
 *     standard input)
 * @param text the cleaned line
 * @param signature the signature's source
 * @param start where the match starts in {@code text}
 * @param end where it ends
 * @param file the file the line came from, as given; null for arguments and standard input
 */
public record Hit(long line, String text, String signature, int start, int end, String file) {}
