package org.alpfaq.doctor;

import java.util.ArrayList;
import java.util.List;

/** Runs every check on a system; a check that throws is reported, never fatal. */
public final class Doctor {
    private Doctor() {}

    /** The results and what could not be read. */
    public record Report(List<Check.Result> results, List<String> unreadable) {
        public boolean problems() {
            return results.stream().anyMatch(r -> r.status() == Check.Status.PROBLEM);
        }
    }

    public static Report run(SystemView system, List<Check> checks) {
        List<Check.Result> out = new ArrayList<>();
        for (Check c : checks) {
            try {
                out.addAll(c.run(system));
            } catch (RuntimeException e) {
                out.add(Check.skipped(c.id(), null, "doctor.failed", e));
            }
        }
        return new Report(out, List.copyOf(new java.util.LinkedHashSet<>(system.unreadable())));
    }
}
