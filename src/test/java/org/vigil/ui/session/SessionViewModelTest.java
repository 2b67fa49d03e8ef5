package org.vigil.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Refusal;
import org.vigil.domain.Route;
import org.vigil.domain.session.SessionState;
import org.vigil.domain.vitals.VitalLimits;
import org.vigil.service.SessionView;
import org.vigil.ui.FloorFixture;

/**
 * Issue 11: the session screen's view model in plain JUnit, with no toolkit and no robot; its
 * database work and answers run on the test's thread, counted.
 */
class SessionViewModelTest {

    @TempDir
    Path dir;

    private FloorFixture f;
    private long grace;
    private long fang;

    @BeforeEach
    void open() {
        f = new FloorFixture(dir);
        grace = f.story.booked("Lee", "Grace", 1);
        fang = f.story.booked("Wang", "Fang", 2);
        f.floor.reload();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private SessionViewModel screen(long session) {
        return new SessionViewModel(f.services(), f.ui, () -> f.nurse, f.floor, session);
    }

    private static SessionState state(SessionViewModel model) {
        return model.viewProperty().get().snapshot().state();
    }

    private SessionState onFloor(long session) {
        return f.floor.floor().session(session).orElseThrow().snapshot().state();
    }

    private static void checkIn(SessionViewModel model) {
        model.run("checkIn", (engine, who, id, request) -> engine.startSession(who, id, request), () -> { },
                refusal -> fail("refused: " + refusal), fault -> fail("fault: " + fault));
    }

    @Test
    @DisplayName("Opened from the floor: the floor's session, the course's route and the BP-8 limits, read once; the ticks read nothing")
    void opensFromFloor() {
        int before = f.database.given();
        SessionViewModel model = screen(grace);
        assertThat(model.viewProperty().get()).isSameAs(f.floor.floor().session(grace).orElseThrow());
        SessionMoment moment = model.momentProperty().get();
        assertThat(moment.courseRoute()).contains(Route.NASAL);
        assertThat(moment.limits()).isEqualTo(VitalLimits.from(f.services().settings().current()));
        assertThat(model.mayAbandonProperty().get()).as("before the dose").isTrue();
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(f.database.given()).as("one background read as the screen opens").isEqualTo(before + 1);

        for (int second = 0; second < 90; second++) {
            f.clinic.clock.advance(Duration.ofSeconds(1));
            model.tick();
        }
        assertThat(model.momentProperty().get().now()).as("worked out at the clinic clock").isEqualTo(f.clinic.clock.instant());
        assertThat(f.database.given()).as("no polling: the floor model's loads bring changes").isEqualTo(before + 1);
    }

    @Test
    @DisplayName("A session booked since the floor's last load is read once through the service, then followed on the floor")
    void loadsOnceWhenNotOnFloor() {
        long mei = f.story.booked("Lin", "Mei", 3);
        SessionViewModel model = screen(mei);
        assertThat(model.viewProperty().get().sessionId()).isEqualTo(mei);
        assertThat(model.momentProperty().get()).isNotNull();

        f.services().sessions().startSession(f.nurse, mei, "at another workstation").value();
        f.floor.reload();
        assertThat(state(model)).isEqualTo(SessionState.CHECKED_IN);
    }

    @Test
    @DisplayName("An action's reply goes into the floor model and onto the screen, with no load after it")
    void replyUpdatesFloor() {
        SessionViewModel model = screen(grace);
        int before = f.database.given();
        List<String> done = new ArrayList<>();
        model.run("checkIn", (engine, who, id, request) -> engine.startSession(who, id, request), () -> done.add("done"),
                refusal -> fail("refused: " + refusal), fault -> fail("fault: " + fault));
        assertThat(f.database.given()).as("the action only: no floor load, no session read").isEqualTo(before + 1);
        SessionView shown = model.viewProperty().get();
        assertThat(shown.snapshot().state()).isEqualTo(SessionState.CHECKED_IN);
        assertThat(f.floor.floor().session(grace)).containsSame(shown);
        assertThat(model.momentProperty().get().view()).isSameAs(shown);
        assertThat(done).containsExactly("done");
    }

    @Test
    @DisplayName("OBS-1 abandoning once dosed is refused: the refusal is the screen's message and the session stays; the next command clears it")
    void refusalSetsMessage() {
        f.dosed(grace);
        f.floor.reload();
        SessionViewModel model = screen(grace);
        assertThat(model.mayAbandonProperty().get()).isFalse();
        assertThat(model.mayReferProperty().get()).isTrue();
        SessionView before = model.viewProperty().get();

        model.abandon("Wants to go home");
        assertThat(model.messageProperty().get())
                .isEqualTo(f.ui.messages().refusal(Refusal.of("OBS-1", "session.refused.abandonAfterDose")));
        assertThat(model.viewProperty().get()).isSameAs(before);

        model.refer("Chest pain, BP 190/110");
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(state(model)).isEqualTo(SessionState.REFERRED);
        assertThat(onFloor(grace)).isEqualTo(SessionState.REFERRED);
        assertThat(model.mayReferProperty().get()).isFalse();
    }

    @Test
    @DisplayName("A fault (the database gone) shows its sentence in the message line")
    void faultSetsMessage() {
        SessionViewModel model = screen(grace);
        f.clinic.close();
        model.abandon("Unwell on arrival");
        assertThat(model.messageProperty().get()).isEqualTo(f.ui.text("error.unexpected"));
    }

    @Test
    @DisplayName("A floor load that fails says so on the session screen too: what it shows may be out of date")
    void floorProblemSetsMessage() {
        SessionViewModel model = screen(grace);
        f.clinic.close();
        f.floor.reload();
        assertThat(model.messageProperty().get()).isEqualTo(f.ui.text("error.unexpected"));
    }

    @Test
    @DisplayName("What another workstation records on this session reaches the screen with the floor's next load")
    void followsFloor() {
        SessionViewModel model = screen(grace);
        f.story.authorised(grace);
        f.floor.reload();
        assertThat(state(model)).isEqualTo(SessionState.DOSE_AUTHORISED);
        assertThat(model.viewProperty().get()).isSameAs(f.floor.floor().session(grace).orElseThrow());
        assertThat(model.momentProperty().get().view()).isSameAs(model.viewProperty().get());
    }

    @Test
    @DisplayName("An action on another chair changes the floor, not this screen: nothing here to redraw")
    void otherSessionLeavesScreen() {
        SessionViewModel model = screen(grace);
        SessionView shown = model.viewProperty().get();
        List<SessionMoment> redrawn = new ArrayList<>();
        model.momentProperty().addListener((obs, old, now) -> redrawn.add(now));
        checkIn(screen(fang));
        assertThat(onFloor(fang)).isEqualTo(SessionState.CHECKED_IN);
        assertThat(model.viewProperty().get()).isSameAs(shown);
        assertThat(redrawn).isEmpty();
    }

    @Test
    @DisplayName("A floor load that began before this screen's action and is answered after its reply does not take the screen back")
    void staleLoadNeverRollsBack() {
        SessionViewModel model = screen(grace);
        f.answers.hold();
        f.floor.reload();
        checkIn(model);
        List<Runnable> waiting = f.answers.release();
        assertThat(waiting).as("the load (Grace still booked) and the check-in, both answered later").hasSize(2);
        waiting.get(1).run();
        assertThat(state(model)).isEqualTo(SessionState.CHECKED_IN);
        waiting.get(0).run();
        assertThat(state(model)).isEqualTo(SessionState.CHECKED_IN);
        assertThat(onFloor(grace)).isEqualTo(SessionState.CHECKED_IN);
    }
}
