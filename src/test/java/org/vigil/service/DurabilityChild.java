package org.vigil.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.vigil.domain.Actor;
import org.vigil.domain.SettingValue;
import org.vigil.testing.MutableClock;
import org.vigil.testing.TestServices;

/**
 * A second Vigil process for the durability tests, started by {@link ChildVigil}.
 *
 * <ul>
 *   <li>{@code hold DIR}: set up a clinic, print "ready", keep the folder open until stdin closes.
 *   <li>{@code churn DIR}: set up a clinic, then change a protocol setting again and again,
 *       printing "committed VERSION" only after each change has returned (it is saved).
 * </ul>
 */
public final class DurabilityChild {

    private DurabilityChild() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        MutableClock clock = new MutableClock(TestClinic.MORNING);
        Services services = Services.open(dir, clock, TestServices.CHEAP_HASHING);
        Actor admin = services.setup().setUp(TestClinic.CLINIC, TestClinic.ADMIN, "Ada Admin", TestClinic.ADMIN_PASSWORD).value();
        System.out.println("ready");
        System.out.flush();
        if (args[0].equals("hold")) {
            while (System.in.read() >= 0) {
                // Keep the folder open until the parent closes our stdin.
            }
            services.close();
            return;
        }
        for (int i = 0; ; i++) {
            clock.advance(Duration.ofSeconds(1));
            // Alternate between two valid values: every change must differ from the value in force.
            SettingValue saved = services.settings().change(admin, "obs.minimumMinutes", i % 2 == 0 ? "121" : "120", "durability test").value();
            System.out.println("committed " + saved.version());
            System.out.flush();
        }
    }
}
