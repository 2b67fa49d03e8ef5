package org.vigil.domain.scale;

/**
 * The published PHQ-9 severity bands (Kroenke, Spitzer and Williams 2001). Message key
 * {@code scale.phq9.severity.<NAME>}.
 */
public enum Phq9Severity {
    NONE_MINIMAL(0, 4),
    MILD(5, 9),
    MODERATE(10, 14),
    MODERATELY_SEVERE(15, 19),
    SEVERE(20, 27);

    private final int lowest;
    private final int highest;

    Phq9Severity(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }

    public String messageKey() {
        return "scale.phq9.severity." + name();
    }

    public static Phq9Severity of(int total) {
        for (Phq9Severity band : values()) {
            if (total >= band.lowest && total <= band.highest) {
                return band;
            }
        }
        throw new IllegalArgumentException("not a PHQ-9 total: " + total);
    }
}
