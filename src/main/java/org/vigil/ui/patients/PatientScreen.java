package org.vigil.ui.patients;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.vigil.domain.Actor;
import org.vigil.domain.Permission;
import org.vigil.domain.patient.Patient;
import org.vigil.service.PatientView;
import org.vigil.service.Registration;
import org.vigil.service.Services;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.ReasonDialog;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.report.ReportOutput;

/** One patient: the header with their flags, then courses, past sessions (with their reports), screening and details. */
final class PatientScreen {

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final long patientId;
    private final ReportOutput reports;
    private final BorderPane root = new BorderPane();
    private final VBox header = new VBox();
    private final TabPane tabs = new TabPane();
    private final Label message = FormField.messageLine("patientMessage");

    PatientScreen(Services services, UiContext ui, Supplier<Actor> actor, long patientId, Runnable back) {
        this(services, ui, actor, patientId, back, ReportOutput.system());
    }

    /** @param reports where a session's report prints from the history: the system's printer, or a test's stand-in */
    PatientScreen(Services services, UiContext ui, Supplier<Actor> actor, long patientId, Runnable back, ReportOutput reports) {
        this.reports = reports;
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        this.patientId = patientId;
        root.setId("patientScreen");
        Button backButton = new Button(ui.text("patients.back"));
        backButton.setId("backToPatients");
        backButton.setOnAction(e -> back.run());
        HBox top = new HBox(10, backButton, header);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8, 14, 0, 14));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setTop(new VBox(4, top, message));
        root.setCenter(tabs);
        load(Optional.empty());
    }

    Parent root() {
        return root;
    }

    /** Reloads the patient, keeping the chosen tab. */
    void load(Optional<String> selectTab) {
        String selected = selectTab.orElse(tabs.getSelectionModel().getSelectedItem() == null ? null
                : tabs.getSelectionModel().getSelectedItem().getId());
        FormMessages answer = new FormMessages(ui, message::setText);
        ui.background().run(() -> services.patients().open(actor.get(), patientId),
                outcome -> answer.show(outcome, p -> show(p, selected)), answer::fault);
    }

    private void show(PatientView p, String selectedTab) {
        header.getChildren().setAll(new PatientHeader(ui, p).root());
        Tab details = new Tab(ui.text("patient.tab.details"), details(p));
        details.setId("tab-details");
        Tab screening = new Tab(ui.text("patient.tab.screening"), new ScreeningPanel(services, ui, actor, p, () -> load(Optional.of("tab-screening"))).root());
        screening.setId("tab-screening");
        Tab courses = new Tab(ui.text("patient.tab.courses"), new CoursesPanel(services, ui, actor, p, () -> load(Optional.of("tab-courses"))).root());
        courses.setId("tab-courses");
        Tab history = new Tab(ui.text("patient.tab.sessions"), new SessionHistoryPanel(services, ui, actor, p, reports).root());
        history.setId("tab-sessions");
        tabs.getTabs().setAll(courses, history, screening, details);
        tabs.getTabs().stream().filter(t -> t.getId().equals(selectedTab)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private Parent details(PatientView p) {
        PatientForm form = new PatientForm(ui);
        form.show(p.patient());
        Label saved = FormField.messageLine("detailsMessage");
        FormMessages messages = new FormMessages(ui, saved::setText);
        form.attach(messages);
        Button save = new Button(ui.text("patient.save"));
        save.setId("savePatient");
        boolean mayEdit = actor.get().may(Permission.REGISTER_PATIENTS);
        save.setVisible(mayEdit);
        save.setOnAction(e -> {
            messages.clear();
            Patient edited = form.readOrShowAll(messages, services).orElse(null);
            if (edited == null) {
                return;
            }
            ui.background().run(() -> services.patients().update(actor.get(), patientId, edited), outcome -> messages.show(outcome,
                    registration -> {
                        switch (registration) {
                            case Registration.Saved s -> load(Optional.of("tab-details"));
                            // Another patient already has this MRN or ID number: an edit is never confirmed as someone else.
                            case Registration.PossibleDuplicates d -> saved.setText(String.join(" ",
                                    d.candidates().stream().flatMap(c -> c.refusals().stream()).map(ui.messages()::refusal).toList()));
                        }
                    }), messages::fault);
        });
        Button active = new Button(ui.text(p.active() ? "patient.deactivate" : "patient.reactivate"));
        active.setId("deactivatePatient");
        active.setVisible(mayEdit);
        active.setOnAction(e -> new ReasonDialog(ui, ui.text(p.active() ? "patient.deactivate.title" : "patient.reactivate.title",
                p.displayName())).ask().ifPresent(reason -> ui.background().run(() -> p.active()
                        ? services.patients().deactivate(actor.get(), patientId, reason)
                        : services.patients().reactivate(actor.get(), patientId, reason),
                outcome -> messages.show(outcome, view -> load(Optional.of("tab-details"))), messages::fault)));
        HBox actions = new HBox(8, save, active, saved);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(8, 14, 14, 14));
        BorderPane pane = new BorderPane(form.root());
        pane.setBottom(actions);
        return pane;
    }
}
