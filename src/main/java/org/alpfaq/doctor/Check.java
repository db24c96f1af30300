package org.alpfaq.doctor;

import java.util.List;

/**
 * One thing {@code doctor} looks at. Each check names the knowledge-base entry that explains
 * what it finds, so the report can point at the fix.
 */
public interface Check {
    enum Status { OK, WARNING, PROBLEM, SKIPPED }

    /**
     * One outcome of a check.
     *
     * @param entry the knowledge-base entry that explains it, or null
     * @param key the message key (org/alpfaq/messages*.properties), rendered in the user's language
     * @param args the values the message names
     */
    record Result(String id, Status status, String entry, String key, List<String> args) {}

    String id();

    List<Result> run(SystemView system);

    static Result ok(String id, String entry, String key, Object... args) {
        return new Result(id, Status.OK, entry, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    static Result warning(String id, String entry, String key, Object... args) {
        return new Result(id, Status.WARNING, entry, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    static Result problem(String id, String entry, String key, Object... args) {
        return new Result(id, Status.PROBLEM, entry, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    static Result skipped(String id, String entry, String key, Object... args) {
        return new Result(id, Status.SKIPPED, entry, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
