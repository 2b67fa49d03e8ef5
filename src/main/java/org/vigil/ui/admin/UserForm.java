package org.vigil.ui.admin;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.vigil.domain.Role;
import org.vigil.domain.UserAccount;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.UiContext;

/** The fields of an account: name, roles, and the controlled-drug prescribing right. */
final class UserForm {

    private final UiContext ui;
    private final TextField username = new TextField();
    private final TextField fullName = new TextField();
    private final Map<Role, CheckBox> roles = new EnumMap<>(Role.class);
    private final CheckBox prescribingRight = new CheckBox();
    private final TextField idNumber = new TextField();
    private final TextArea reason = new TextArea();
    private final FormField usernameField;
    private final FormField fullNameField;
    private final FormField reasonField;
    private final Label rolesError = new Label();
    private final VBox root = new VBox(10);

    /** @param existing null for a new account; an existing one is edited (roles only, with a reason) */
    UserForm(UiContext ui, UserAccount existing) {
        this.ui = ui;
        username.setId("userUsername");
        fullName.setId("userFullName");
        prescribingRight.setId("userPrescribingRight");
        prescribingRight.setText(ui.text("users.prescribingRight"));
        idNumber.setId("userIdNumber");
        reason.setId("userReason");
        reason.setPrefRowCount(2);
        usernameField = new FormField(username).label(ui.text("user.username")).hint(ui.text("user.username.hint"));
        fullNameField = new FormField(fullName).label(ui.text("user.fullName"));
        reasonField = new FormField(reason).label(ui.text("reason.label"));
        HBox roleBoxes = new HBox(12);
        for (Role role : Role.values()) {
            CheckBox box = new CheckBox(ui.text("role." + role.name()));
            box.setId("role-" + role.name());
            roles.put(role, box);
            roleBoxes.getChildren().add(box);
        }
        prescribingRight.disableProperty().bind(roles.get(Role.PRESCRIBER).selectedProperty().not());
        roles.get(Role.PRESCRIBER).selectedProperty().addListener((obs, was, is) -> {
            if (!is) {
                prescribingRight.setSelected(false);
            }
        });
        rolesError.getStyleClass().add("field-error");
        rolesError.setWrapText(true);
        rolesError.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        rolesError.managedProperty().bind(rolesError.textProperty().isNotEmpty());
        Label rolesLabel = new Label(ui.text("users.roles"));
        rolesLabel.getStyleClass().add("field-label");
        root.getChildren().addAll(usernameField, fullNameField, new VBox(4, rolesLabel, roleBoxes, rolesError), prescribingRight);
        if (existing != null) {
            username.setText(existing.username());
            username.setEditable(false);
            fullName.setText(existing.fullName());
            fullName.setEditable(false);
            existing.roles().forEach(r -> roles.get(r).setSelected(true));
            prescribingRight.setSelected(existing.prescribingRight());
            idNumber.setText(existing.idNumber());
            root.getChildren().addAll(new FormField(idNumber).label(ui.text("user.idNumber")).hint(ui.text("user.idNumber.hint")),
                    reasonField);
        }
    }

    Node root() {
        return root;
    }

    String username() {
        return username.getText();
    }

    String fullName() {
        return fullName.getText();
    }

    Set<Role> roles() {
        EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach((role, box) -> {
            if (box.isSelected()) {
                chosen.add(role);
            }
        });
        return chosen;
    }

    boolean prescribingRight() {
        return prescribingRight.isSelected();
    }

    String idNumber() {
        return idNumber.getText();
    }

    String reason() {
        return reason.getText();
    }

    /** Refusals about a field of this form are shown next to it. */
    void attach(FormMessages messages) {
        messages.keyPrefix("user.username", usernameField).keyPrefix("user.fullName", fullNameField)
                .keyPrefix("roles.", rolesError::setText).keyPrefix("reason.", reasonField);
    }
}
