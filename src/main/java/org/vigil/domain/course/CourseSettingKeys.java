package org.vigil.domain.course;

/** Names of the settings the course, schedule and monitoring rules read. */
public final class CourseSettingKeys {

    private CourseSettingKeys() {}

    // SCH-1 / SCH-3: TRD phases (TRD IV follows the same phases after its induction).
    public static final String TRD_INDUCTION_WEEKS = "sch.trd.inductionWeeks";
    public static final String TRD_INDUCTION_FREQUENCY = "sch.trd.inductionFrequency";
    public static final String TRD_OPTIMISATION_WEEKS = "sch.trd.optimisationWeeks";
    public static final String TRD_OPTIMISATION_FREQUENCY = "sch.trd.optimisationFrequency";
    public static final String TRD_MAINTENANCE_FREQUENCY = "sch.trd.maintenanceFrequency";
    public static final String IV_INDUCTION_SESSIONS_PER_WEEK = "sch.iv.inductionSessionsPerWeek";
    // SCH-2
    public static final String MDSI_WEEKS = "sch.mdsi.weeks";
    public static final String MDSI_FREQUENCY = "sch.mdsi.frequency";
    // SCH-1 / SCH-2: the review at the end of this course week.
    public static final String REVIEW_AFTER_WEEK = "sch.review.afterWeek";
    // Other indications: starting frequency until the prescriber sets one.
    public static final String OTHER_FREQUENCY = "sch.other.frequency";

    // SCH-7
    public static final String DRUG_SCREEN_DAYS = "sch.monitoring.drugScreenDays";
    public static final String LIVER_FUNCTION_DAYS = "sch.monitoring.liverFunctionDays";
    public static final String COGNITIVE_DAYS = "sch.monitoring.cognitiveDays";
    public static final String URINARY_DAYS = "sch.monitoring.urinaryDays";
    public static final String WITHDRAWAL_FOLLOW_UP_DAYS = "sch.monitoring.withdrawalFollowUpDays";
    public static final String WITHDRAWAL_CHECK_EVERY_DAYS = "sch.monitoring.withdrawalCheckEveryDays";

    // Enrolment (PAT-3, PAT-4, PAT-6, ADM-4, OBS-1)
    public static final String RISK_PROGRAMME_REQUIRED = "pat.riskProgrammeRequired";
    public static final String CONTRACEPTION_WEEKS_AFTER_LAST_DOSE = "pat.contraceptionWeeksAfterLastDose";
    public static final String FIRST_TRD_NASAL_DOSE_MG = "adm.nasal.firstTrdDoseMg";
    public static final String FIRST_TRD_NASAL_DOSE_OLDER_ADULT_MG = "adm.nasal.firstTrdDoseElderlyMg";
    public static final String HEPATIC_EXTRA_OBSERVATION_MINUTES = "obs.hepaticExtraMinutes";
}
