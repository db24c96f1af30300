package org.alpfaq.kb;

/**
 * A finding of the entry parser or the linter.
 *
 * @param origin the file (or jar resource) it concerns
 * @param line the line in that file, 0 when unknown
 * @param code the lint code, {@code KB001}…
 * @param message what is wrong, in one line
 */
public record Problem(String origin, int line, String code, String message) {
    @Override
    public String toString() {
        return origin + (line > 0 ? ":" + line : "") + ": " + code + " " + message;
    }
}
