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
    /** Safe answer: not pregnant, or not applicable (PAT-4). */
    NOT_PREGNANT("PAT-4", Answer.YES_NO, Unsafe.STOP),
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
        NEEDS_REASON
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

    /** Items whose safe answer must name something: the driver and phone, the prescriber on site. */
    public boolean needsDetailWhenSafe() {
        return this == TRANSPORT_ARRANGED || this == PRESCRIBER_PRESENT;
    }

    /** Items whose unsafe answer must say what: the substance, the co-medication, the new condition. */
    public boolean needsDetailWhenUnsafe() {
        return this == NO_SUBSTANCE_USE || this == NO_SEDATING_COMEDICATION || this == NO_NEW_CONTRAINDICATION;
    }
}
