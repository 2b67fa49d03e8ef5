package org.vigil.ui.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.vigil.domain.Route;
import org.vigil.domain.session.SessionEvent.DeviceGiven;
import org.vigil.ui.common.ReasonDialog;

/**
 * ADM-1 to ADM-3 nasal administration: the prompts for each device, "Give device n of N", the
 * ADM-2 rest after each device counted from the stored time of the last one, and the prescriber's
 * override of the rest (or ADM-5 re-dose) with a reason.
 */
final class DeviceStep extends AdministrationStep {

    private final Label prompts = line("administration-prompts");
    private final Button give = new Button();
    private final Button override = new Button();
    private final Label rest = line("device-rest");
    private final Label why = hint("giveDeviceWhy");
    private final VBox given = new VBox(2);
    private final TextField lot = new TextField();
    private final CheckBox dots = new CheckBox();
    private SessionMoment moment;
    private boolean allowed;

    DeviceStep(SessionActions actions) {
        super(actions, "stepDevices", Route.NASAL);
        rules("ADM-1, ADM-2, ADM-3, ADM-5");
        prompts.setId("devicePrompts");
        give.setId("giveDevice");
        give.getStyleClass().add("primary-action");
        give.setOnAction(e -> give(null));
        override.setId("overrideRest");
        override.setText(ui.text("sessionScreen.device.override"));
        override.setTooltip(new Tooltip(ui.text("sessionScreen.device.overrideTooltip")));
        override.setOnAction(e -> new ReasonDialog(ui, ui.text("sessionScreen.device.overrideTitle")).ask().ifPresent(this::give));
        rest.setId("deviceRest");
        given.setId("devicesGiven");
        // ADM-3, CD-3: the lot starts as the register's earliest-expiring one; it usually stays the same for the next device.
        lot.setId("deviceLot");
        lot.setPromptText(ui.text("sessionScreen.device.lot"));
        lot.setPrefColumnCount(10);
        // ADM-1: the dots are checked on each device, so the box clears after every device given.
        dots.setId("dotsChecked");
        dots.setText(ui.text("sessionScreen.device.dots"));
        lot.textProperty().addListener((obs, old, now) -> enableGive());
        dots.selectedProperty().addListener((obs, old, now) -> enableGive());
        HBox device = new HBox(10, new Label(ui.text("sessionScreen.device.lotLabel")), lot, dots);
        device.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(10, give, rest, override);
        buttons.setAlignment(Pos.CENTER_LEFT);
        body.getChildren().addAll(prompts, device, buttons, why, given, message);
    }

    @Override
    void show(SessionMoment m) {
        this.moment = m;
        if (lot.getText().isEmpty()) {
            m.proposedLot().ifPresent(lot::setText);
        }
        int done = m.snapshot().devicesGiven();
        int total = m.snapshot().devicesAuthorised();
        int next = done + 1;
        pane.setText(ui.text(done >= total ? "sessionScreen.step.devicesDone" : "sessionScreen.step.devices", done, total));
        give.setText(ui.text("sessionScreen.device.give", next, Math.max(total, next)));
        enableGive();
        boolean stillToGive = done < total && !m.snapshot().state().isFinished();
        reveal(give, stillToGive);
        reveal(override, m.mayPrescribe() && (stillToGive || overrideHelps()));
        prompts.setText(stillToGive ? prompts(next) : "");
        reveal(prompts, stillToGive);
        rest.setText(restText(m));
        why.setText(allowed || !stillToGive || !rest.getText().isEmpty() ? "" : why(m, probe("")));
        given.getChildren().setAll(m.snapshot().events().stream().filter(e -> e instanceof DeviceGiven).map(e -> (DeviceGiven) e)
                .map(d -> {
                    Label l = line("stored-value");
                    l.setText(ui.text("sessionScreen.device.given", d.number(), ui.times().time(d.at()))
                            + (d.lot().isEmpty() ? "" : " · " + ui.text("sessionScreen.device.givenLot", d.lot()))
                            + (d.restOverrideReason().isEmpty() ? "" : " — " + ui.text("sessionScreen.device.overridden", d.restOverrideReason())));
                    return l;
                }).toList());
    }

    /** ADM-1: blow the nose before the first device only; recline; one nostril then the other; check the dots. */
    private String prompts(int next) {
        StringBuilder text = new StringBuilder();
        if (next == 1) {
            text.append("• ").append(ui.text("sessionScreen.device.prompt.blowNose")).append('\n');
        }
        for (String key : List.of("dotsBefore", "recline", "nostrils", "dotsAfter")) {
            text.append("• ").append(ui.text("sessionScreen.device.prompt." + key)).append('\n');
        }
        return text.toString().strip();
    }

    /** ADM-2: from the stored time of the last device, recomputed on every tick. */
    private String restText(SessionMoment m) {
        if (m.snapshot().lastDevice().isEmpty() || m.snapshot().devicesGiven() >= m.snapshot().devicesAuthorised()) {
            return "";
        }
        Instant unlocks = m.protocol().restEndsAt(m.snapshot()).orElseThrow();
        Duration left = Duration.between(m.now(), unlocks);
        return left.isPositive() ? ui.text("sessionScreen.device.rest", ui.times().countdown(left), ui.times().time(unlocks))
                : ui.text("sessionScreen.device.restOver");
    }

    /** The next device as the form stands (its lot, its dots): the service's own check says whether it may be given. */
    private DeviceGiven probe(String overrideReason) {
        return new DeviceGiven(moment.snapshot().devicesGiven() + 1, moment.now(), overrideReason, lot.getText(), dots.isSelected());
    }

    /** The override is the prescriber's, for exactly the case the rest (or ADM-5) blocks. */
    private boolean overrideHelps() {
        return !allowed && moment.mayPrescribe() && moment.allows(probe("-"));
    }

    private void enableGive() {
        if (moment == null) {
            return;
        }
        allowed = moment.allows(probe(""));
        give.setDisable(!allowed);
        if (allowed) {
            why.setText("");
        }
        override.setDisable(!overrideHelps());
    }

    private void give(String overrideReason) {
        int next = moment.snapshot().devicesGiven() + 1;
        String lotNumber = lot.getText();
        boolean checked = dots.isSelected();
        actions.run(List.of("device", next, overrideReason == null ? "" : overrideReason),
                (engine, actor, id, request) -> engine.giveDevice(actor, id, lotNumber, checked, overrideReason, request), message);
        dots.setSelected(false);
    }
}
