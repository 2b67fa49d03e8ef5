package org.vigil.service;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;

/** A time of the test clinic's first morning (3 March 2025, UTC), written as the nurse reads it off the clock. */
final class TestTimes {

    private TestTimes() {}

    static Instant at(String hhmm) {
        return SessionFloor.TODAY.atTime(LocalTime.parse(hhmm)).toInstant(ZoneOffset.UTC);
    }
}
