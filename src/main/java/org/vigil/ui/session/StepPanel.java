package org.vigil.ui.session;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.vigil.domain.session.SessionState;
import org.vigil.ui.common.LiveScrollPane;

/**
 * The steps of a session in their clinical order, each shown once it applies: check-in,
 * checklist, baseline, authorisation, devices or infusion, observation, adverse events. When the
 * session moves to a new state the step in hand is opened and the finished ones fold to their
 * one-line summary; between state changes the nurse's own opening and folding is left alone.
 */
final class StepPanel {

    private final CheckInStep checkIn;
    private final ObservationStep observation;
    private final List<Step> steps;
    private final ScrollPane root;
    private SessionState shownState;
    private int shownOpenAdverse = -1;

    StepPanel(SessionActions actions) {
        checkIn = new CheckInStep(actions);
        observation = new ObservationStep(actions);
        steps = List.of(checkIn, new ChecklistStep(actions), new BaselineStep(actions), new AuthoriseStep(actions), new DeviceStep(actions),
                new InfusionStep(actions), observation, new AdverseEventsStep(actions));
        VBox box = new VBox(6);
        box.setPadding(new Insets(6, 8, 6, 2));
        steps.forEach(s -> box.getChildren().add(s.pane()));
        keepWholeLabels(box);
        root = new LiveScrollPane(box);
        root.setId("stepPanel");
        root.setFitToWidth(true);
        root.getStyleClass().add("step-panel");
    }

    /**
     * Every button keeps its whole label: beside a long wrapped hint a button was squeezed to
     * "Overr…" (issue 15, item 7); the hint wraps instead.
     */
    static void keepWholeLabels(Node node) {
        if (node instanceof javafx.scene.control.ButtonBase button) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        } else if (node instanceof javafx.scene.control.TitledPane pane && pane.getContent() != null) {
            keepWholeLabels(pane.getContent());
        } else if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(StepPanel::keepWholeLabels);
        }
    }

    Node root() {
        return root;
    }

    ObservationStep observation() {
        return observation;
    }

    void show(SessionMoment m) {
        SessionState state = m.snapshot().state();
        int openAdverse = m.snapshot().openAdverseEvents().size();
        boolean moved = state != shownState || openAdverse != shownOpenAdverse;
        for (Step step : steps) {
            boolean applies = step.applies(m);
            step.pane().setVisible(applies);
            if (applies) {
                if (moved) {
                    step.pane().setExpanded(step.current(m));
                }
                step.show(m);
            }
        }
        shownState = state;
        shownOpenAdverse = openAdverse;
    }
}
