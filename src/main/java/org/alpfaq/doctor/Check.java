package org.alpfaq.doctor;

import java.util.List;

/**
 * One thing {@code doctor} looks at. Each check names the knowledge-base entry that explains
 * what it finds, so the report can point at the fix.
 */
public interface Check {
    enum Status { OK, WARNING, PROBLEM, SKIPPED }

    /** One outcome of a check. */
    record Result(String id, Status status, String entry, String message) {}

    String id();

    List<Result> run(SystemView system);

    static Result ok(String id, String entry, String message) {
        return new Result(id, Status.OK, entry, message);
    }

    static Result warning(String id, String entry, String message) {
        return new Result(id, Status.WARNING, entry, message);
    }

    static Result problem(String id, String entry, String message) {
        return new Result(id, Status.PROBLEM, entry, message);
    }

    static Result skipped(String id, String entry, String message) {
        return new Result(id, Status.SKIPPED, entry, message);
    }
}
