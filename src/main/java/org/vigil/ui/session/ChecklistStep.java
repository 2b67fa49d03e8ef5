package org.vigil.ui.session;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.vigil.domain.session.ChecklistItem;
import org.vigil.domain.session.PreDoseChecklist;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionState;

/** PRE-1/PRE-3: the questions asked at the chair before every dose, then "checklist complete". */
final class ChecklistStep extends Step {

    private final List<ChecklistRow> rows = new ArrayList<>();
    private final Button complete = new Button();
    private final Label why = hint("completeChecklistWhy");

    ChecklistStep(SessionActions actions) {
        super(actions, "stepChecklist");
        rules("PRE-1, PRE-3");
        VBox list = new VBox(4);
        for (ChecklistItem item : ChecklistItem.values()) {
            ChecklistRow row = new ChecklistRow(item, actions);
            rows.add(row);
            list.getChildren().add(row.root());
        }
        complete.setId("completeChecklist");
        complete.setText(ui.text("sessionScreen.checklist.complete"));
        complete.getStyleClass().add("primary-action");
        // The hint beside it can be long (an override awaited): the button keeps its whole label.
        complete.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        complete.setOnAction(e -> actions.run("completeChecklist",
                (engine, actor, id, request) -> engine.completeChecklist(actor, id, request), message));
        HBox bottom = new HBox(10, complete, why);
        bottom.setAlignment(Pos.CENTER_LEFT);
        body.getChildren().addAll(list, bottom, message);
    }

    @Override
    boolean applies(SessionMoment m) {
        return m.snapshot().state() != SessionState.BOOKED
                && (m.snapshot().state() == SessionState.CHECKED_IN || !m.snapshot().checklist().isEmpty());
    }

    @Override
    boolean current(SessionMoment m) {
        return m.snapshot().state() == SessionState.CHECKED_IN && !m.snapshot().checklistDone();
    }

    @Override
    void show(SessionMoment m) {
        List<ChecklistItem> asked = PreDoseChecklist.items(m.snapshot());
        int answered = (int) asked.stream().filter(m.snapshot().checklist()::containsKey).count();
        int total = asked.size();
        pane.setText(m.snapshot().checklistDone() ? ui.text("sessionScreen.step.checklistDone", checklistDoneAt(m))
                : ui.text("sessionScreen.step.checklist", answered, total));
        rows.forEach(r -> r.show(m));
        SessionEvent probe = new SessionEvent.ChecklistCompleted(m.now());
        complete.setDisable(!m.allows(probe));
        reveal(complete, !m.snapshot().checklistDone());
        why.setText(m.snapshot().checklistDone() ? "" : why(m, probe));
    }

    private String checklistDoneAt(SessionMoment m) {
        return m.snapshot().events().stream().filter(e -> e instanceof SessionEvent.ChecklistCompleted).findFirst()
                .map(e -> ui.times().time(e.at())).orElse("");
    }
}
