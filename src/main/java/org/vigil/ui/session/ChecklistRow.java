package org.vigil.ui.session;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vigil.domain.SigningRight;
import org.vigil.domain.Refusal;
import org.vigil.domain.session.ChecklistAnswer;
import org.vigil.domain.session.ChecklistItem;
import org.vigil.domain.session.PreDoseChecklist;
import org.vigil.domain.patient.Contraindication;
import org.vigil.domain.patient.Screening;
import org.vigil.domain.session.SessionEvent.ChecklistAnswered;
import org.vigil.domain.session.SessionEvent.ChecklistOverridden;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.TimeOfDayField;
import org.vigil.ui.common.UiContext;

/**
 * One PRE-1/PRE-3 question. A yes/no answer that needs nothing more is stored the moment it is
 * chosen; one that must name something (the driver, the substance) or needs a reason to go on
 * reveals those fields first. Each answer is stored on its own and shown as stored, with its time.
 * A relative contraindication answered at the chair (PAT-2/PAT-4) waits for a prescriber, who
 * signs an override with a reason for this session from the row itself.
 */
final class ChecklistRow {

    private final ChecklistItem item;
    private final SessionActions actions;
    private final UiContext ui;
    private final VBox root = new VBox(3);
    private final ToggleGroup answer = new ToggleGroup();
    private final ToggleButton yes = new ToggleButton();
    private final ToggleButton no = new ToggleButton();
    private final TimeOfDayField time;
    private final TextField detail = new TextField();
    /** PRE-3: the prescriber on site is chosen from the clinic's prescribers; a name can still be typed (a locum). */
    private final ComboBox<String> prescriber = new ComboBox<>();
    private final Control detailControl;
    private final TextField reason = new TextField();
    private final Button save = new Button();
    private final HBox more;
    private final Label stored = Step.line("checklist-stored");
    private final Button override = new Button();
    private final Label error = FormField.messageLine(null);
    private boolean syncing;
    private boolean reasonAsked;
    private java.time.Instant lastStored;
    private SessionMoment moment;

    ChecklistRow(ChecklistItem item, SessionActions actions) {
        this.item = item;
        this.actions = actions;
        this.ui = actions.ui();
        this.time = new TimeOfDayField(ui);
        String name = item.name();
        root.setId("row-" + name);
        root.getStyleClass().add("checklist-row");
        error.setId("error-" + name);
        stored.setId("stored-" + name);
        Label question = Step.line(null);
        question.setText(ui.text("checklist.item." + name));
        question.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(question, Priority.ALWAYS);
        HBox first = new HBox(8, question);
        first.setAlignment(Pos.CENTER_LEFT);
        if (item.answer() == ChecklistItem.Answer.YES_NO) {
            yes.setText(ui.text("sessionScreen.checklist.yes"));
            no.setText(ui.text("sessionScreen.checklist.no"));
            yes.setId("yes-" + name);
            no.setId("no-" + name);
            yes.setToggleGroup(answer);
            no.setToggleGroup(answer);
            yes.setMinWidth(54);
            no.setMinWidth(54);
            answer.selectedToggleProperty().addListener((obs, old, chosen) -> chosen(chosen));
            first.getChildren().addAll(yes, no);
        } else {
            time.setId("time-" + name);
            time.setOnKeyPressed(e -> enter(e.getCode()));
            first.getChildren().addAll(time, save);
        }
        String detailPrompt = ui.text("sessionScreen.checklist.detail." + (item.needsDetailWhenSafe() || item.needsDetailWhenUnsafe() ? name : "any"));
        if (item == ChecklistItem.PRESCRIBER_PRESENT) {
            prescriber.setEditable(true);
            prescriber.setPromptText(detailPrompt);
            prescriber.setMaxWidth(Double.MAX_VALUE);
            // Enter stores the answer whether a name was chosen or typed; the list's own Enter only chooses.
            prescriber.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && !prescriber.isShowing()) {
                    e.consume();
                    submit();
                }
            });
            actions.signatories(SigningRight.PRESCRIBER, people -> {
                prescriber.getItems().setAll(people.stream().map(p -> p.fullName()).toList());
                if (people.isEmpty()) {
                    prescriber.setPromptText(ui.text("sessionScreen.checklist.prescriber.none"));
                }
            });
            detailControl = prescriber;
        } else {
            detail.setPromptText(detailPrompt);
            detail.setOnKeyPressed(e -> enter(e.getCode()));
            detailControl = detail;
        }
        detailControl.setId("detail-" + name);
        reason.setId("reason-" + name);
        reason.setPromptText(ui.text("sessionScreen.checklist.reason"));
        reason.setOnKeyPressed(e -> enter(e.getCode()));
        save.setId("save-" + name);
        save.setText(ui.text("sessionScreen.checklist.save"));
        save.setOnAction(e -> submit());
        HBox.setHgrow(detailControl, Priority.ALWAYS);
        HBox.setHgrow(reason, Priority.ALWAYS);
        more = new HBox(6, detailControl, reason);
        if (item.answer() == ChecklistItem.Answer.YES_NO) {
            more.getChildren().add(save);
        }
        more.setAlignment(Pos.CENTER_LEFT);
        override.setId("override-" + name);
        override.setText(ui.text("sessionScreen.checklist.override"));
        override.setOnAction(e -> override());
        override.setMinWidth(Region.USE_PREF_SIZE);
        Step.reveal(override, false);
        HBox storedRow = new HBox(8, stored, override);
        storedRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(stored, Priority.ALWAYS);
        root.getChildren().addAll(first, more, storedRow, error);
        fields(false, false);
    }

    VBox root() {
        return root;
    }

    void show(SessionMoment m) {
        this.moment = m;
        // SCH-4: the session's own questions only (after delivery, cord clamping instead of pregnancy).
        boolean asked = PreDoseChecklist.items(m.snapshot()).contains(item);
        Step.reveal(root, asked);
        if (!asked) {
            return;
        }
        boolean open = m.allows(new ChecklistAnswered(ChecklistAnswer.yes(item, "-"), m.now()));
        yes.setDisable(!open);
        no.setDisable(!open);
        time.setDisable(!open);
        more.setDisable(!open);
        save.setDisable(!open);
        ChecklistAnswered saved = m.snapshot().checklist().get(item);
        if (saved != null && !saved.at().equals(lastStored)) {
            // A newly stored answer: the extra fields have done their job.
            lastStored = saved.at();
            reasonAsked = false;
            fields(false, false);
            error.setText("");
        }
        boolean awaiting = awaitingOverride(saved);
        Step.reveal(override, awaiting);
        // A signature action: whoever signs in the dialog must be a prescriber; the service checks (ROLE-2).
        override.setDisable(!m.view().allows(new ChecklistOverridden(item, "-", 0, "-", m.now())));
        if (saved == null) {
            stored.setText("");
            stored.getStyleClass().removeAll("checklist-stop", "checklist-awaiting");
            return;
        }
        stored.setText(storedText(saved));
        boolean stop = item.unsafe() == ChecklistItem.Unsafe.STOP && !PreDoseChecklist.safe(saved.answer(), m.protocol(), saved.at());
        style("checklist-stop", stop);
        style("checklist-awaiting", awaiting);
        if (item.answer() == ChecklistItem.Answer.YES_NO) {
            syncing = true;
            answer.selectToggle(saved.answer().yes() ? yes : no);
            syncing = false;
        }
    }

    private String storedText(ChecklistAnswered saved) {
        ChecklistAnswer a = saved.answer();
        StringBuilder text = new StringBuilder(item.answer() == ChecklistItem.Answer.TIME
                ? ui.times().time(a.time().orElseThrow()) : ui.text(a.yes() ? "sessionScreen.checklist.yes" : "sessionScreen.checklist.no"));
        if (!a.detail().isEmpty()) {
            text.append(" · ").append(a.detail());
        }
        if (!a.reason().isEmpty()) {
            text.append(" · ").append(ui.text("sessionScreen.checklist.reasonGiven", a.reason()));
        }
        text.append(" · ").append(ui.text("sessionScreen.checklist.storedAt", ui.times().time(saved.at())));
        boolean stop = item.unsafe() == ChecklistItem.Unsafe.STOP && !PreDoseChecklist.safe(a, moment.protocol(), saved.at());
        if (stop) {
            text.append(" — ").append(ui.text("checklist.stop." + item.name()));
        }
        ChecklistOverridden by = moment.snapshot().checklistOverrides().get(item);
        if (by != null) {
            text.append(" · ").append(ui.text("sessionScreen.checklist.overridden", by.prescriberName(), ui.times().time(by.at()),
                    by.reason()));
        } else if (awaitingOverride(saved)) {
            text.append(" — ").append(ui.text("checklist.needsOverride." + item.name()));
        }
        return "✓ " + text;
    }

    /** PAT-2/PAT-4: a relative contraindication answered at the chair that no prescriber has overridden yet. */
    private boolean awaitingOverride(ChecklistAnswered saved) {
        return saved != null && item.unsafe() == ChecklistItem.Unsafe.PRESCRIBER_OVERRIDE
                && !PreDoseChecklist.safe(saved.answer(), moment.protocol(), saved.at())
                && !moment.snapshot().checklistOverrides().containsKey(item);
    }

    private void style(String styleClass, boolean on) {
        if (on && !stored.getStyleClass().contains(styleClass)) {
            stored.getStyleClass().add(styleClass);
        } else if (!on) {
            stored.getStyleClass().remove(styleClass);
        }
    }

    /**
     * PAT-2/PAT-4 with SIG-2: the prescriber signs for this session, with a reason. The dialog shows
     * what the screening decided for the course, so the decision at the chair is taken knowing it;
     * the screening's override does not stand in for this one (the answer is asked anew each session).
     */
    private void override() {
        TextArea reason = new TextArea();
        reason.setId("checklistOverrideReason");
        reason.setPrefRowCount(2);
        reason.setWrapText(true);
        FormField field = new FormField(reason).label(ui.text("reason.label"));
        Label screening = Step.line("decision");
        screening.setId("screeningDecision");
        screening.setText(screeningDecision());
        String meaning = ui.text("sessionScreen.checklist.overrideMeaning", ui.text("contraindication." + contraindication().name()),
                moment.view().patient().displayName(), item.ruleId());
        actions.sign(SigningRight.PRESCRIBER, meaning, new VBox(6, screening, field), "override-" + item.name(), () -> {
            String why = reason.getText() == null ? "" : reason.getText().strip();
            if (why.isEmpty()) {
                field.showError(ui.text("reason.required"));
                return Optional.empty();
            }
            field.clearError();
            return Optional.of((engine, signer, password, id, request) -> engine.overrideChecklistItem(signer, id, item, why, password,
                    request));
        });
    }

    /** The course-level decision on the same contraindication, from the latest screening. */
    private String screeningDecision() {
        Optional<Screening> latest = moment.view().patient().latestScreening();
        if (latest.isEmpty()) {
            return ui.text("sessionScreen.checklist.screening.none");
        }
        Screening s = latest.get();
        Contraindication c = contraindication();
        String name = ui.text("contraindication." + c.name());
        if (!s.contraindications().contains(c)) {
            return ui.text("sessionScreen.checklist.screening.new", ui.times().date(s.screenedOn()), name);
        }
        return s.overrideOf(c).map(d -> ui.text("sessionScreen.checklist.screening.overridden", ui.times().date(s.screenedOn()), name,
                d.prescriberName(), d.reason())).orElse(ui.text("sessionScreen.checklist.screening.recorded", ui.times().date(s.screenedOn()), name));
    }

    private Contraindication contraindication() {
        return item == ChecklistItem.NOT_BREASTFEEDING ? Contraindication.BREASTFEEDING : Contraindication.PREGNANCY;
    }

    /** A yes/no was chosen: store it at once unless it must name something or give a reason. */
    private void chosen(javafx.scene.control.Toggle chosen) {
        if (syncing) {
            return;
        }
        if (chosen == null) {
            return;
        }
        boolean safe = chosen == yes;
        boolean needsDetail = safe ? item.needsDetailWhenSafe() : item.needsDetailWhenUnsafe();
        boolean needsReason = !safe && item.unsafe() == ChecklistItem.Unsafe.NEEDS_REASON;
        fields(needsDetail, needsReason);
        error.setText("");
        if (needsDetail) {
            detailControl.requestFocus();
        } else if (needsReason) {
            reason.requestFocus();
        } else {
            submit();
        }
    }

    private void fields(boolean showDetail, boolean showReason) {
        Step.reveal(detailControl, showDetail);
        Step.reveal(reason, showReason);
        Step.reveal(more, showDetail || showReason);
        Step.reveal(save, showDetail || showReason || item.answer() == ChecklistItem.Answer.TIME);
    }

    private void enter(KeyCode code) {
        if (code == KeyCode.ENTER) {
            submit();
        }
    }

    private void submit() {
        error.setText("");
        Optional<ChecklistAnswer> built = build();
        if (built.isEmpty()) {
            return;
        }
        ChecklistAnswer a = built.get();
        // The domain's own check first: a warning needing a reason opens the reason field instead of an audited refusal.
        Optional<Refusal> problem = PreDoseChecklist.refuseAnswer(a, moment.protocol(), ui.clock().instant());
        if (problem.isPresent()) {
            refused(problem.get());
            return;
        }
        actions.run(a, (engine, actor, id, request) -> engine.answerChecklist(actor, id, a, request), this::refused, error::setText);
    }

    private Optional<ChecklistAnswer> build() {
        if (item.answer() == ChecklistItem.Answer.TIME) {
            if (time.instant().isEmpty()) {
                error.setText(ui.text(time.unreadable() ? "sessionScreen.time.unreadable" : "checklist.refused.timeRequired"));
                return Optional.empty();
            }
            return Optional.of(ChecklistAnswer.at(item, time.instant().get(), reasonAsked ? reason.getText() : ""));
        }
        if (answer.getSelectedToggle() == null) {
            return Optional.empty();
        }
        boolean safe = answer.getSelectedToggle() == yes;
        String named = detailControl.isVisible() ? detailText() : "";
        return Optional.of(safe ? ChecklistAnswer.yes(item, named)
                : ChecklistAnswer.no(item, named, reason.isVisible() ? reason.getText() : ""));
    }

    /** What the detail names: typed, or for the prescriber on site chosen from the list (the editor holds either). */
    private String detailText() {
        String text = detailControl == prescriber ? prescriber.getEditor().getText() : detail.getText();
        return text == null ? "" : text;
    }

    /** The service's (or domain's) reason: revealed fields for what is missing, the message under the row. */
    private void refused(Refusal refusal) {
        error.setText(ui.messages().refusal(refusal));
        if (refusal.messageKey().startsWith("checklist.warning.")) {
            reasonAsked = true;
            Step.reveal(reason, true);
            Step.reveal(more, true);
            reason.requestFocus();
        } else if (refusal.messageKey().startsWith("checklist.refused.detail.")) {
            Step.reveal(detailControl, true);
            Step.reveal(more, true);
            detailControl.requestFocus();
        }
    }
}
