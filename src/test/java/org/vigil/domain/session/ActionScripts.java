package org.vigil.domain.session;

import org.vigil.domain.Route;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.vigil.domain.session.ActionScript.AcknowledgeAlarm;
import org.vigil.domain.session.ActionScript.Abandon;
import org.vigil.domain.session.ActionScript.Answer;
import org.vigil.domain.session.ActionScript.Authorise;
import org.vigil.domain.session.ActionScript.Baseline;
import org.vigil.domain.session.ActionScript.CheckIn;
import org.vigil.domain.session.ActionScript.CompleteChecklist;
import org.vigil.domain.session.ActionScript.Discharge;
import org.vigil.domain.session.ActionScript.Dissociation;
import org.vigil.domain.session.ActionScript.EndInfusion;
import org.vigil.domain.session.ActionScript.GiveDevice;
import org.vigil.domain.session.ActionScript.OpenAdverseEvent;
import org.vigil.domain.session.ActionScript.OverrideBaseline;
import org.vigil.domain.session.ActionScript.Problem;
import org.vigil.domain.session.ActionScript.Refer;
import org.vigil.domain.session.ActionScript.ResolveAdverseEvent;
import org.vigil.domain.session.ActionScript.ResolveAlarm;
import org.vigil.domain.session.ActionScript.Sedation;
import org.vigil.domain.session.ActionScript.SignReadyToLeave;
import org.vigil.domain.session.ActionScript.StartInfusion;
import org.vigil.domain.session.ActionScript.Step;
import org.vigil.domain.session.ActionScript.TransportArrives;
import org.vigil.domain.session.ActionScript.Vitals;
import org.vigil.domain.session.ActionScript.Wait;
import org.vigil.domain.session.SessionEvent.AdministrationProblem;

/**
 * Random {@link ActionScript}s, and smaller variants of one for shrinking a counterexample.
 *
 * <p>Pure noise would rarely get past the checklist, so most scripts start the way a normal
 * visit does (check-in, safe checklist, baseline 128/82, authorisation) and the rest is weighted
 * towards what happens in the chair. A "wrap-up" block (a normal reading, MOAA/S 5, dissociation
 * gone, driver here, sign, discharge) comes now and then, so that many scripts reach discharge,
 * some of them too early: those are the attempts the OBS-1 and DIS-1 rules must refuse.
 */
final class ActionScripts {

    private ActionScripts() {}

    private static final SessionProtocol DEFAULTS = SessionDefaults.protocol();
    private static final SessionProtocol LAST_DEVICE_ANCHOR = SessionDefaults.protocol("bp.check.anchor", "LAST_DEVICE");

    static ActionScript random(SplittableRandom r) {
        List<Step> steps = new ArrayList<>();
        // BP-6: a third of the visits start from a low baseline, where a 40 mmHg climb stays under 160/100.
        Baseline baseline = r.nextInt(3) == 0 ? new Baseline(r.nextInt(95, 116), r.nextInt(55, 71)) : new Baseline(128, 82);
        if (r.nextInt(10) < 8) {
            steps.addAll(normalStart(r, baseline));
        }
        int length = steps.size() + r.nextInt(30, 81);
        while (steps.size() < length) {
            steps.addAll(next(r, baseline));
        }
        return new ActionScript(steps, r.nextInt(4) == 0 ? LAST_DEVICE_ANCHOR : DEFAULTS);
    }

    private static List<Step> normalStart(SplittableRandom r, Baseline baseline) {
        List<Step> steps = new ArrayList<>();
        steps.add(new CheckIn(r.nextInt(5) == 0));
        steps.add(new Wait(r.nextInt(60, 600)));
        for (ChecklistItem item : PreDoseChecklist.items(false)) {
            steps.add(new Answer(item, true));
        }
        steps.add(new CompleteChecklist());
        steps.add(baseline);
        steps.add(new Wait(r.nextInt(60, 600)));
        steps.add(authorise(r));
        return steps;
    }

    /** One step, or a short block of them, weighted roughly by how often it happens. */
    private static List<Step> next(SplittableRandom r, Baseline baseline) {
        int roll = r.nextInt(100);
        if (roll < 38) {
            return List.of(new Wait(r.nextInt(0, 1201)));
        }
        if (roll < 40) {
            // A quiet stretch: nobody comes to the chair for the best part of an hour.
            return List.of(new Wait(r.nextInt(900, 1201)), new Wait(r.nextInt(900, 1201)), new Wait(r.nextInt(900, 1201)));
        }
        if (roll < 46) {
            return List.of(new ResolveAdverseEvent(0), new Vitals(118, 76, 72, 98, 0), new Sedation(5, 0), new Dissociation(false),
                    new TransportArrives(), new SignReadyToLeave(), new Discharge());
        }
        if (roll < 56) {
            return List.of(new GiveDevice(r.nextInt(5) == 0));
        }
        if (roll < 59) {
            return List.of(new StartInfusion());
        }
        if (roll < 62) {
            return List.of(new EndInfusion());
        }
        if (roll < 69) {
            return List.of(r.nextInt(3) == 0 ? riseFrom(baseline, r) : vitals(r));
        }
        if (roll < 73) {
            int moaas = r.nextInt(3) == 0 ? r.nextInt(0, 6) : 5;
            return List.of(new Sedation(moaas, late(r)));
        }
        if (roll < 76) {
            return List.of(new Dissociation(r.nextBoolean()));
        }
        if (roll < 78) {
            return List.of(new OpenAdverseEvent(adverseEventKind(r)));
        }
        if (roll < 81) {
            return List.of(new ResolveAdverseEvent(r.nextInt(3)));
        }
        if (roll < 82) {
            return List.of(new Problem(r.nextBoolean() ? AdministrationProblem.Problem.VOMITED : AdministrationProblem.Problem.INCOMPLETE));
        }
        if (roll < 83) {
            return List.of(r.nextBoolean() ? new AcknowledgeAlarm() : new ResolveAlarm());
        }
        if (roll < 85) {
            return List.of(new TransportArrives());
        }
        if (roll < 88) {
            return List.of(new SignReadyToLeave());
        }
        if (roll < 91) {
            return List.of(new Discharge());
        }
        if (roll < 92) {
            int which = r.nextInt(6);
            return List.of(which == 0 ? new Refer() : which < 3 ? new Abandon() : new Wait(r.nextInt(0, 1201)));
        }
        return List.of(beforeDose(r));
    }

    /** Mostly the common, non-serious events; a serious one (OBS-4) refers the patient on. */
    private static AdverseEventKind adverseEventKind(SplittableRandom r) {
        boolean serious = r.nextInt(10) == 0;
        List<AdverseEventKind> kinds = Arrays.stream(AdverseEventKind.values())
                .filter(k -> k.serious() == serious && k != AdverseEventKind.OTHER).toList();
        return kinds.get(r.nextInt(kinds.size()));
    }

    /** The steps of a visit before dosing, for scripts that did not start normally or that try them again. */
    private static Step beforeDose(SplittableRandom r) {
        ChecklistItem[] items = ChecklistItem.values();
        return switch (r.nextInt(7)) {
            case 0 -> new CheckIn(r.nextInt(5) == 0);
            case 1, 2 -> new Answer(items[r.nextInt(items.length)], r.nextInt(5) != 0);
            case 3 -> new CompleteChecklist();
            case 4 -> r.nextInt(3) == 0 ? new Baseline(r.nextInt(141, 181), r.nextInt(85, 111)) : new Baseline(r.nextInt(100, 141),
                    r.nextInt(60, 91));
            case 5 -> new OverrideBaseline();
            default -> authorise(r);
        };
    }

    private static Authorise authorise(SplittableRandom r) {
        return r.nextInt(4) == 0 ? new Authorise(Route.IV, 0) : new Authorise(Route.NASAL, r.nextInt(1, 4));
    }

    /** Mostly unremarkable readings, sometimes anywhere in the range a chair can see. */
    private static Vitals vitals(SplittableRandom r) {
        if (r.nextInt(10) < 7) {
            return new Vitals(r.nextInt(100, 156), r.nextInt(60, 96), r.nextInt(55, 100), r.nextInt(95, 101), late(r));
        }
        return new Vitals(r.nextInt(90, 211), r.nextInt(50, 126), r.nextInt(50, 141), r.nextInt(88, 101), late(r));
    }

    /**
     * BP-6: a climb from the visit's baseline, by the default rise limits or a little more, kept
     * under 160/100 so that only the rise can flag it; sometimes only the diastolic climbs.
     */
    private static Vitals riseFrom(Baseline baseline, SplittableRandom r) {
        boolean systolic = r.nextInt(3) != 0;
        int sbp = systolic ? Math.min(160, baseline.sbp() + r.nextInt(40, 51)) : baseline.sbp() + r.nextInt(0, 20);
        int dbp = systolic ? baseline.dbp() + r.nextInt(0, 15) : Math.min(100, baseline.dbp() + r.nextInt(25, 31));
        return new Vitals(sbp, dbp, r.nextInt(60, 100), r.nextInt(95, 101), late(r));
    }

    /** BP-9: most entries are made at once, some a few minutes after the observation. */
    private static int late(SplittableRandom r) {
        return r.nextInt(4) == 0 ? r.nextInt(1, 600) : 0;
    }

    /**
     * Smaller scripts first: halves, quarters … single steps dropped, neighbouring waits merged;
     * then each step made simpler (shorter waits, plainer readings), so the report shows only
     * what matters.
     */
    static List<ActionScript> shrink(ActionScript script) {
        List<Step> steps = script.steps();
        List<ActionScript> smaller = new ArrayList<>();
        if (script.protocol() != DEFAULTS) {
            smaller.add(new ActionScript(steps, DEFAULTS));
        }
        for (int chunk = steps.size() / 2; chunk >= 1; chunk /= 2) {
            for (int from = 0; from + chunk <= steps.size(); from += chunk) {
                List<Step> without = new ArrayList<>(steps.subList(0, from));
                without.addAll(steps.subList(from + chunk, steps.size()));
                smaller.add(new ActionScript(without, script.protocol()));
            }
        }
        for (int i = 0; i + 1 < steps.size(); i++) {
            if (steps.get(i) instanceof Wait a && steps.get(i + 1) instanceof Wait b) {
                List<Step> merged = new ArrayList<>(steps.subList(0, i));
                merged.add(new Wait(a.seconds() + b.seconds()));
                merged.addAll(steps.subList(i + 2, steps.size()));
                smaller.add(new ActionScript(merged, script.protocol()));
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            for (Step simpler : simpler(steps.get(i))) {
                List<Step> changed = new ArrayList<>(steps);
                changed.set(i, simpler);
                smaller.add(new ActionScript(changed, script.protocol()));
            }
        }
        return smaller;
    }

    private static List<Step> simpler(Step step) {
        return switch (step) {
            case Wait w when w.seconds() > 0 -> distinct(w, new Wait(w.seconds() / 60 * 60), new Wait(w.seconds() / 2),
                    new Wait(w.seconds() - 1));
            case Vitals v -> distinct(v, new Vitals(v.sbp(), v.dbp(), v.heartRate(), v.spo2(), 0),
                    new Vitals(v.sbp(), v.dbp(), 72, 98, v.lateSeconds()), new Vitals(120, 80, v.heartRate(), v.spo2(), v.lateSeconds()));
            case Sedation s -> distinct(s, new Sedation(s.moaas(), 0), new Sedation(5, s.lateSeconds()));
            case GiveDevice d when d.withReason() -> List.of(new GiveDevice(false));
            case CheckIn c when c.hepatic() -> List.of(new CheckIn(false));
            default -> List.of();
        };
    }

    @SafeVarargs
    private static <T> List<T> distinct(T original, T... candidates) {
        List<T> out = new ArrayList<>();
        for (T c : candidates) {
            if (!c.equals(original) && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }
}
