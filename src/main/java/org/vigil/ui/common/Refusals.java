package org.vigil.ui.common;

import java.util.Map;
import org.vigil.domain.Refusal;

/** Puts a refusal's message next to the field it is about, or in the form's general line. */
public final class Refusals {

    private Refusals() {}

    /**
     * @param fieldsByKeyPrefix message-key prefix (e.g. "password.") to the field it concerns
     * @param general where refusals about no one field go
     */
    public static void show(UiContext ui, Refusal refusal, Map<String, FormField> fieldsByKeyPrefix, javafx.scene.control.Label general) {
        String message = ui.messages().refusal(refusal);
        // The longest matching prefix is the most specific field.
        fieldsByKeyPrefix.entrySet().stream()
                .filter(entry -> refusal.messageKey().startsWith(entry.getKey()))
                .max(java.util.Comparator.comparingInt(entry -> entry.getKey().length()))
                .ifPresentOrElse(entry -> entry.getValue().showError(message), () -> general.setText(message));
    }
}
