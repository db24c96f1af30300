package org.alpfaq.kb;

/**
 * A text an entry carries to prove its signatures.
 *
 * @param text the pasted text
 * @param match true when the text must make the entry the first finding, false when it must not produce it
 * @param line the line of the entry file where the example starts
 */
public record Example(String text, boolean match, int line) {}
