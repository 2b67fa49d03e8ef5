package org.vigil.domain.alarm;

import org.vigil.domain.vitals.VitalSettingKeys;
import java.time.Duration;
import org.vigil.domain.Settings;

/**
 * @param acknowledgePause ALM-2: how long an acknowledgement silences the sound
 * @param mediumEscalatesAfter ALM-3: an unacknowledged medium alarm becomes high after this
 */
public record AlarmRules(Duration acknowledgePause, Duration mediumEscalatesAfter) {

    public static AlarmRules from(Settings s) {
        return new AlarmRules(Duration.ofMinutes(s.integer(VitalSettingKeys.ACK_PAUSE_MINUTES)),
                Duration.ofMinutes(s.integer(VitalSettingKeys.MEDIUM_ESCALATE_MINUTES)));
    }
}
