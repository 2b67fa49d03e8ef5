package org.vigil.ui.patients;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.course.CourseField;
import org.vigil.domain.course.EndReason;
import org.vigil.domain.course.Indication;
import org.vigil.domain.course.ReviewDecision;
import org.vigil.domain.Route;
import org.vigil.domain.course.SessionFrequency;
import org.vigil.service.CourseView;
import org.vigil.service.Courses;
import org.vigil.service.Services;
import org.vigil.ui.common.DateField;
import org.vigil.ui.common.EnumChoice;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.SubmitDialog;
import org.vigil.ui.common.UiContext;

/** The prescriber's dialogs on courses: start, answer the week-4 review, change frequency, end. */
final class CourseDialogs {

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;

    CourseDialogs(Services services, UiContext ui, Supplier<Actor> actor) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
    }

    /** Starts a course; every hard stop or needed override is listed and the dialog stays open. */
    Optional<Courses.Started> start(long patientId, String patientName) {
        ComboBox<Indication> indication = EnumChoice.of(ui, Indication.values(), "indication.");
        indication.setId("courseIndication");
        ComboBox<Route> route = EnumChoice.of(ui, Route.values(), "route.");
        route.setId("courseRoute");
        TextField other = new TextField();
        other.setId("courseOther");
        DateField start = new DateField();
        start.setId("courseStart");
        start.setDate(ui.today());
        FormField indicationField = new FormField(indication).label(ui.text("course.indication")).hint(ui.text("course.indication.why"));
        FormField routeField = new FormField(route).label(ui.text("course.route"));
        FormField otherField = new FormField(other).label(ui.text("course.otherIndication"));
        FormField startField = new FormField(start).label(ui.text("course.plannedStart"));
        SubmitDialog<Courses.Started> dialog = new SubmitDialog<>(ui, ui.text("course.start.title", patientName),
                new VBox(8, indicationField, routeField, otherField, startField));
        dialog.messages().field(CourseField.INDICATION, indicationField).field(CourseField.ROUTE, routeField)
                .field(CourseField.OTHER_INDICATION, otherField).field(CourseField.PLANNED_START, startField);
        return dialog.showAndWait(() -> {
            Indication i = indication.getValue();
            Route r = route.getValue();
            String text = other.getText();
            Optional<LocalDate> on = start.date();
            return () -> services.courses().start(actor.get(), patientId, i, r, text, on.orElse(null));
        });
    }

    Optional<CourseView> review(long courseId) {
        ComboBox<String> decision = new ComboBox<>();
        decision.setId("reviewDecision");
        decision.getItems().setAll("CONTINUE", "CHANGE", "STOP");
        decision.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : ui.text("review.decision." + item));
            }
        });
        decision.setButtonCell(decision.getCellFactory().call(null));
        ComboBox<SessionFrequency> frequency = EnumChoice.of(ui, SessionFrequency.values(), "frequency.");
        frequency.setId("reviewFrequency");
        frequency.disableProperty().bind(decision.valueProperty().isNotEqualTo("CHANGE"));
        ComboBox<EndReason> reason = EnumChoice.of(ui, EndReason.values(), "endReason.");
        reason.setId("reviewEndReason");
        reason.disableProperty().bind(decision.valueProperty().isNotEqualTo("STOP"));
        TextArea why = reasonArea();
        // The intro wraps and keeps its full height: it was cut off after one line (issue 15, item 7).
        Label intro = new Label(ui.text("review.intro"));
        intro.setId("reviewIntro");
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label rules = new Label(ui.text("course.review.why"));
        rules.getStyleClass().add("field-hint");
        VBox content = new VBox(8, intro, rules, new FormField(decision).label(ui.text("review.decision")),
                new FormField(frequency).label(ui.text("review.frequency")), new FormField(reason).label(ui.text("review.endReason")),
                new FormField(why).label(ui.text("reason.label")));
        return new SubmitDialog<CourseView>(ui, ui.text("course.review.title"), content).showAndWait(() -> {
            String chosen = decision.getValue();
            SessionFrequency f = frequency.getValue();
            EndReason end = reason.getValue();
            String text = why.getText();
            return () -> {
                if (chosen == null || ("CHANGE".equals(chosen) && f == null) || ("STOP".equals(chosen) && end == null)) {
                    return Outcome.refused(Refusal.of("SCH-1", "review.decision.required"));
                }
                ReviewDecision d = switch (chosen) {
                    case "CHANGE" -> new ReviewDecision.Change(f);
                    case "STOP" -> new ReviewDecision.Stop(end);
                    default -> new ReviewDecision.Continue();
                };
                return services.courses().answerReview(actor.get(), courseId, ui.today(), d, text);
            };
        });
    }

    Optional<CourseView> changeFrequency(long courseId) {
        ComboBox<SessionFrequency> frequency = EnumChoice.of(ui, SessionFrequency.values(), "frequency.");
        frequency.setId("newFrequency");
        DateField from = new DateField();
        from.setId("frequencyFrom");
        from.setDate(ui.today());
        TextArea why = reasonArea();
        Label rules = new Label(ui.text("course.changeFrequency.why"));
        rules.getStyleClass().add("field-hint");
        VBox content = new VBox(8, rules, new FormField(frequency).label(ui.text("review.frequency")),
                new FormField(from).label(ui.text("course.frequencyFrom")), new FormField(why).label(ui.text("reason.label")));
        return new SubmitDialog<CourseView>(ui, ui.text("course.changeFrequency.title"), content).showAndWait(() -> {
            SessionFrequency f = frequency.getValue();
            Optional<LocalDate> on = from.date();
            String text = why.getText();
            return () -> f == null || on.isEmpty() ? Outcome.refused(Refusal.of("SCH-5", "course.frequency.required"))
                    : services.courses().changeFrequency(actor.get(), courseId, on.get(), f, text);
        });
    }

    Optional<CourseView> end(long courseId) {
        ComboBox<EndReason> reason = EnumChoice.of(ui, EndReason.values(), "endReason.");
        reason.setId("endReason");
        DateField on = new DateField();
        on.setId("endedOn");
        on.setDate(ui.today());
        TextArea why = reasonArea();
        VBox content = new VBox(8, new FormField(reason).label(ui.text("review.endReason")),
                new FormField(on).label(ui.text("course.endedOn")), new FormField(why).label(ui.text("reason.label")));
        return new SubmitDialog<CourseView>(ui, ui.text("course.end.title"), content).showAndWait(() -> {
            EndReason r = reason.getValue();
            Optional<LocalDate> day = on.date();
            String text = why.getText();
            return () -> r == null || day.isEmpty() ? Outcome.refused(Refusal.of("SCH-6", "course.endReason.required"))
                    : services.courses().end(actor.get(), courseId, day.get(), r, text);
        });
    }

    private static TextArea reasonArea() {
        TextArea area = new TextArea();
        area.setId("decisionReason");
        area.setPrefRowCount(2);
        area.setWrapText(true);
        return area;
    }
}
