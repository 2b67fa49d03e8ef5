package org.vigil.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.session.SessionState;
import org.vigil.service.ChairWatch;
import org.vigil.service.Checklists;
import org.vigil.service.SessionView;
import org.vigil.ui.FloorFixture;

/** Issue 11: the floor model in plain JUnit, its loads and answers run on the test's thread. */
class FloorModelTest {

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
    }

    @AfterEach
    void close() {
        f.close();
    }

    private SessionView checkIn(long session) {
        return f.services().sessions().startSession(f.nurse, session, "check-in-" + session).value();
    }

    private List<FloorModel.FloorAlarm> bpCheckAlarms() {
        return f.floor.alarms().stream().filter(a -> a.state().alarm().cause().startsWith("BP-3")).toList();
    }

    @Test
    @DisplayName("One load brings every session of today; the watches are the sessions under way")
    void loadsToday() {
        f.story.authorised(grace);
        f.floor.reload();
        Floor floor = f.floor.floor();
        assertThat(floor.sessions()).extracting(SessionView::sessionId).containsExactly(grace, fang);
        assertThat(floor.watches()).extracting(ChairWatch::sessionId).containsExactly(grace);
        assertThat(floor.chairs()).as("SCH-6 the clinic's chairs setting").isEqualTo(6);
        assertThat(f.floor.problemProperty().get()).isNull();
        assertThat(f.database.given()).isEqualTo(1);
    }

    @Test
    @DisplayName("An action's reply replaces its one session and its watch, with no load; every other tile keeps what it shows")
    void replyReplacesOneSession() {
        f.floor.reload();
        Floor before = f.floor.floor();
        int loads = f.database.given();
        SessionView reply = checkIn(grace);
        f.floor.update(reply);
        Floor after = f.floor.floor();
        assertThat(after.session(grace)).containsSame(reply);
        assertThat(after.session(fang).orElseThrow()).isSameAs(before.session(fang).orElseThrow());
        assertThat(after.watches()).as("checked in: now watched").extracting(ChairWatch::sessionId).containsExactly(grace);
        assertThat(after.unchanged(fang)).isTrue();
        assertThat(after.unchanged(grace)).isFalse();
        assertThat(f.database.given()).isEqualTo(loads);
    }

    @Test
    @DisplayName("A reply for a session booked since the last load changes nothing until the next load brings it")
    void replyForSessionNotYetLoaded() {
        f.floor.reload();
        Floor before = f.floor.floor();
        long mei = f.story.booked("Lin", "Mei", 3);
        f.floor.update(checkIn(mei));
        assertThat(f.floor.floor()).isSameAs(before);
        f.floor.reload();
        assertThat(f.floor.floor().session(mei).orElseThrow().snapshot().state()).isEqualTo(SessionState.CHECKED_IN);
    }

    @Test
    @DisplayName("ALM-2: the overdue BP check alarms on the floor; the reply to the BP taken resolves it at once, with no load")
    void replyResolvesAlarm() {
        f.dosed(grace);
        f.story.minutes(41);
        f.floor.reload();
        assertThat(bpCheckAlarms()).as("BP-3 window closed 45 min after the first device")
                .singleElement().satisfies(a -> assertThat(a.chair().chair()).isEqualTo(1));
        int loads = f.database.given();
        f.floor.update(f.services().sessions().recordVitals(f.nurse, grace, 138, 84, 80, 98, null, "bp").value());
        assertThat(bpCheckAlarms()).isEmpty();
        assertThat(f.floor.alarmsProperty().get()).isEqualTo(f.floor.alarms());
        assertThat(f.database.given()).isEqualTo(loads);
    }

    @Test
    @DisplayName("A load that began before an action and is answered after its reply does not take the session back")
    void staleLoadKeepsReply() {
        f.floor.reload();
        f.answers.hold();
        f.floor.reload();
        List<Runnable> waiting = f.answers.release();
        assertThat(waiting).as("the load has read Grace booked; its answer waits").hasSize(1);
        SessionView reply = checkIn(grace);
        f.floor.update(reply);
        waiting.getFirst().run();
        assertThat(f.floor.floor().session(grace)).containsSame(reply);
        assertThat(f.floor.floor().unchanged(grace)).as("the tile already shows the reply").isTrue();
        assertThat(f.floor.floor().watches()).extracting(ChairWatch::sessionId).containsExactly(grace);
    }

    @Test
    @DisplayName("A later load still brings what another workstation recorded after this one's reply")
    void laterLoadBringsOtherWorkstation() {
        f.floor.reload();
        f.floor.update(checkIn(grace));
        Checklists.answerAllSafely(f.services().sessions(), f.nurse, grace, f.clinic.clock.instant(), "elsewhere");
        f.floor.reload();
        SessionView now = f.floor.floor().session(grace).orElseThrow();
        assertThat(now.snapshot().events()).hasSameSizeAs(f.services().sessions().view(f.nurse, grace).value().snapshot().events());
        assertThat(f.floor.floor().unchanged(grace)).isFalse();
    }

    @Test
    @DisplayName("A load that fails keeps the floor as it was and says why in the problem line")
    void failedLoad() {
        f.floor.reload();
        Floor before = f.floor.floor();
        f.clinic.close();
        f.floor.reload();
        assertThat(f.floor.problemProperty().get()).isEqualTo(f.ui.text("error.unexpected"));
        assertThat(f.floor.floor()).isSameAs(before);
    }
}
