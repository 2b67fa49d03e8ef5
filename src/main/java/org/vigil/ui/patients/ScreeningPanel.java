package org.vigil.ui.patients;

import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.vigil.domain.Actor;
import org.vigil.domain.Permission;
import org.vigil.domain.patient.Screening;
import org.vigil.service.PatientView;
import org.vigil.service.Services;
import org.vigil.ui.common.UiContext;

/** The latest screening and a new one (PAT-1…4). */
final class ScreeningPanel {

    private final VBox root = new VBox(8);

    ScreeningPanel(Services services, UiContext ui, Supplier<Actor> actor, PatientView p, Runnable reload) {
        root.setPadding(new Insets(14));
        Button screen = new Button(ui.text("screening.new"));
        screen.setId("newScreening");
        screen.setVisible(actor.get().may(Permission.RECORD_CLINICAL));
        screen.setOnAction(e -> new ScreeningDialog(services, ui, actor, p).showAndWait().ifPresent(saved -> reload.run()));
        root.getChildren().add(screen);
        if (p.latestScreening().isEmpty()) {
            root.getChildren().add(new Label(ui.text("screening.none")));
            return;
        }
        Screening s = p.latestScreening().get();
        Label title = new Label(ui.text("screening.latest", s.screenedOn()));
        title.getStyleClass().add("section-title");
        root.getChildren().add(title);
        String findings = s.contraindications().isEmpty() ? ui.text("screening.noFindings")
                : s.contraindications().stream().map(c -> ui.text(c.labelKey()) + " (" + c.ruleId() + ")")
                        .collect(Collectors.joining("\n"));
        Label list = new Label(findings);
        list.setId("screeningFindings");
        list.setWrapText(true);
        root.getChildren().addAll(list, new Label(ui.text("screening.pregnancyLine", ui.text("pregnancy." + s.pregnancy().name()),
                ui.text(s.breastfeeding() ? "yes" : "no"))));
        s.overrides().forEach((c, d) -> root.getChildren().add(decision(ui, ui.text("screening.override.line", ui.text(c.labelKey())),
                d.prescriberName(), d.at(), d.reason())));
        s.olderAdultConfirmation().ifPresent(d -> root.getChildren().add(decision(ui, ui.text("screening.olderAdult"),
                d.prescriberName(), d.at(), d.reason())));
        s.minorConsent().ifPresent(m -> root.getChildren().add(new Label(ui.text("screening.minorConsent.line", m.guardianName(),
                m.guardianRelationship(), m.patientConsentOn(), m.guardianConsentOn()))));
    }

    /** SIG-1: who decided, when (with time zone), and why. */
    private static Label decision(UiContext ui, String what, String who, java.time.Instant at, String why) {
        String when = ui.times().dateTimeWithZone(at);
        Label label = new Label(ui.text("screening.decision.line", what, who, when, why));
        label.setWrapText(true);
        label.getStyleClass().add("decision");
        return label;
    }

    Parent root() {
        return root;
    }
}
