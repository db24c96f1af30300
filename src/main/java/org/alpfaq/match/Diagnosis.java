package org.alpfaq.match;

import java.util.List;

/**
 * What {@code diagnose} found.
 *
 * @param findings best first
 * @param lines how many lines were read
 * @param anyText whether any line held text once cleaned (false for empty or blank input)
 * @param sample the start of the input (a few KiB), for suggesting entries when nothing matched
 */
public record Diagnosis(List<Finding> findings, long lines, boolean anyText, String sample) {}
