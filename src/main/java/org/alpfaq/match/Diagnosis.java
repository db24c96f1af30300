package org.alpfaq.match;

import java.util.List;

/**
 * What {@code diagnose} found.
 *
 * @param findings best first
 * @param lines how many lines were read
 * @param textLines how many of them held any text once cleaned
 */
public record Diagnosis(List<Finding> findings, long lines, long textLines) {}
