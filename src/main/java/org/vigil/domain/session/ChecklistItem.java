package org.vigil.domain.session;

/**
 * The PRE-1 and PRE-3 questions asked at the chair before every dose, in the order they are
 * asked. Each says what an unsafe answer does: stop the session, or let it go on only with a
 * reason that is kept on the record.
 */
public enum ChecklistItem {
    IDENTITY_CONFIRMED("PRE-1", Answer.YES_NO, Unsafe.STOP),
    /** When the patient last ate; within the fasting interval is a warning. */
    LAST_FOOD("PRE-1", Answer.TIME, Unsafe.NEEDS_REASON),
    LAST_LIQUID("PRE-1", Answer.TIME, Unsafe.NEEDS_REASON),
    /** Safe answer: no nasal corticosteroid or decongestant within the interval. */
    NO_RECENT_NASAL_SPRAY("PRE-1", Answer.YES_NO, Unsafe.NEEDS_REASON),
    /** Safe answer: a named driver with a phone number; none means the session is rescheduled. */
    TRANSPORT_ARRANGED("PRE-1", Answer.YES_NO, Unsafe.STOP),
    /** Safe answer: no substance use reported since the last visit. */
    NO_SUBSTANCE_USE("PRE-1", Answer.YES_NO, Unsafe.NEEDS_REASON),
    /**
     * Safe answer: not pregnant, or not applicable (PAT-4). Pregnancy is a relative
     * contraindication (PAT-2), so a positive answer waits for a prescriber's signed override
     * for this session rather than stopping it; not asked after delivery (SCH-4).
     */
    NOT_PREGNANT("PAT-4", Answer.YES_NO, Unsafe.PRESCRIBER_OVERRIDE),
    /** SCH-4 PPD prevention: when the cord was clamped; the single dose is given after it. */
    DELIVERY_CORD_CLAMPED("SCH-4", Answer.TIME, Unsafe.STOP),
    /** SCH-4 PPD prevention: safe answer not breastfeeding; breastfeeding is relative (PAT-2/PAT-4). */
    NOT_BREASTFEEDING("PAT-4", Answer.YES_NO, Unsafe.PRESCRIBER_OVERRIDE),
    /** Safe answer: no new contraindication since screening (PAT-1/PAT-2); otherwise re-screen first. */
    NO_NEW_CONTRAINDICATION("PAT-1", Answer.YES_NO, Unsafe.STOP),
    /** Safe answer: no benzodiazepine, hypnotic, stimulant, MAOI, opioid or other depressant. */
    NO_SEDATING_COMEDICATION("PRE-1", Answer.YES_NO, Unsafe.NEEDS_REASON),
    PULSE_OXIMETER_PRESENT("PRE-3", Answer.YES_NO, Unsafe.STOP),
    PRESCRIBER_PRESENT("PRE-3", Answer.YES_NO, Unsafe.STOP);

    /** How the question is answered. */
    public enum Answer {
        YES_NO,
        TIME
    }

    /** What an unsafe answer does. */
    public enum Unsafe {
        STOP,
        NEEDS_REASON,
        /**
         * A relative contraindication (PAT-2): the nurse records the answer as given, and the
         * session goes on only once a prescriber signs an override with a reason (SIG-2).
         */
        PRESCRIBER_OVERRIDE
    }

    private final String ruleId;
    private final Answer answer;
    private final Unsafe unsafe;

    ChecklistItem(String ruleId, Answer answer, Unsafe unsafe) {
        this.ruleId = ruleId;
        this.answer = answer;
        this.unsafe = unsafe;
    }

    public String ruleId() {
        return ruleId;
    }

    public Answer answer() {
        return answer;
    }

    public Unsafe unsafe() {
        return unsafe;
    }

    /**
     * Whether the question is asked in this kind of session. After a caesarean (SCH-4) the
     * patient has just delivered: "pregnant?" has no meaning there, while when the cord was
     * clamped and whether she will breastfeed decide the dose.
     */
    public boolean askedWhen(boolean postpartum) {
        return switch (this) {
            case NOT_PREGNANT -> !postpartum;
            case DELIVERY_CORD_CLAMPED, NOT_BREASTFEEDING -> postpartum;
            default -> true;
        };
    }

    /** Items whose safe answer must name something: the driver and phone, the prescriber on site. */
    public boolean needsDetailWhenSafe() {
        return this == TRANSPORT_ARRANGED || this == PRESCRIBER_PRESENT;
    }

    /** Items whose unsafe answer must say what: the substance, the co-medication, the new condition. */
    public boolean needsDetailWhenUnsafe() {
        return this == NO_SUBSTANCE_USE || this == NO_SEDATING_COMEDICATION || this == NO_NEW_CONTRAINDICATION;
    }
}
