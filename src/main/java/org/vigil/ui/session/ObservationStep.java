package org.vigil.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.vigil.domain.session.SessionEvent.AdministrationProblem;
import org.vigil.domain.session.SessionEvent.DissociationNoted;
import org.vigil.domain.session.SessionEvent.SedationScored;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;
import org.vigil.domain.session.SessionState;
import org.vigil.ui.common.EnumChoice;
import org.vigil.ui.common.QuickVitalsField;

/**
 * Observation once esketamine is in (OBS-1): vital signs on the quick line (BP-8/BP-9), MOAA/S in
 * one press (OBS-2; keys 0–5 too), dissociation present or resolved (OBS-3), and ADM-5 vomiting
 * or incomplete administration.
 */
final class ObservationStep extends Step {

    static final int MOAAS_MAX = 5;

    private final QuickVitalsField vitals;
    private final Label lastReading = line("stored-value");
    private final List<Button> moaas = new ArrayList<>();
    private final Label lastScore = line("stored-value");
    private final Label sedationMessage;
    private final ToggleButton dissociation = new ToggleButton();
    private final Label dissociationState = line("stored-value");
    private final ComboBox<AdministrationProblem.Problem> problem;
    private final TextField problemNote = new TextField();
    private final Button recordProblem = new Button();
    private final Label problems = line("stored-value");
    private SessionMoment moment;

    ObservationStep(SessionActions actions) {
        super(actions, "stepObservation");
        rules("OBS-1, OBS-2, OBS-3, ADM-5, BP-8, BP-9");
        vitals = new QuickVitalsField(ui, "vitalsLine", ui.text("sessionScreen.vitals.line"));
        vitals.onEntry(this::record);
        lastReading.setId("lastReading");
        Label scoresLabel = new Label(ui.text("sessionScreen.moaas.label"));
        scoresLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox scores = new HBox(6, scoresLabel);
        scores.setAlignment(Pos.CENTER_LEFT);
        for (int score = MOAAS_MAX; score >= 0; score--) {
            int value = score;
            Button b = new Button(Integer.toString(score));
            b.setId("moaas-" + score);
            b.getStyleClass().add("moaas-button");
            b.setTooltip(new Tooltip(ui.text("sessionScreen.moaas." + score)));
            b.setOnAction(e -> score(value));
            moaas.add(b);
            scores.getChildren().add(b);
        }
        lastScore.setId("lastScore");
        scores.getChildren().add(lastScore);
        sedationMessage = org.vigil.ui.common.FormField.messageLine("sedationMessage");
        dissociation.setId("dissociation");
        dissociation.setText(ui.text("sessionScreen.dissociation.toggle"));
        dissociation.setOnAction(e -> noteDissociation());
        dissociationState.setId("dissociationState");
        HBox dissociationRow = new HBox(10, dissociation, dissociationState);
        dissociationRow.setAlignment(Pos.CENTER_LEFT);
        problem = EnumChoice.of(ui, AdministrationProblem.Problem.values(), "administration.problem.");
        problem.setId("problemKind");
        PromptCell.use(problem, ui, "administration.problem.", ui.text("sessionScreen.problem.kind"));
        problemNote.setId("problemNote");
        problemNote.setPromptText(ui.text("sessionScreen.problem.note"));
        HBox.setHgrow(problemNote, Priority.ALWAYS);
        recordProblem.setId("recordProblem");
        recordProblem.setText(ui.text("sessionScreen.problem.record"));
        recordProblem.setOnAction(e -> recordProblem());
        Label problemLabel = new Label(ui.text("sessionScreen.problem.label"));
        problemLabel.setId("problemLabel");
        problemLabel.setMinWidth(Region.USE_PREF_SIZE);
        problemLabel.setTooltip(new Tooltip(ui.text("sessionScreen.problem.labelTooltip")));
        recordProblem.setMinWidth(Region.USE_PREF_SIZE);
        HBox problemRow = new HBox(8, problemLabel, problem, problemNote, recordProblem);
        problemRow.setAlignment(Pos.CENTER_LEFT);
        problems.setId("problemsStored");
        body.getChildren().addAll(vitals.root(), lastReading, scores, sedationMessage, dissociationRow, problemRow, problems, message);
    }

    @Override
    boolean applies(SessionMoment m) {
        return m.snapshot().doseStart().isPresent();
    }

    @Override
    boolean current(SessionMoment m) {
        return m.snapshot().state().isDosed() || m.snapshot().state() == SessionState.REFERRED;
    }

    @Override
    void show(SessionMoment m) {
        this.moment = m;
        pane.setText(ui.text("sessionScreen.step.observation",
                ui.times().duration(java.time.Duration.between(m.snapshot().doseStart().orElseThrow(), m.now())),
                ui.times().duration(m.protocol().observationFor(m.snapshot()))));
        vitals.setDisable(!m.allows(new VitalsRecorded(m.now(), 120, 80, 70, 98)));
        vitals.checkAgainst(m.limits(), m.readingWindow());
        lastReading.setText(m.snapshot().latestPostDoseReading().map(r -> ui.text("sessionScreen.vitals.last", r.sbp(), r.dbp(),
                r.heartRate(), r.spo2(), ui.times().time(r.observedAt()))).orElse(ui.text("sessionScreen.vitals.none")));
        boolean scoring = m.allows(new SedationScored(m.now(), MOAAS_MAX));
        moaas.forEach(b -> b.setDisable(!scoring));
        lastScore.setText(m.snapshot().latestScore().map(s -> ui.text("sessionScreen.moaas.last", s.moaas(),
                ui.times().time(s.observedAt()))).orElse(""));
        boolean present = m.snapshot().dissociationPresent();
        dissociation.setSelected(present);
        dissociation.setDisable(!m.allows(new DissociationNoted(!present, m.now())));
        showDissociation(m, present);
        recordProblem.setDisable(!m.allows(new AdministrationProblem(AdministrationProblem.Problem.VOMITED, "", m.now())));
        problems.setText(String.join("\n", m.snapshot().problems().stream().map(p -> ui.text("sessionScreen.problem.stored",
                ui.text("administration.problem." + p.problem().name()), ui.times().time(p.at()), p.note())).toList()));
    }

    /**
     * OBS-3 as it stands: never noted, present since when, or resolved at when. Once resolved the
     * toggle itself says so: "Dissociation present" on a released toggle read as if it still was.
     */
    private void showDissociation(SessionMoment m, boolean present) {
        Optional<DissociationNoted> last = m.snapshot().events().stream().filter(DissociationNoted.class::isInstance)
                .map(DissociationNoted.class::cast).reduce((a, b) -> b);
        boolean resolved = !present && last.isPresent();
        dissociation.setText(ui.text(resolved ? "sessionScreen.dissociation.resolvedToggle" : "sessionScreen.dissociation.toggle"));
        if (present) {
            dissociationState.setText(ui.text("sessionScreen.dissociation.presentSince", ui.times().time(last.orElseThrow().at())));
        } else if (resolved) {
            dissociationState.setText(ui.text("sessionScreen.dissociation.resolvedAt", ui.times().time(last.get().at())));
        } else {
            dissociationState.setText(ui.text("sessionScreen.dissociation.absent"));
        }
    }

    /** OBS-2 from the keyboard: the screen passes 0–5 on when no text field has the key. */
    boolean scoreFromKey(int score) {
        if (moment == null || moaas.getFirst().isDisabled() || score < 0 || score > MOAAS_MAX) {
            return false;
        }
        score(score);
        return true;
    }

    private void score(int score) {
        sedationMessage.setText("");
        actions.run(List.of("moaas", score), (engine, actor, id, request) -> engine.scoreSedation(actor, id, score, null, request),
                sedationMessage);
    }

    private void record(QuickVitalsField.Entry e) {
        actions.run(List.of("vitals", e), (engine, actor, id, request) -> engine.recordVitals(actor, id, e.systolic(), e.diastolic(),
                e.heartRate(), e.spo2(), e.observedAt().orElse(null), request), vitals::accepted, vitals::showRefusal, vitals::showMessage);
    }

    private void noteDissociation() {
        boolean present = !moment.snapshot().dissociationPresent();
        // The toggle shows what is stored, not what was clicked, until the service has it.
        dissociation.setSelected(moment.snapshot().dissociationPresent());
        actions.run(List.of("dissociation", present, moment.snapshot().events().size()),
                (engine, actor, id, request) -> engine.noteDissociation(actor, id, present, request), message);
    }

    private void recordProblem() {
        AdministrationProblem.Problem p = problem.getValue();
        if (p == null) {
            message.setText(ui.text("sessionScreen.problem.choose"));
            return;
        }
        String note = problemNote.getText();
        actions.run(List.of("problem", p, note), (engine, actor, id, request) -> engine.recordAdministrationProblem(actor, id, p, note, request),
                () -> {
                    problem.setValue(null);
                    problemNote.clear();
                }, r -> message.setText(text(r)), message::setText);
    }
}
