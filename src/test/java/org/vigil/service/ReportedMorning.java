package org.vigil.service;

import java.nio.file.Path;
import java.util.List;

/**
 * A data folder holding one finished morning for the report commands and screens: Grace Okafor's
 * session on chair 1 and 张伟's on chair 2, both run from check-in to discharge as
 * {@link ObservedSession} tells it, on 3 March 2025; a nurse (nurse.li) and a manager (manager) log in with the passwords here.
 */
public final class ReportedMorning {

    public static final String NURSE = "nurse.li";
    public static final String NURSE_PASSWORD = SessionFloor.NURSE_PASSWORD;
    public static final String MANAGER = "manager";
    public static final String MANAGER_PASSWORD = "she reads the whole clinic day";

    private ReportedMorning() {}

    /** @return the two sessions' ids, Grace's first */
    public static List<Long> seed(Path dataDir) {
        try (SessionFloor floor = SessionFloor.open(dataDir)) {
            long grace = ObservedSession.run(floor, PatientForm.grace(), 1);
            long zhang = ObservedSession.run(floor, PatientForm.zhangWei(), 2);
            floor.clinic.person(MANAGER, MANAGER_PASSWORD, org.vigil.domain.Role.MANAGER);
            return List.of(grace, zhang);
        }
    }
}
