package org.vigil.ui.admin;

import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.vigil.domain.Actor;
import org.vigil.domain.SettingCategory;
import org.vigil.service.Services;
import org.vigil.ui.common.UiContext;
import org.vigil.ui.settings.SettingsTable;

/** The administrator's area: accounts, system settings, the clinic's details, backups, and the audit trail. */
public final class AdministrationView {

    private final TabPane tabs = new TabPane();
    private final Tab backups;
    private final BackupsView backupsView;
    private final javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(tabs);

    /** @param backupThread where backups run: the running Vigil's backup thread, never the window's */
    public AdministrationView(Services services, UiContext ui, Supplier<Actor> actor, Executor backupThread) {
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab users = new Tab(ui.text("admin.users"), new UsersView(services, ui, actor).root());
        users.setId("tab-users");
        Tab system = new Tab(ui.text("admin.systemSettings"), new SettingsTable(services, ui, actor, SettingCategory.SYSTEM).root());
        system.setId("tab-system");
        Tab clinic = new Tab(ui.text("admin.clinic"), new ClinicView(services, ui, actor).root());
        clinic.setId("tab-clinic");
        Tab audit = new Tab(ui.text("admin.audit"), new AuditView(services, ui, actor).root());
        audit.setId("tab-audit");
        backupsView = new BackupsView(services, ui, actor, backupThread);
        backups = new Tab(ui.text("admin.backups"), backupsView.root());
        backups.setId("tab-backups");
        tabs.getTabs().addAll(users, system, clinic, backups, audit);
        if (!services.tightenedPermissions().isEmpty()) {
            root.setTop(new TightenedPermissionsNotice(services, ui).root());
        }
    }

    /** Administration → Backups, e.g. from the menu or the backup alarm; read again, as a backup may have run meanwhile. */
    /** After a backup from the menu: the Backups screen, if it is the one shown, reads again. */
    public void showBackupsIfOpen() {
        if (tabs.getSelectionModel().getSelectedItem() == backups) {
            backupsView.load();
        }
    }

    public void showBackups() {
        tabs.getSelectionModel().select(backups);
        backupsView.load();
    }

    public Parent root() {
        return root;
    }
}
