package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.ui.SessionRobot.dialogScene;
import static org.vigil.ui.SessionRobot.fieldError;
import static org.vigil.ui.SessionRobot.text;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.domain.Route;
import org.vigil.service.DrugRegister;
import org.vigil.text.Messages;

/**
 * Issue 12 as the staff use it: a nurse receives stock with a witness, wastes an expired lot with
 * a witness and corrects a wrong receipt; the prescriber signs their log in one pass; the manager
 * reads the register without stock buttons and adds a product; the administrator has no
 * register. Screenshots of the book, the receipt dialog and the prescriber's log in English and
 * Chinese.
 */
@ExtendWith(ApplicationExtension.class)
class RegisterScreenTest {

    private static final String NURSE_PASSWORD = "tea at ten on the ward";
    private static final String PRESCRIBER_PASSWORD = "rounds begin at nine sharp";
    private static final String MANAGER_PASSWORD = "the monthly book balances";

    @TempDir
    Path dir;

    private ShellFixture app;
    private Actor nurse;
    private Actor prescriber;

    @Start
    void start(Stage stage) {
        app = ShellFixture.withClinic(stage, dir, Locale.ENGLISH);
        nurse = app.person("nurse.li", "Li Na", NURSE_PASSWORD, Set.of(Role.NURSE), false);
        prescriber = app.person("drchen", "Dr Wei Chen", PRESCRIBER_PASSWORD, Set.of(Role.PRESCRIBER, Role.NURSE), true);
        app.person("manager", "Priya Shah", MANAGER_PASSWORD, Set.of(Role.MANAGER), false);
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** Four lots in stock, an expired one and one near its expiry, and two patients given their devices, awaiting Dr Chen. */
    private void morningOfTheRegister() {
        FloorStory story = new FloorStory(app.services, app.clock, nurse, prescriber, PRESCRIBER_PASSWORD);
        LocalDate today = LocalDate.ofInstant(app.clock.instant(), ZoneOffset.UTC);
        DrugRegister register = app.services.register();
        long nasal = register.products(nurse).value().getFirst().id();
        register.receive(nurse, new DrugRegister.Receipt(nasal, "LOT-OLD", today.minusDays(3), 2, "Harbour Pharmacy, 3 Quay Street",
                "HP-1182"), prescriber, PRESCRIBER_PASSWORD).value();
        register.receive(nurse, new DrugRegister.Receipt(nasal, "LOT-SOON", today.plusDays(12), 6, "Harbour Pharmacy, 3 Quay Street",
                "HP-1190"), prescriber, PRESCRIBER_PASSWORD).value();
        long grace = story.booked("Lee", "Grace", 1);
        story.authorised(grace).device(grace).minutes(5).device(grace);
        long fang = story.booked("Wang", "Fang", 2);
        story.authorised(fang).device(fang);
    }

    @Test
    @DisplayName("CD-2 SIG-2 CD-5 CD-1 a nurse receives stock (the witness signs here; herself as witness is refused in the dialog), wastes an expired lot with a witness and corrects the receipt")
    void nurseReceivesWastesAndCorrects(FxRobot robot) {
        morningOfTheRegister();
        login(robot, "nurse.li", NURSE_PASSWORD);
        robot.clickOn("#nav-register");
        assertThat(robot.lookup("#tab-log").tryQuery()).as("a nurse has no prescriber's log").isEmpty();
        assertThat(robot.lookup("#registerStock #stock-LOT-OLD").queryLabeled().getText())
                .isEqualTo("LOT-OLD: 2 left · exp. 27 Nov 2026 · EXPIRED: do not use; waste with a witness");
        assertThat(robot.lookup("#registerStock #stock-LOT-SOON").queryLabeled().getText()).contains("EXPIRES IN 12 DAYS");

        receive(robot, "30/06/2028", "nurse.li", NURSE_PASSWORD);
        assertThat(fieldError(robot, "#receiptExpiry")).isEqualTo("A date as YYYY-MM-DD, such as 2027-06-30.");
        type(robot, "#receiptExpiry", "2028-06-30");
        robot.clickOn("#registerOk");
        // SIG-2: the dialog stays open, says why next to the witness, and keeps what was typed but the password.
        assertThat(fieldError(robot, "#witnessUser"))
                .isEqualTo("The witness must be another user, signing with their own user name and password.");
        assertThat(robot.lookup("#receiptLot").queryAs(TextInputControl.class).getText()).isEqualTo("LOT-N7");
        assertThat(robot.lookup("#witnessPassword").queryAs(TextInputControl.class).getText()).isEmpty();
        Screenshots.save(dialogScene(robot), "register-receipt-dialog-en");
        type(robot, "#witnessUser", "drchen");
        type(robot, "#witnessPassword", PRESCRIBER_PASSWORD);
        robot.clickOn("#registerOk");

        assertThat(robot.lookup("#registerOk").tryQuery()).as("the dialog closed once done").isEmpty();
        assertThat(text(robot, "#registerNotice")).endsWith("24 received into lot LOT-N7, witnessed.");
        assertThat(robot.lookup("#registerStock #stock-LOT-N7").queryLabeled().getText()).startsWith("LOT-N7: 24 left");

        robot.clickOn("#registerWaste");
        assertThat(robot.lookup("#wasteLot").queryAs(ComboBox.class).getValue()).as("the expired lot comes first")
                .satisfies(l -> assertThat(((DrugRegister.LotLine) l).lot().lot()).isEqualTo("LOT-OLD"));
        type(robot, "#wasteUnits", "2");
        type(robot, "#wasteMethod", "Denatured in a drug-destruction kit");
        type(robot, "#wasteReason", "Lot expired");
        type(robot, "#witnessUser", "drchen");
        type(robot, "#witnessPassword", PRESCRIBER_PASSWORD);
        Screenshots.save(dialogScene(robot), "register-waste-dialog-en");
        robot.clickOn("#registerOk");
        assertThat(text(robot, "#registerNotice")).endsWith("2 wasted from lot LOT-OLD, witnessed.");
        assertThat(robot.lookup("#registerStock #stock-LOT-OLD").queryLabeled().getText()).isEqualTo(
                "LOT-OLD: 0 left · exp. 27 Nov 2026 · empty");

        clickRow(robot, "#registerTable", cell -> "LOT-N7".equals(cellText(cell)));
        robot.clickOn("#registerCorrect");
        assertThat(text(robot, "#correctionPreview")).contains("is not changed. A correction reversing it (\u221224) is written");
        type(robot, "#correctionReason", "Delivery note says 20, not 24");
        type(robot, "#correctionQuantity", "20");
        assertThat(text(robot, "#correctionPreview")).contains("Then the right entry: Receipt of 20 units, lot LOT-N7");
        Screenshots.save(dialogScene(robot), "register-correction-dialog-en");
        robot.clickOn("#registerOk");

        assertThat(text(robot, "#registerNotice")).contains("corrected");
        assertThat(statuses(robot)).anySatisfy(t -> assertThat(t).startsWith("Corrected by entry #"))
                .anySatisfy(t -> assertThat(t).startsWith("Corrects entry #"));
        assertThat(robot.lookup("#registerStock #stock-LOT-N7").queryLabeled().getText()).startsWith("LOT-N7: 20 left");
        Screenshots.save(app.scene, "register-book-corrected-en");
    }

    @Test
    @DisplayName("CD-4 SIG-1 the book: devices awaiting the prescriber highlighted and said, the stock panel flags; screenshots in English")
    void bookInEnglish(FxRobot robot) {
        morningOfTheRegister();
        login(robot, "nurse.li", NURSE_PASSWORD);
        robot.clickOn("#nav-register");
        assertThat(statuses(robot)).filteredOn(t -> t.equals("Awaiting signature of Dr Wei Chen")).hasSize(3);
        assertThat(robot.lookup("#registerToolbar #registerMoreActions").tryQuery()).as("room for Count… and Print…").isPresent();
        clickRow(robot, "#registerTable", cell -> "Awaiting signature of Dr Wei Chen".equals(cellText(cell)));
        assertThat(text(robot, "#registerDetail")).contains("Administered: Li Na, 30 Nov 2026 08:");
        Screenshots.save(app.scene, "register-book-en");
    }

    @Test
    @DisplayName("SIG-1 SIG-2 the prescriber chooses all entries awaiting them and signs once; each then shows name, date, time with zone and meaning")
    void prescriberSignsInOnePass(FxRobot robot) {
        morningOfTheRegister();
        login(robot, "drchen", PRESCRIBER_PASSWORD);
        robot.clickOn("#nav-register");
        robot.clickOn("#tab-log");
        assertThat(table(robot, "#logTable").getItems()).hasSize(3);
        robot.clickOn("#logSelectAll");
        Screenshots.save(app.scene, "register-prescriber-log-en");
        robot.clickOn("#logSign");
        assertThat(text(robot, "#logSignMeaning")).startsWith("You are signing 3 register entries as their prescriber");
        assertThat(text(robot, "#logSignTime")).contains("30 Nov 2026 08:").contains("UTC+00:00");
        robot.clickOn("#logPassword").write("not my password");
        robot.clickOn("#registerOk");
        assertThat(fieldError(robot, "#logPassword")).isEqualTo("Password not correct. Signing needs your own password.");
        Screenshots.save(dialogScene(robot), "register-batch-signature-en");
        robot.clickOn("#logPassword").write(PRESCRIBER_PASSWORD);
        robot.clickOn("#registerOk");

        assertThat(text(robot, "#logNotice")).isEqualTo("3 entries signed.");
        assertThat(table(robot, "#logTable").getItems()).isEmpty();
        assertThat(table(robot, "#logSigned").getItems()).hasSize(3);
        assertThat(robot.lookup("#logSigned .table-cell").queryAll().stream().map(RegisterScreenTest::cellText)
                .filter(t -> t != null && t.contains("Prescriber confirmed: Dr Wei Chen, 30 Nov 2026 08:05:00 (UTC+00:00)")))
                .hasSize(3);
        Screenshots.save(app.scene, "register-prescriber-log-signed-en");
        robot.clickOn("#tab-book");
        assertThat(statuses(robot)).noneMatch(t -> t.startsWith("Awaiting"));
    }

    @Test
    @DisplayName("ROLE-1 PROD-3 the manager reads the book with no stock buttons and adds a product, which gets its own book; the administrator has no register")
    void managerAndAdministrator(FxRobot robot) {
        morningOfTheRegister();
        login(robot, "manager", MANAGER_PASSWORD);
        robot.clickOn("#nav-register");
        assertThat(table(robot, "#registerTable").getItems()).isNotEmpty();
        for (String stockAction : List.of("#registerReceive", "#registerWaste", "#registerCorrect")) {
            assertThat(robot.lookup(stockAction).queryAs(Node.class).isVisible()).as(stockAction).isFalse();
        }
        assertThat(robot.lookup("#tab-log").tryQuery()).isEmpty();
        robot.clickOn("#tab-products");
        robot.clickOn("#productAdd");
        type(robot, "#productName", "Esketamine injection 25 mg / 1 mL");
        robot.interact(() -> robot.lookup("#productRoute").queryAs(ComboBox.class).setValue(Route.IV));
        type(robot, "#productMg", "25");
        robot.clickOn("#registerOk");
        assertThat(fieldError(robot, "#productMl")).isEqualTo("A number above zero, such as 50 or 2.5.");
        type(robot, "#productMl", "1");
        robot.clickOn("#registerOk");
        assertThat(text(robot, "#productNotice")).isEqualTo("Esketamine injection 25 mg / 1 mL added: it has a book of its own.");
        Screenshots.save(app.scene, "register-products-en");
        robot.clickOn("#tab-book");
        assertThat(robot.lookup("#registerProduct").queryAs(ComboBox.class).getItems()).hasSize(3);

        robot.clickOn("#logout");
        login(robot, "admin", ShellFixture.ADMIN_PASSWORD);
        assertThat(robot.lookup("#nav-register").tryQuery()).as("ROLE-1 the administrator keeps no register").isEmpty();
    }

    @Test
    @DisplayName("CD-4 CD-2 SIG-1 the book, the receipt dialog and the prescriber's log in Chinese, every word from the Chinese bundle")
    void inChinese(FxRobot robot) {
        morningOfTheRegister();
        ComboBox<Locale> language = robot.lookup("#language").queryComboBox();
        robot.interact(() -> language.setValue(Messages.CHINESE));
        login(robot, "nurse.li", NURSE_PASSWORD);
        robot.clickOn("#nav-register");
        assertThat(statuses(robot)).contains("待 Dr Wei Chen 签名");
        clickRow(robot, "#registerTable", cell -> "待 Dr Wei Chen 签名".equals(cellText(cell)));
        assertThat(robot.lookup("#registerStock #stock-LOT-OLD").queryLabeled().getText()).contains("已过期");
        Screenshots.save(app.scene, "register-book-zh");

        receive(robot, "2028-06-30", "drchen", "not the password");
        assertThat(fieldError(robot, "#witnessPassword")).isEqualTo("用户名或密码不正确。");
        Screenshots.save(dialogScene(robot), "register-receipt-dialog-zh");
        type(robot, "#witnessPassword", PRESCRIBER_PASSWORD);
        robot.clickOn("#registerOk");
        assertThat(text(robot, "#registerNotice")).contains("LOT-N7");

        robot.clickOn("#logout");
        login(robot, "drchen", PRESCRIBER_PASSWORD);
        robot.clickOn("#nav-register");
        robot.clickOn("#tab-log");
        robot.clickOn("#logSelectAll");
        Screenshots.save(app.scene, "register-prescriber-log-zh");
        robot.clickOn("#logSign");
        robot.clickOn("#logPassword").write(PRESCRIBER_PASSWORD);
        Screenshots.save(dialogScene(robot), "register-batch-signature-zh");
        robot.clickOn("#registerOk");
        assertThat(text(robot, "#logNotice")).isEqualTo("已签名 3 条记录。");
        Screenshots.save(app.scene, "register-prescriber-log-signed-zh");
    }

    @Test
    @DisplayName("SIG-2 CD-2 CD-5 the witness is chosen from the people who may witness, by name: never the nurse herself, never a manager; the field starts empty")
    void witnessChosenFromThoseWhoMay(FxRobot robot) {
        morningOfTheRegister();
        app.person("nurse.wang", "Wang Fang", "night shift keeps the lights low", Set.of(Role.NURSE), false);
        login(robot, "nurse.li", NURSE_PASSWORD);
        robot.clickOn("#nav-register");

        robot.clickOn("#registerReceive");
        ComboBox<String> witness = witnessChoice(robot);
        assertThat(witness.getEditor().getText()).as("the nurse cannot witness her own receipt: nobody is put forward").isEmpty();
        assertThat(witness.getItems()).as("by full name: Dr Wei Chen, Wang Fang; not Li Na, not the manager").containsExactly("drchen", "nurse.wang");
        robot.interact(witness::show);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".list-cell").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .as("people are offered by name, with the user name they sign with").contains("Dr Wei Chen (drchen)", "Wang Fang (nurse.wang)");
        robot.interact(witness::hide);
        type(robot, "#receiptSupplier", "Harbour Pharmacy");
        type(robot, "#receiptAddress", "3 Quay Street, Harbour Town");
        type(robot, "#receiptReference", "HP-1204");
        type(robot, "#receiptLot", "LOT-N7");
        type(robot, "#receiptExpiry", "2028-06-30");
        type(robot, "#receiptQuantity", "24");
        robot.interact(() -> witness.getSelectionModel().select("drchen"));
        assertThat(witness.getEditor().getText()).as("choosing a person puts their user name in the field").isEqualTo("drchen");
        type(robot, "#witnessPassword", PRESCRIBER_PASSWORD);
        Screenshots.save(dialogScene(robot), "register-receipt-witness-choice-en");
        robot.clickOn("#registerOk");
        assertThat(text(robot, "#registerNotice")).endsWith("24 received into lot LOT-N7, witnessed.");

        robot.clickOn("#registerWaste");
        ComboBox<String> wasteWitness = witnessChoice(robot);
        assertThat(wasteWitness.getEditor().getText()).isEmpty();
        assertThat(wasteWitness.getItems()).containsExactly("drchen", "nurse.wang");
        robot.type(KeyCode.ESCAPE);
    }

    /** The witness drop-down once the people who may witness have been asked for in the background. */
    @SuppressWarnings("unchecked")
    private static ComboBox<String> witnessChoice(FxRobot robot) {
        ComboBox<String> witness = robot.lookup("#witnessUser").queryAs(ComboBox.class);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !witness.getItems().isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError("the people who may witness were never offered", e);
        }
        return witness;
    }

    private static void login(FxRobot robot, String user, String password) {
        robot.clickOn("#username").write(user);
        robot.clickOn("#password").write(password);
        robot.clickOn("#login");
    }

    /** A delivery of 24 devices of lot LOT-N7 typed into the receipt dialog as a nurse would, then sent with this witness. */
    private static void receive(FxRobot robot, String expiry, String witness, String witnessPassword) {
        robot.clickOn("#registerReceive");
        type(robot, "#receiptSupplier", "Harbour Pharmacy");
        type(robot, "#receiptAddress", "3 Quay Street, Harbour Town");
        type(robot, "#receiptReference", "HP-1204");
        type(robot, "#receiptLot", "LOT-N7");
        type(robot, "#receiptExpiry", expiry);
        type(robot, "#receiptQuantity", "24");
        type(robot, "#witnessUser", witness);
        type(robot, "#witnessPassword", witnessPassword);
        robot.clickOn("#registerOk");
    }

    private static void type(FxRobot robot, String query, String value) {
        Node found = robot.lookup(query).query();
        // The witness is a drop-down that also takes a typed user name: type into its editor.
        TextInputControl field = found instanceof ComboBox<?> choice ? choice.getEditor() : (TextInputControl) found;
        robot.interact(field::clear);
        robot.clickOn(field).write(value);
    }

    @SuppressWarnings("unchecked")
    private static TableView<Object> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    private static void clickRow(FxRobot robot, String tableQuery, Predicate<Node> shows) {
        TableView<Object> table = table(robot, tableQuery);
        Node row = robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(r -> !((TableRow<?>) r).isEmpty() && robot.from(r).lookup(".table-cell").queryAll().stream().anyMatch(shows))
                .findFirst().orElseThrow();
        robot.clickOn(row);
    }

    /** The status column of every line of the book, scrolled into view or not. */
    private static List<String> statuses(FxRobot robot) {
        TableView<Object> table = table(robot, "#registerTable");
        javafx.scene.control.TableColumn<Object, ?> status = table.getColumns().stream().filter(c -> "col-status".equals(c.getId()))
                .findFirst().orElseThrow();
        return java.util.stream.IntStream.range(0, table.getItems().size()).mapToObj(i -> String.valueOf(status.getCellData(i)))
                .filter(t -> !t.isEmpty()).toList();
    }

    /** What a cell shows: its own text, or the wrapping text the register's cells carry. */
    private static String cellText(Node cell) {
        javafx.scene.control.Labeled labeled = (javafx.scene.control.Labeled) cell;
        String own = labeled.getText() != null ? labeled.getText() : "";
        return own.isEmpty() && labeled.getGraphic() instanceof javafx.scene.text.Text text ? text.getText() : own;
    }
}
