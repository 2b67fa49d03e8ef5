package org.vigil.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.patient.Contraindication;
import org.vigil.domain.session.SessionState;
import org.vigil.service.SessionView;
import org.vigil.ui.FloorFixture;

/** Issue 11: the chair board's view model in plain JUnit, over the floor model, with no toolkit. */
class ChairBoardModelTest {

    @TempDir
    Path dir;

    private FloorFixture f;
    private ChairBoardModel board;
    private long grace;
    private long fang;

    @BeforeEach
    void open() {
        f = new FloorFixture(dir);
        grace = f.story.booked("Lee", "Grace", 1);
        fang = f.story.booked("Wang", "Fang", 3);
        board = new ChairBoardModel(f.services(), f.ui, () -> f.nurse, f.floor);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Optional<Long> sessionOn(int chair) {
        return board.chairsProperty().get().stream().filter(c -> c.number() == chair).findFirst().orElseThrow()
                .session().map(SessionView::sessionId);
    }

    @Test
    @DisplayName("SCH-6 a tile for every chair of the setting, each with its session; the summary counts them")
    void chairsFromFloor() {
        assertThat(board.summaryProperty().get()).isEqualTo("Loading the floor…");
        assertThat(board.chairsProperty().get()).isEmpty();
        f.dosed(grace);
        f.floor.reload();
        assertThat(board.chairsProperty().get()).extracting(ChairBoardModel.Chair::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(sessionOn(1)).contains(grace);
        assertThat(sessionOn(2)).isEmpty();
        assertThat(sessionOn(3)).contains(fang);
        assertThat(board.summaryProperty().get()).isEqualTo("1 under observation · 1 checking in or waiting · none finished · 6 chairs");
    }

    @Test
    @DisplayName("A chair whose patient has gone shows the next one booked on it; a session on a chair the setting no longer counts keeps its tile")
    void whichSessionPerChair() {
        f.dosed(grace);
        f.services().sessions().referToEmergency(f.nurse, grace, "Chest pain", "refer").value();
        long mei = f.story.booked("Lin", "Mei", 1);
        long ann = f.story.booked("Ng", "Ann", 6);
        f.services().settings().change(f.clinic.admin(), "clinic.chairs", "4", "Two chairs out for repair").value();
        f.floor.reload();
        assertThat(sessionOn(1)).contains(mei);
        assertThat(board.chairsProperty().get()).extracting(ChairBoardModel.Chair::number).as("chair 5 is out; 6 keeps Ann's tile")
                .containsExactly(1, 2, 3, 4, 6);
        assertThat(sessionOn(6)).contains(ann);
    }

    @Test
    @DisplayName("Issue 15 SCH-6 a discharged, abandoned or referred session leaves its chair: the tile is free, or shows the next booking")
    void finishedSessionsLeaveTheirChairs() {
        long ann = f.story.booked("Ng", "Ann", 2);
        f.dosed(grace);
        f.story.dischargedAfterObservation(grace);
        f.services().sessions().startSession(f.nurse, fang, "fang-in").value();
        f.services().sessions().abandon(f.nurse, fang, "Felt unwell before the dose", "fang-out").value();
        f.story.authorised(ann).device(ann);
        f.services().sessions().referToEmergency(f.nurse, ann, "Chest pain", "ann-refer").value();
        f.floor.reload();
        assertThat(sessionOn(1)).as("discharged: chair 1 is free").isEmpty();
        assertThat(sessionOn(2)).as("referred: chair 2 is free").isEmpty();
        assertThat(sessionOn(3)).as("abandoned: chair 3 is free").isEmpty();
        assertThat(f.floor.floor().watches()).as("nothing of a finished session is watched").isEmpty();
        assertThat(board.summaryProperty().get()).isEqualTo("0 under observation · 0 checking in or waiting · 3 finished today · 6 chairs");

        long mei = f.story.booked("Lin", "Mei", 1);
        f.floor.reload();
        assertThat(sessionOn(1)).as("the next booking on chair 1").contains(mei);
    }

    @Test
    @DisplayName("Issue 15 SCH-6 tiles keep the clinic's chair order, whatever is urgent; chairs the order leaves out follow in number order")
    void chairOrder() {
        f.services().settings().change(f.clinic.admin(), "clinic.chairOrder", "4,5,6,3,2,1", "Tiles as the room is laid out").value();
        f.floor.reload();
        assertThat(board.chairsProperty().get()).extracting(ChairBoardModel.Chair::number).containsExactly(4, 5, 6, 3, 2, 1);
        f.dosed(grace);
        f.story.minutes(50);
        f.floor.reload();
        assertThat(f.floor.alarms()).as("chair 1's BP check is overdue").isNotEmpty();
        assertThat(board.chairsProperty().get()).extracting(ChairBoardModel.Chair::number).as("the alarming chair stays where it is")
                .containsExactly(4, 5, 6, 3, 2, 1);
        f.services().settings().change(f.clinic.admin(), "clinic.chairs", "8", "Two new recliners").value();
        f.floor.reload();
        assertThat(board.chairsProperty().get()).extracting(ChairBoardModel.Chair::number).containsExactly(4, 5, 6, 3, 2, 1, 7, 8);
    }

    @Test
    @DisplayName("Check-in from a tile: the reply is on the floor before the session opens, with no load")
    void checkInUpdatesFloor() {
        f.floor.reload();
        int before = f.database.given();
        List<SessionState> whenOpened = new ArrayList<>();
        SessionView booked = f.floor.floor().session(grace).orElseThrow();
        board.checkIn(booked, () -> whenOpened.add(f.floor.floor().session(grace).orElseThrow().snapshot().state()),
                refused -> whenOpened.add(null));
        assertThat(whenOpened).containsExactly(SessionState.CHECKED_IN);
        assertThat(board.chairsProperty().get().getFirst().session().orElseThrow().snapshot().state()).isEqualTo(SessionState.CHECKED_IN);
        assertThat(board.chairsProperty().get().get(2).unchanged()).as("chair 3 has nothing to redraw").isTrue();
        assertThat(f.database.given()).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("PAT-1 a check-in the service refuses gives the tile its words; the floor stays as it was")
    void refusedCheckIn() {
        f.story.rescreened(grace, Contraindication.RECENT_CARDIOVASCULAR_EVENT);
        f.floor.reload();
        Floor before = f.floor.floor();
        List<String> said = new ArrayList<>();
        board.checkIn(before.session(grace).orElseThrow(), () -> said.add("opened"), said::add);
        assertThat(said).singleElement().asString().contains("PAT-1");
        assertThat(f.floor.floor()).isSameAs(before);
    }

    @Test
    @DisplayName("The problem line says why the floor could not be loaded")
    void problemLine() {
        f.floor.reload();
        assertThat(board.problemProperty().get()).isEmpty();
        f.clinic.close();
        f.floor.reload();
        assertThat(board.problemProperty().get()).isEqualTo(f.ui.text("error.unexpected"));
    }
}
