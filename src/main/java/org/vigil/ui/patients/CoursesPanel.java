package org.vigil.ui.patients;

import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.course.MonitoringKind;
import org.vigil.domain.course.MonitoringTask;
import org.vigil.domain.course.ScheduleStatus;
import org.vigil.domain.scale.ScaleKind;
import org.vigil.domain.scale.ScaleProgress;
import org.vigil.domain.scale.ScaleThresholds;
import org.vigil.service.CourseView;
import org.vigil.service.PatientView;
import org.vigil.service.Services;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.UiContext;

/**
 * A patient's courses: where each stands today (phase, week, next session, missed sessions, the
 * week-4 review), its monitoring tasks and its outcome scales with their chart; and the
 * prescriber's decisions on it.
 */
final class CoursesPanel {

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final PatientView patient;
    private final Runnable reload;
    private final BorderPane root = new BorderPane();
    private final ListView<CourseView> list = new ListView<>();
    private final Label message = FormField.messageLine("coursesMessage");
    private final CourseDialogs dialogs;
    private final FollowUpDialogs followUp;

    CoursesPanel(Services services, UiContext ui, Supplier<Actor> actor, PatientView patient, Runnable reload) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        this.patient = patient;
        this.reload = reload;
        this.dialogs = new CourseDialogs(services, ui, actor);
        this.followUp = new FollowUpDialogs(services, ui, actor);
        list.setId("coursesList");
        list.setPrefWidth(300);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CourseView c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : ui.text("regimen." + c.course().regimen().name()) + "\n"
                        + ui.text(c.course().active() ? "course.since" : "course.endedShort", ui.times().date(c.course().plannedStart()))
                        + c.suspension().map(x -> "\n" + ui.text("course.suspendedShort")).orElse(""));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> {
            if (c != null) {
                root.setCenter(detail(c));
            }
        });
        Button start = new Button(ui.text("course.start"));
        start.setId("startCourse");
        start.setVisible(actor.get().may(Permission.PRESCRIBE) && patient.active());
        start.managedProperty().bind(start.visibleProperty());
        start.setOnAction(e -> dialogs.start(patient.id(), patient.displayName()).ifPresent(s -> reload.run()));
        VBox left = new VBox(8, start, list);
        left.setPadding(new Insets(14, 0, 14, 14));
        root.setLeft(left);
        root.setTop(message);
        root.setCenter(new Label(ui.text("course.none")));
        load();
    }

    Parent root() {
        return root;
    }

    private void load() {
        FormMessages answer = new FormMessages(ui, message::setText);
        ui.background().run(() -> services.courses().ofPatient(actor.get(), patient.id()), outcome -> answer.show(outcome, courses -> {
            list.getItems().setAll(courses);
            if (!courses.isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        }), answer::fault);
    }

    private Node detail(CourseView c) {
        VBox box = new VBox(10);
        box.setPadding(new Insets(14));
        box.setId("courseDetail");
        ScheduleStatus status = c.status();
        Label title = new Label(ui.text("regimen." + c.course().regimen().name())
                + (c.course().otherIndication().isEmpty() ? "" : " — " + c.course().otherIndication()));
        title.getStyleClass().add("section-title");
        Label phase = new Label(c.dosesGiven().isEmpty() ? ui.text("course.notStarted", ui.times().date(c.course().plannedStart()))
                : ui.text("course.phaseLine", ui.text("phase." + status.phaseToday().name()), status.weekToday(), c.dosesGiven().size()));
        Label next = new Label(ScheduleText.of(ui, status.next()));
        next.setId("nextSession");
        next.getStyleClass().add(status.next().overdue() ? "due-overdue" : "due-ok");
        box.getChildren().addAll(title, phase, next);
        c.course().review().ifPresent(r -> box.getChildren().add(reviewAnswered(r)));
        // PAT-1: shown first and with every finding; only ending the course (below) removes it.
        c.suspension().ifPresent(x -> box.getChildren().add(1, warning(ui.text("course.suspended", x.screenedOn(),
                x.absolute().stream().map(f -> ui.text(f.labelKey())).collect(Collectors.joining(", "))), "courseSuspended")));
        status.review().ifPresent(r -> box.getChildren().add(warning(ui.text(r.overdue() ? "course.review.overdue" : "course.review.due",
                ui.times().date(r.dueOn()), r.daysOverdue()), "reviewTask")));
        status.prescriberPrompt().ifPresent(m -> box.getChildren().add(warning(ui.messages().refusal(m.guidance()), "missedPrompt")));
        if (!status.missed().isEmpty()) {
            box.getChildren().add(new Label(ui.text("course.missed", status.missed().stream()
                    .map(m -> ui.text("course.missed.block", m.firstWeek(), m.lastWeek(), m.count())).collect(Collectors.joining("; ")))));
        }
        if (status.next() instanceof org.vigil.domain.course.NextSession.Due d) {
            d.warnings().forEach(w -> box.getChildren().add(warning(ui.messages().refusal(w), "scheduleWarning")));
        }
        box.getChildren().add(decisions(c));
        box.getChildren().add(monitoring(c));
        box.getChildren().add(scales(c));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** SCH-1, SCH-2: the week-4 review's answer stays on the course page: what was decided, by whom, when and why. */
    private Node reviewAnswered(org.vigil.domain.course.WeekFourReview r) {
        String decided = switch (r.decision()) {
            case org.vigil.domain.course.ReviewDecision.Continue c -> ui.text("review.decision.CONTINUE");
            case org.vigil.domain.course.ReviewDecision.Change c -> ui.text("course.reviewed.change", ui.text("frequency." + c.frequency().name()));
            case org.vigil.domain.course.ReviewDecision.Stop s -> ui.text("course.reviewed.stop", ui.text("endReason." + s.reason().name()));
        };
        Label answered = new Label(ui.text("course.reviewed", decided, r.by().prescriberName(), ui.times().dateTime(r.by().at()), r.by().reason()));
        answered.setId("reviewAnswered");
        answered.setWrapText(true);
        answered.setMinHeight(Region.USE_PREF_SIZE);
        answered.setTooltip(new javafx.scene.control.Tooltip(ui.text("course.reviewed.why")));
        answered.getStyleClass().add("decision");
        return answered;
    }

    private Node decisions(CourseView c) {
        HBox buttons = new HBox(8);
        if (!actor.get().may(Permission.PRESCRIBE) || !c.course().active()) {
            c.course().end().ifPresent(e -> buttons.getChildren().add(new Label(ui.text("course.endedLine", e.endedOn(),
                    ui.text("endReason." + e.reason().name()), e.by().prescriberName(), e.by().reason()))));
            return buttons;
        }
        if (c.status().review().isPresent()) {
            Button review = new Button(ui.text("course.answerReview"));
            review.setId("answerReview");
            review.setOnAction(e -> dialogs.review(c.id()).ifPresent(v -> reload.run()));
            buttons.getChildren().add(review);
        }
        if (!c.course().regimen().singleDose()) {
            Button frequency = new Button(ui.text("course.changeFrequency"));
            frequency.setId("changeFrequency");
            frequency.setOnAction(e -> dialogs.changeFrequency(c.id()).ifPresent(v -> reload.run()));
            buttons.getChildren().add(frequency);
        }
        Button end = new Button(ui.text("course.end"));
        end.setId("endCourse");
        end.setOnAction(e -> dialogs.end(c.id()).ifPresent(v -> reload.run()));
        buttons.getChildren().add(end);
        return buttons;
    }

    private Node monitoring(CourseView c) {
        VBox box = new VBox(4);
        Label heading = new Label(ui.text("course.monitoring.heading"));
        heading.setTooltip(new javafx.scene.control.Tooltip(ui.text("course.monitoring.why")));
        heading.getStyleClass().add("section-title");
        box.getChildren().add(heading);
        boolean mayRecord = actor.get().may(Permission.RECORD_CLINICAL);
        for (MonitoringTask task : c.monitoringDue()) {
            Label line = new Label(ui.text(task.overdue() ? "monitoring.task.overdue" : "monitoring.task.due",
                    ui.text(task.messageKey()), ui.times().date(task.dueOn()), task.daysOverdue()));
            line.getStyleClass().add(task.overdue() ? "due-overdue" : "due-ok");
            Button done = new Button(ui.text("monitoring.recordDone"));
            done.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            line.setWrapText(true);
            done.setId("monitoringDone-" + task.kind().name());
            done.setVisible(mayRecord);
            done.setOnAction(e -> followUp.monitoring(c.id(), task.kind()).ifPresent(v -> reload.run()));
            HBox row = new HBox(8, done, line);
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(row);
        }
        if (c.monitoringDue().isEmpty()) {
            box.getChildren().add(new Label(ui.text("monitoring.nothingDue")));
        }
        c.monitoringDone().stream().limit(5).forEach(r -> box.getChildren().add(wrapped(ui.text("monitoring.doneLine",
                ui.text("monitoring." + r.kind().name()), ui.times().date(r.doneOn()), r.result()))));
        if (mayRecord && c.monitoringDue().isEmpty()) {
            Button other = new Button(ui.text("monitoring.recordDone"));
            other.setOnAction(e -> followUp.monitoring(c.id(), MonitoringKind.DRUG_SCREEN).ifPresent(v -> reload.run()));
            box.getChildren().add(other);
        }
        return box;
    }

    private Node scales(CourseView c) {
        VBox box = new VBox(6);
        Label heading = new Label(ui.text("scale.heading"));
        heading.getStyleClass().add("section-title");
        HBox buttons = new HBox(8);
        if (actor.get().may(Permission.RECORD_CLINICAL)) {
            for (ScaleKind kind : ScaleKind.values()) {
                Button record = new Button(ui.text("scale.record", ui.text("scale." + kind.name())));
                record.setId("record-" + kind.name());
                record.setOnAction(e -> followUp.scale(c.id(), kind).ifPresent(v -> reload.run()));
                buttons.getChildren().add(record);
            }
        }
        box.getChildren().addAll(heading, buttons);
        FlowPane charts = new FlowPane(10, 10);
        box.getChildren().add(charts);
        for (ScaleKind kind : ScaleKind.values()) {
            if (c.scales().stream().noneMatch(a -> a.score().kind() == kind)) {
                continue;
            }
            ui.background().run(() -> new Progress(services.followUp().progress(actor.get(), c.id(), kind),
                    ScaleThresholds.from(services.settings().current())), loaded -> {
                if (loaded.progress() instanceof Outcome.Done<ScaleProgress> done) {
                    VBox chartBox = new VBox(4, new ScaleChart(ui, kind, c.scales(), done.value(), loaded.thresholds()).root(),
                            wrapped(progressLine(kind, done.value())));
                    chartBox.setPrefWidth(460);
                    charts.getChildren().add(chartBox);
                }
            }, message::setText);
        }
        return box;
    }

    private record Progress(Outcome<ScaleProgress> progress, ScaleThresholds thresholds) {}

    private String progressLine(ScaleKind kind, ScaleProgress p) {
        String baseline = p.baseline().map(b -> Integer.toString(b.score().total())).orElse("—");
        String latest = p.latest().map(l -> Integer.toString(l.score().total())).orElse("—");
        String change = p.percentReduction().map(x -> x.toPlainString() + " %").orElse("—");
        String verdict = p.remission() ? ui.text("scale.remission") : p.response() ? ui.text("scale.response") : ui.text("scale.noResponse");
        return ui.text("scale.progressLine", ui.text("scale." + kind.name()), baseline, latest, change, verdict);
    }

    /** A line read whole: it wraps instead of ending in "…" (issue 15, item 7). */
    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label warning(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add("warning-line");
        return label;
    }
}
