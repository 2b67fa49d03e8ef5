package org.vigil.ui.common;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.Refusal;
import org.vigil.domain.vitals.QuickVitalsLine;
import org.vigil.domain.vitals.ReadingWindow;
import org.vigil.domain.vitals.VitalField;
import org.vigil.domain.vitals.VitalLimits;

/**
 * The quick vitals line as the nurse reads the monitor: "152/94 88 97" and Enter. The text is
 * read by {@link QuickVitalsLine} and checked against the BP-8 limits before anything is sent, so
 * a slip of the finger is explained next to the field at once and the text stays for correcting.
 * The service checks the same limits again; its refusal lands in the same place.
 */
public final class QuickVitalsField {

    /** A readable, plausible line with the observation time typed (empty: now, BP-9). */
    public record Entry(int systolic, int diastolic, int heartRate, int spo2, Optional<Instant> observedAt) {}

    private final UiContext ui;
    private final TextField line = new TextField();
    private final TimeOfDayField time;
    private final FormField lineField;
    private final FormField timeField;
    private final HBox root;
    private VitalLimits limits;
    private ReadingWindow window;
    private Consumer<Entry> onEntry = entry -> { };

    /** @param id the line's node id; the time field is {@code id + "Time"} */
    public QuickVitalsField(UiContext ui, String id, String label) {
        this.ui = ui;
        this.time = new TimeOfDayField(ui);
        line.setId(id);
        line.setPromptText("152/94 88 97");
        line.setPrefColumnCount(14);
        time.setId(id + "Time");
        lineField = new FormField(line).label(label).hint(ui.text("sessionScreen.vitals.hint"));
        timeField = new FormField(time).label(ui.text("sessionScreen.vitals.observedAt"));
        HBox.setHgrow(lineField, Priority.ALWAYS);
        // The time field is narrow: it keeps room for its whole label ("Observed at (blank: now)" was cut to "Observed at (blank: n…").
        timeField.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        root = new HBox(10, lineField, timeField);
        root.setAlignment(Pos.TOP_LEFT);
        line.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                submit();
                e.consume();
            }
        });
        time.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                submit();
                e.consume();
            }
        });
    }

    public Node root() {
        return root;
    }

    public void onEntry(Consumer<Entry> action) {
        this.onEntry = action;
    }

    /** BP-8 limits and the session's reading window, once loaded; until then only the service checks. */
    public void checkAgainst(VitalLimits limits, ReadingWindow window) {
        this.limits = limits;
        this.window = window;
    }

    public void setDisable(boolean disable) {
        root.setDisable(disable);
    }

    /** A refusal from the service: reading-time problems next to the time, the rest next to the line. */
    public void showRefusal(Refusal refusal) {
        String text = ui.messages().refusal(refusal);
        if (refusal.messageKey().startsWith("vitals.observedAt.")) {
            timeField.showError(text);
        } else {
            lineField.showError(text);
        }
    }

    /** Any other message about this entry (a fault), next to the line. */
    public void showMessage(String text) {
        lineField.showError(text);
    }

    /** The service took the reading: ready for the next one. */
    public void accepted() {
        line.clear();
        time.clear();
        lineField.clearError();
        timeField.clearError();
    }

    /** Reads, checks and hands on the line; Enter does the same. */
    public void submit() {
        lineField.clearError();
        timeField.clearError();
        if (time.unreadable()) {
            timeField.showError(ui.text("sessionScreen.time.unreadable"));
            return;
        }
        Optional<Instant> observedAt = time.instant();
        switch (QuickVitalsLine.parse(line.getText())) {
            case QuickVitalsLine.Unreadable unreadable -> show(unreadable.problems());
            case QuickVitalsLine.Numbers n -> {
                List<FieldProblem<VitalField>> problems = limits == null ? List.of() : limits.check(
                        n.reading(Optional.empty(), observedAt.orElse(ui.clock().instant()), ui.clock().instant()), window);
                if (!problems.isEmpty()) {
                    show(problems);
                    return;
                }
                onEntry.accept(new Entry(n.systolic(), n.diastolic(), n.heartRate(), n.spo2(), observedAt));
            }
        }
    }

    /** Every problem at once, each named by its field, so one look shows what to correct. */
    private void show(List<FieldProblem<VitalField>> problems) {
        String onLine = problems.stream().filter(p -> p.field() != VitalField.OBSERVED_AT).map(this::sentence)
                .collect(Collectors.joining("\n"));
        String onTime = problems.stream().filter(p -> p.field() == VitalField.OBSERVED_AT).map(p -> ui.messages().refusal(p.refusal()))
                .collect(Collectors.joining("\n"));
        lineField.showError(onLine);
        timeField.showError(onTime);
    }

    /** Reading problems ("Missing.", "“9x” is not a number.") say which value; range messages name it already. */
    private String sentence(FieldProblem<VitalField> p) {
        String message = ui.messages().refusal(p.refusal());
        boolean unnamed = p.refusal().messageKey().startsWith("vitals.line.") && p.field() != VitalField.QUICK_LINE;
        return unnamed ? ui.text("sessionScreen.vitals.field." + p.field().name()) + ": " + message : message;
    }
}
