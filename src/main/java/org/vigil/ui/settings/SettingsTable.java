package org.vigil.ui.settings;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.vigil.domain.Actor;
import org.vigil.domain.SettingCategory;
import org.vigil.domain.SettingDefinition;
import org.vigil.domain.SettingKind;
import org.vigil.domain.SettingValue;
import org.vigil.service.Services;
import org.vigil.service.SettingRow;
import org.vigil.ui.common.FormField;
import org.vigil.ui.common.FormMessages;
import org.vigil.ui.common.SubmitDialog;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.common.WrappingCell;

/**
 * The settings of one category with their allowed range, the rule they belong to and who last
 * changed them. Changing one asks for the new value and a reason; the service checks the role.
 */
public final class SettingsTable {

    private final Services services;
    private final UiContext ui;
    private final Supplier<Actor> actor;
    private final SettingCategory category;
    private final VBox root = new VBox(10);
    private final TableView<SettingRow> table = new TableView<>();
    private final Label message = FormField.messageLine("settingsMessage");
    private final SettingWords words;

    public SettingsTable(Services services, UiContext ui, Supplier<Actor> actor, SettingCategory category) {
        this.services = services;
        this.ui = ui;
        this.actor = actor;
        this.category = category;
        this.words = new SettingWords(ui);
        table.setId("settings-" + category.name().toLowerCase(java.util.Locale.ROOT));
        table.getColumns().add(column("settings.col.name", r -> words.name(r.definition())));
        table.getColumns().add(column("settings.col.value", r -> words.value(r.definition(), r.current().value())));
        table.getColumns().add(column("settings.col.allowed", r -> words.allowed(r.definition())));
        table.getColumns().add(column("settings.col.rule", r -> r.definition().ruleId()));
        table.getColumns().add(column("settings.col.version", r -> "v" + r.current().version()));
        table.getColumns().add(column("settings.col.changed", r -> changed(r.current())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        double[] widths = {330, 140, 240, 60, 60};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        // Long setting names and choice lists wrap in their column rather than end in "…".
        wrap(table.getColumns().get(0));
        wrap(table.getColumns().get(2));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label intro = new Label(ui.text(category == SettingCategory.PROTOCOL ? "settings.protocol.intro" : "settings.system.intro"));
        intro.setWrapText(true);
        Button edit = new Button(ui.text("settings.change"));
        edit.setId("changeSetting-" + category.name().toLowerCase(java.util.Locale.ROOT));
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setVisible(actor.get().may(category.changePermission()));
        edit.managedProperty().bind(edit.visibleProperty());
        edit.setOnAction(e -> change(table.getSelectionModel().getSelectedItem()));
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<SettingRow> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && actor.get().may(category.changePermission())) {
                    change(row.getItem());
                }
            });
            return row;
        });
        HBox actions = new HBox(8, edit, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(intro, actions, table);
        root.setPadding(new Insets(14));
        load();
    }

    public Parent root() {
        return root;
    }

    private void load() {
        FormMessages answer = new FormMessages(ui, message::setText);
        ui.background().run(() -> services.settings().list(actor.get()), outcome -> answer.show(outcome,
                rows -> table.getItems().setAll(rows.stream().filter(r -> r.definition().category() == category).toList())),
                answer::fault);
    }

    private void change(SettingRow row) {
        SettingDefinition definition = row.definition();
        // A choice is chosen from its phrases; only numbers, times and folders are typed.
        ComboBox<String> choice = new ComboBox<>();
        TextField value = new TextField(row.current().value());
        Control input = value;
        if (definition.kind() == SettingKind.CHOICE) {
            choice.getItems().setAll(definition.choices());
            choice.setValue(row.current().value());
            choice.setConverter(new StringConverter<>() {
                @Override
                public String toString(String raw) {
                    return raw == null ? "" : words.choice(raw);
                }

                @Override
                public String fromString(String text) {
                    return definition.choices().stream().filter(c -> words.choice(c).equals(text)).findFirst().orElse(text);
                }
            });
            choice.setId("settingValue");
            input = choice;
        } else {
            value.setId("settingValue");
        }
        TextArea reason = new TextArea();
        reason.setId("settingReason");
        reason.setPrefRowCount(2);
        reason.setWrapText(true);
        String unit = words.unitName(definition);
        FormField valueField = new FormField(input).label(unit.isBlank() ? ui.text("settings.newValue.noUnit") : ui.text("settings.newValue", unit))
                .hint(ui.text("settings.allowed", words.allowed(definition)));
        FormField reasonField = new FormField(reason).label(ui.text("reason.label"));
        Label current = new Label(ui.text("settings.current", words.value(definition, row.current().value()), row.current().version()));
        current.setWrapText(true);
        VBox content = new VBox(10, current, valueField, reasonField);
        String key = row.definition().key();
        SubmitDialog<SettingValue> dialog = new SubmitDialog<>(ui, words.name(definition), content);
        dialog.messages().keyPrefix("setting.", valueField).keyPrefix("reason.", reasonField);
        dialog.showAndWait(() -> {
            String typed = definition.kind() == SettingKind.CHOICE ? choice.getValue() : value.getText();
            String why = reason.getText();
            return () -> services.settings().change(actor.get(), key, typed, why);
        }).ifPresent(saved -> load());
    }

    private String changed(SettingValue v) {
        return v.changedBy() == null ? ui.text("settings.default") : v.changedBy() + ", " + ui.times().dateTime(v.changedAt()) + " — " + v.reason();
    }

    @SuppressWarnings("unchecked") // every column here is built by column(...) below, as text
    private static void wrap(TableColumn<SettingRow, ?> built) {
        TableColumn<SettingRow, String> column = (TableColumn<SettingRow, String>) built;
        WrappingCell.wrap(column, "setting-cell-text");
    }

    private TableColumn<SettingRow, String> column(String key, Function<SettingRow, String> value) {
        TableColumn<SettingRow, String> column = new TableColumn<>(ui.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
