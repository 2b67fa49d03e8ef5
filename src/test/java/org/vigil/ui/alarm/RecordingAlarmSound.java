package org.vigil.ui.alarm;

import java.util.ArrayList;
import java.util.List;
import org.vigil.domain.session.AlarmPriority;

/** An alarm sound that only writes down what it was told, with a sound card the test can unplug. */
public final class RecordingAlarmSound implements AlarmSound {

    private final List<String> calls = new ArrayList<>();
    private boolean available = true;

    @Override
    public void play(AlarmPriority priority) {
        calls.add("play " + priority);
    }

    @Override
    public void stop() {
        calls.add("stop");
    }

    @Override
    public boolean available() {
        return available;
    }

    public void unplug() {
        available = false;
    }

    /** What was asked, in order: "play HIGH", "stop", … */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    public void forget() {
        calls.clear();
    }
}
