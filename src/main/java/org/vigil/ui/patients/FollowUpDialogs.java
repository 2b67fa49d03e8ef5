package org.vigil.ui.patients;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.vigil.domain.Actor;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;
import org.vigil.domain.course.MonitoringKind;
import org.vigil.domain.course.MonitoringResult;
import org.vigil.domain.scale.ScaleKind;
import org.vigil.service.CourseView;
import org.vigil.service.FollowUp;
import org.vigil.service.Services;
import org.vigil.ui.common.DateField;
import org.vigil.ui.common.EnumChoice;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.SubmitDialog;
import org.vigil.ui.common.UiContext;

/** Recording an outcome scale from its items, and a monitoring task as done. */
final class FollowUpDialogs {

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;

    FollowUpDialogs(Services services, UiContext ui, Supplier<Actor> actor) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
    }


    /** One answer per item; the total is shown as the items are answered and computed again by the service. */
    Optional<FollowUp.ScaleEntry> scale(long courseId, ScaleKind kind) {
        DateField takenOn = new DateField();
        takenOn.setId("scaleTakenOn");
        takenOn.setDate(ui.today());
        GridPane items = new GridPane();
        items.setHgap(10);
        items.setVgap(4);
        List<ComboBox<Integer>> answers = new ArrayList<>();
        Label total = new Label();
        total.setId("scaleTotal");
        total.getStyleClass().add("section-title");
        for (int i = 1; i <= kind.itemCount(); i++) {
            ComboBox<Integer> answer = new ComboBox<>();
            answer.setId("item-" + i);
            for (int score = 0; score <= kind.itemMax(); score++) {
                answer.getItems().add(score);
            }
            answer.valueProperty().addListener((obs, old, now) -> total.setText(runningTotal(kind, answers)));
            answers.add(answer);
            Label text = new Label(i + ". " + ui.text("scale." + kind.name() + ".item" + i));
            text.setWrapText(true);
            text.setMaxWidth(420);
            items.add(text, 0, i - 1);
            items.add(answer, 1, i - 1);
        }
        total.setText(runningTotal(kind, answers));
        Label scaleHint = new Label(ui.text("scale." + kind.name() + ".hint"));
        scaleHint.setWrapText(true);
        VBox content = new VBox(8, new FormField(takenOn).label(ui.text("scale.takenOn")), scaleHint, items, total);
        return new SubmitDialog<FollowUp.ScaleEntry>(ui, ui.text("scale.record.title", ui.text("scale." + kind.name())), content)
                .showAndWait(() -> {
                    Optional<LocalDate> on = takenOn.date();
                    List<Integer> values = answers.stream().map(ComboBox::getValue).toList();
                    return () -> {
                        if (on.isEmpty()) {
                            return Outcome.refused(Refusal.of("SCALE", "date.unreadable"));
                        }
                        Outcome<FollowUp.ScaleEntry> outcome = services.followUp().recordScale(actor.get(), courseId, kind, on.get(), values);
                        if (outcome.isDone() && outcome.value() instanceof FollowUp.ScaleEntry.Invalid invalid) {
                            return Outcome.refused(invalid.problems().getFirst().refusal());
                        }
                        return outcome;
                    };
                });
    }

    private String runningTotal(ScaleKind kind, List<ComboBox<Integer>> answers) {
        long answered = answers.stream().filter(a -> a.getValue() != null).count();
        int sum = answers.stream().filter(a -> a.getValue() != null).mapToInt(ComboBox::getValue).sum();
        return ui.text("scale.runningTotal", sum, kind.totalMax(), answered, kind.itemCount());
    }

    Optional<CourseView> monitoring(long courseId, MonitoringKind suggested) {
        ComboBox<MonitoringKind> kind = EnumChoice.of(ui, MonitoringKind.values(), "monitoring.");
        kind.setId("monitoringKind");
        kind.setValue(suggested);
        DateField doneOn = new DateField();
        doneOn.setId("monitoringDoneOn");
        doneOn.setDate(ui.today());
        TextField result = new TextField();
        result.setId("monitoringResult");
        VBox content = new VBox(8, new FormField(kind).label(ui.text("monitoring.kind")),
                new FormField(doneOn).label(ui.text("monitoring.doneOn")), new FormField(result).label(ui.text("monitoring.result")));
        return new SubmitDialog<CourseView>(ui, ui.text("monitoring.record.title"), content).showAndWait(() -> {
            MonitoringKind k = kind.getValue();
            Optional<LocalDate> on = doneOn.date();
            String text = result.getText();
            return () -> k == null || on.isEmpty() ? Outcome.refused(Refusal.of("SCH-7", "date.unreadable"))
                    : services.followUp().recordMonitoring(actor.get(), courseId, new MonitoringResult(k, on.get(), text));
        });
    }
}
