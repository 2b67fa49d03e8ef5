package org.vigil.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Login lockout")
class LoginLockoutTest {

    private static final Instant NINE = Instant.parse("2025-03-03T09:00:00Z");
    private final LoginLockout fiveFor15Minutes = new LoginLockout(5, Duration.ofMinutes(15));

    @Test
    @DisplayName("PWD-3 four failures do not lock; the fifth locks for 15 minutes")
    void fifthFailureLocks() {
        assertThat(fiveFor15Minutes.lockAfterFailure(4, NINE)).isEmpty();
        assertThat(fiveFor15Minutes.lockAfterFailure(5, NINE)).hasValue(NINE.plus(Duration.ofMinutes(15)));
    }

    @Test
    @DisplayName("PWD-3 the lock holds until its end and not a moment after")
    void lockEnds() {
        Instant until = NINE.plus(Duration.ofMinutes(15));
        assertThat(LoginLockout.isLocked(until, NINE)).isTrue();
        assertThat(LoginLockout.isLocked(until, until.minusSeconds(1))).isTrue();
        assertThat(LoginLockout.isLocked(until, until)).isFalse();
        assertThat(LoginLockout.isLocked(null, NINE)).isFalse();
    }

    @Test
    @DisplayName("PWD-3 the numbers come from the settings, not from the code")
    void followsSettings() {
        LoginLockout strict = new LoginLockout(3, Duration.ofMinutes(60));
        assertThat(strict.lockAfterFailure(3, NINE)).hasValue(NINE.plus(Duration.ofHours(1)));
    }
}
