package org.vigil.ui.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.vigil.domain.FieldProblem;
import org.vigil.domain.Outcome;
import org.vigil.domain.Refusal;

/**
 * The one place where a screen turns what a service answered into words: a done outcome's value
 * goes on to the screen; a refusal goes next to the field it is about or into the form's message
 * line; each field problem goes next to its field, with the rest in the message line. Screens say
 * which fields they have; none of them switches over refusals itself.
 */
public final class FormMessages {

    private final UiContext ui;
    private final Consumer<String> line;
    private final Map<Object, Consumer<String>> fields = new LinkedHashMap<>();
    private final Map<String, Consumer<String>> byKeyPrefix = new LinkedHashMap<>();

    /** @param line where messages about no one field go: a form's message line, a tile, a notice */
    public FormMessages(UiContext ui, Consumer<String> line) {
        this.ui = ui;
        this.line = line;
    }

    /** Problems with this field (an enum of the form's fields) are shown next to it. */
    public FormMessages field(Object field, FormField control) {
        fields.put(field, control::showError);
        return this;
    }

    /** Refusals whose message key starts so (e.g. "password.") are about this field. */
    public FormMessages keyPrefix(String prefix, FormField control) {
        return keyPrefix(prefix, control::showError);
    }

    /** As {@link #keyPrefix(String, FormField)}, for a place that is not a {@link FormField} (a group of boxes' error line). */
    public FormMessages keyPrefix(String prefix, Consumer<String> place) {
        byKeyPrefix.put(prefix, place);
        return this;
    }

    /** Before the form is sent again: no old message stays. */
    public void clear() {
        line.accept("");
        fields.values().forEach(f -> f.accept(""));
        byKeyPrefix.values().forEach(f -> f.accept(""));
    }

    /** Hands a done outcome's value to the screen; shows what any other outcome says. */
    public <T> void show(Outcome<T> outcome, Consumer<? super T> onDone) {
        switch (outcome) {
            case Outcome.Done<T> done -> onDone.accept(done.value());
            case Outcome.Refused<T> refused -> refusal(refused.refusal());
            case Outcome.Invalid<T> invalid -> problems(invalid.problems());
        }
    }

    /** Shows an outcome that is not done; a done one clears the message line. */
    public void show(Outcome<?> outcome) {
        show(outcome, value -> line.accept(""));
    }

    /** A refusal goes next to the most specific field its message key names, or into the line. */
    public void refusal(Refusal refusal) {
        String message = ui.messages().refusal(refusal);
        byKeyPrefix.entrySet().stream()
                .filter(entry -> refusal.messageKey().startsWith(entry.getKey()))
                .max(Comparator.comparingInt(entry -> entry.getKey().length()))
                .ifPresentOrElse(entry -> entry.getValue().accept(message), () -> line.accept(message));
    }

    /** The first problem of each field next to it; problems of fields this form does not show, and the hint, in the line. */
    public void problems(List<FieldProblem<?>> problems) {
        fields.values().forEach(f -> f.accept(""));
        Set<Object> shown = new HashSet<>();
        List<String> elsewhere = new ArrayList<>();
        for (FieldProblem<?> problem : problems) {
            Consumer<String> place = fields.get(problem.field());
            if (place == null) {
                elsewhere.add(ui.messages().refusal(problem.refusal()));
            } else if (shown.add(problem.field())) {
                place.accept(ui.messages().refusal(problem.refusal()));
            }
        }
        line.accept(elsewhere.isEmpty() ? ui.text("form.correctFields") : String.join(" ", elsewhere));
    }

    /**
     * Every problem of the form at once (issue 15, item 8): what the form found itself (text that is not
     * a date, two passwords that differ) and what the service found in the other fields. A field the form
     * could not read shows why, not the service's view of it as blank.
     */
    public void problems(List<? extends FieldProblem<?>> found, List<? extends FieldProblem<?>> fromService) {
        List<FieldProblem<?>> all = new ArrayList<>(found);
        fromService.stream().filter(p -> found.stream().noneMatch(f -> f.field().equals(p.field()))).forEach(all::add);
        problems(all);
    }

    /** A fault's sentence (disk, database) in the line. */
    public void fault(String message) {
        line.accept(message);
    }
}
