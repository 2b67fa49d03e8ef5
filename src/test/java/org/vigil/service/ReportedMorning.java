package org.vigil.service;

import java.nio.file.Path;
import java.util.List;

/**
 * A data folder holding one finished morning for the report commands and screens: Grace Okafor's
 * session on chair 1 and 张伟's on chair 2, both run from check-in to discharge as
 * {@link ObservedSession} tells it, on 3 March 2025.
 */
public final class ReportedMorning {

    private ReportedMorning() {}

    /** @return the two sessions' ids, Grace's first */
    public static List<Long> seed(Path dataDir) {
        try (SessionFloor floor = SessionFloor.open(dataDir)) {
            long grace = ObservedSession.run(floor, PatientForm.grace(), 1);
            long zhang = ObservedSession.run(floor, PatientForm.zhangWei(), 2);
            return List.of(grace, zhang);
        }
    }
}
