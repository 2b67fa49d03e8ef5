package org.vigil.domain.course;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.vigil.domain.Refusal;

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

    /**
     * Why the course may not start, or empty when it may: every blocking finding, each saying
     * whether a prescriber may override it, so the prescriber sees all of them at once. The rule
     * ID is the first blocking finding's.
     */
    public Optional<Refusal> refusal() {
        List<Refusal> blocking = findings.stream().filter(Finding::blocks).map(f -> Refusal.of(f.refusal().ruleId(),
                f instanceof Finding.HardStop ? "course.finding.hardStop" : "course.finding.needsOverride",
                f.refusal(), f.refusal().ruleId())).toList();
        return blocking.isEmpty() ? Optional.empty()
                : Optional.of(Refusal.of(blocking.getFirst().ruleId(), "course.notAllowed", blocking));
    }
}
