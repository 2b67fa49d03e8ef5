package org.vigil.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * An executor for view-model tests: each task runs at once on the test's own thread, and is
 * counted. While held, tasks wait instead, so a test decides in which order answers arrive (a
 * load that began before an action may be answered after it).
 */
public final class InlineExecutor implements Executor {

    private final List<Runnable> held = new ArrayList<>();
    private boolean holding;
    private int given;

    @Override
    public void execute(Runnable task) {
        given++;
        if (holding) {
            held.add(task);
        } else {
            task.run();
        }
    }

    /** How many tasks it has been given so far, held ones included. */
    public int given() {
        return given;
    }

    /** From now on tasks wait until {@link #release}. */
    public void hold() {
        holding = true;
    }

    /** Stops holding and hands over what waited, oldest first, for the test to run in the order it wants. */
    public List<Runnable> release() {
        holding = false;
        List<Runnable> waiting = List.copyOf(held);
        held.clear();
        return waiting;
    }
}
