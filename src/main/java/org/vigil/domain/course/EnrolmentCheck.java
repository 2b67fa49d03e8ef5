package org.vigil.domain.course;

import java.util.List;
import java.util.OptionalInt;

/**
 * The result of checking a patient for a course.
 *
 * @param findings in rule order (PAT-1 … PAT-6)
 * @param startingDoseMg the first nasal dose for a TRD nasal course (ADM-4, lower from the
 *     older-adult age); empty for other regimens
 */
public record EnrolmentCheck(List<Finding> findings, OptionalInt startingDoseMg) {

    public EnrolmentCheck {
        findings = List.copyOf(findings);
    }

    /** No hard stop and no override still missing. */
    public boolean allowed() {
        return findings.stream().noneMatch(Finding::blocks);
    }

    public List<Finding> hardStops() {
        return findings.stream().filter(f -> f instanceof Finding.HardStop).toList();
    }

    public List<Finding> overridesNeeded() {
        return findings.stream().filter(f -> f instanceof Finding.NeedsOverride).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> f instanceof Finding.Warning).toList();
    }
}
