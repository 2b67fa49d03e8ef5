package org.vigil.ui;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.service.Services;
import org.vigil.service.TestClinic;
import org.vigil.service.WorkstationPreferences;
import org.vigil.testing.InlineExecutor;
import org.vigil.ui.board.FloorModel;
import org.vigil.ui.common.UiContext;

/**
 * Today's floor for view-model tests, with no JavaFX toolkit and no robot: a nurse and a
 * prescriber over a real database on a clock the test moves; a UiContext whose database work and
 * answers both run on the test's thread, each counted (answers can be held, so a test chooses
 * the order they arrive in); and this workstation's floor model, watched as the nurse. The story
 * moves sessions on as the nurses at other workstations would.
 */
public final class FloorFixture implements AutoCloseable {

    public static final String NURSE_PASSWORD = "tea at ten on the ward";
    public static final String PRESCRIBER_PASSWORD = "rounds begin at nine sharp";

    public final TestClinic clinic;
    public final Actor nurse;
    public final Actor prescriber;
    public final FloorStory story;
    /** Where database work runs: how many loads and actions there were. */
    public final InlineExecutor database = new InlineExecutor();
    /** Where answers are handed back, in place of the JavaFX thread. */
    public final InlineExecutor answers = new InlineExecutor();
    public final UiContext ui;
    public final FloorModel floor;

    public FloorFixture(Path dir) {
        clinic = TestClinic.setUp(dir);
        nurse = clinic.person("nurse.li", NURSE_PASSWORD, Role.NURSE);
        prescriber = clinic.person("drchen", PRESCRIBER_PASSWORD, Role.PRESCRIBER);
        story = new FloorStory(services(), clinic.clock, nurse, prescriber, PRESCRIBER_PASSWORD);
        ui = new UiContext(Locale.ENGLISH, clinic.clock, ZoneOffset.UTC, database, answers, new WorkstationPreferences(dir));
        floor = new FloorModel(services(), ui, () -> nurse);
    }

    public Services services() {
        return clinic.services();
    }

    /** Authorised, both devices given five minutes apart: observation has begun. */
    public void dosed(long session) {
        story.authorised(session).device(session).minutes(5).device(session);
    }

    @Override
    public void close() {
        clinic.close();
    }
}
