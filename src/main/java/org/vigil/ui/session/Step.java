package org.vigil.ui.session;

import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.vigil.domain.Refusal;
import org.vigil.domain.session.SessionEvent;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.UiContext;

/**
 * One step of the session in the step panel: a titled section whose title sums up what is
 * stored and whose body holds the form. Steps update their controls in place on every view and
 * every tick, so nothing typed is lost when the screen refreshes.
 */
abstract class Step {

    protected final SessionActions actions;
    protected final UiContext ui;
    protected final TitledPane pane = new TitledPane();
    protected final VBox body = new VBox(8);
    /** Refusals and faults of this step's actions, next to its controls. */
    protected final Label message;

    Step(SessionActions actions, String id) {
        this.actions = actions;
        this.ui = actions.ui();
        this.message = FormField.messageLine(id + "Message");
        pane.setId(id);
        pane.setAnimated(false);
        pane.getStyleClass().add("session-step");
        pane.setContent(body);
        pane.managedProperty().bind(pane.visibleProperty());
    }

    /**
     * The rules this step follows, for an auditor: a small mark after the heading whose tooltip
     * names them, so the heading itself reads as a nurse says it ("Observation", not "OBS-1").
     */
    protected final void rules(String ruleIds) {
        Label mark = new Label("ⓘ");
        mark.setId(pane.getId() + "Why");
        mark.getStyleClass().add("why-mark");
        mark.setTooltip(new Tooltip(ui.text("sessionScreen.why", ruleIds)));
        pane.setGraphic(mark);
        pane.setContentDisplay(ContentDisplay.RIGHT);
    }

    final TitledPane pane() {
        return pane;
    }

    /** Whether the step belongs on the panel for this session now. */
    abstract boolean applies(SessionMoment m);

    /** Whether this is the step in hand: opened when the session's state changes. */
    abstract boolean current(SessionMoment m);

    /** Brings texts, enabled states and stored values up to date; typed text is left alone. */
    abstract void show(SessionMoment m);

    /** A hint under a disabled control saying why the service would refuse it now; empty when allowed. */
    protected String why(SessionMoment m, SessionEvent probe) {
        return m.why(probe).map(this::text).orElse("");
    }

    protected String text(Refusal refusal) {
        return ui.messages().refusal(refusal);
    }

    protected static Label hint(String id) {
        Label hint = new Label();
        hint.setId(id);
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        return hint;
    }

    protected static Label line(String styleClass) {
        Label label = new Label();
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        // An empty line takes no room, so a step without stored values stays compact.
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    /** Shows or hides a node, and takes its room away while hidden. */
    protected static void reveal(Node node, boolean shown) {
        node.setVisible(shown);
        if (!node.managedProperty().isBound()) {
            node.setManaged(shown);
        }
    }
}
