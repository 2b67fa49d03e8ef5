package org.vigil.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;
import org.vigil.domain.course.Indication;
import org.vigil.domain.Route;
import org.vigil.domain.patient.ChildbearingPotential;
import org.vigil.domain.patient.Sex;
import org.vigil.domain.scale.ScaleKind;
import org.vigil.service.CourseView;
import org.vigil.service.Courses;
import org.vigil.service.DayRow;

@ExtendWith(ApplicationExtension.class)
class PatientsScreenTest {

    private static final String NURSE_PASSWORD = "tea at ten on the ward";
    private static final String PRESCRIBER_PASSWORD = "rounds begin at nine sharp";

    @TempDir
    Path dir;

    private ShellFixture app;
    private Actor prescriber;

    @Start
    void start(Stage stage) {
        app = ShellFixture.withClinic(stage, dir, Locale.ENGLISH);
        app.person("nurse.li", "Li Na", NURSE_PASSWORD, Set.of(Role.NURSE), false);
        prescriber = app.person("drchen", "Dr Wei Chen", PRESCRIBER_PASSWORD, Set.of(Role.PRESCRIBER, Role.NURSE), true);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    @DisplayName("A nurse registers a patient; the same MRN again is caught as a duplicate with the choice to open the record")
    void registerAndDuplicate(FxRobot robot) {
        login(robot, "nurse.li", NURSE_PASSWORD);
        assertThat(robot.lookup("#nav-clinic_day").tryQuery()).isPresent();
        robot.clickOn("#nav-patients");
        robot.clickOn("#newPatient");
        fillPatient(robot, "RMC-00042", "Zhang", "Wei", "1980-02-29", Sex.MALE, "G12345678", "165", true);
        robot.clickOn("#dateOfBirth").eraseText(10).write("2031-01-01");
        robot.clickOn("#registerPatient");
        assertThat(errors(robot)).anySatisfy(t -> assertThat(t).contains("cannot be after today"));
        assertThat(robot.lookup("#mrn").queryAs(TextField.class).getText()).isEqualTo("RMC-00042");
        Screenshots.save(app.scene, "20-patient-form-invalid");

        robot.clickOn("#dateOfBirth").eraseText(10).write("1980-02-29");
        robot.clickOn("#registerPatient");
        assertThat(robot.lookup("#patientName").queryAs(Label.class).getText()).isEqualTo("Zhang, Wei");
        assertThat(robot.lookup("#patientFlags").queryAs(Node.class)).isNotNull();
        Screenshots.save(app.scene, "21-patient-registered");

        robot.clickOn("#backToPatients");
        robot.clickOn("#newPatient");
        fillPatient(robot, "RMC-00042", "Zhang", "Wei", "1980-02-29", Sex.MALE, "G99999999", "70", false);
        robot.clickOn("#registerPatient");
        assertThat(robot.lookup("#duplicates").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#registerAnyway").tryQuery()).isEmpty();
        Screenshots.save(app.scene, "22-patient-duplicate");
        robot.clickOn(robot.lookup(".duplicates .button").queryButton());
        assertThat(robot.lookup("#patientName").queryAs(Label.class).getText()).isEqualTo("Zhang, Wei");

        robot.clickOn("#backToPatients");
        robot.clickOn("#patientSearch").write("zhang");
        robot.sleep(400);
        robot.interact(() -> { });
        assertThat(robot.lookup("#patientsTable").queryAs(TableView.class).getItems()).hasSize(1);
        Screenshots.save(app.scene, "23-patient-list");
    }

    @Test
    @DisplayName("PAT-1 an absolute contraindication refuses the course; after a clear screening a TRD course is due today on the day list")
    void screenThenStartCourse(FxRobot robot) {
        long patientId = registerThroughService("RMC-00077", "Okafor", "Grace", "1975-06-01", Sex.FEMALE);
        login(robot, "drchen", PRESCRIBER_PASSWORD);
        robot.clickOn("#nav-patients");
        robot.interact(() -> { });
        robot.doubleClickOn("Okafor, Grace");
        robot.clickOn("Screening");
        robot.clickOn("#newScreening");
        robot.clickOn("#ci-AORTIC_ANEURYSM");
        Screenshots.save(dialogScene(robot), "24-screening-dialog");
        // Issue 15, item 6: headings and findings read as a nurse says them; the rule is on a "Why" line and on hover.
        Node screeningForm = dialogScene(robot).getRoot();
        assertThat(screeningForm.lookupAll(".section-title")).extracting(n -> ((Label) n).getText())
                .contains("Absolute contraindications: any one blocks a course", "Pregnancy and breastfeeding")
                .noneMatch(text -> text.matches(".*\\b[A-Z]{2,4}-\\d+\\b.*"));
        assertThat(robot.lookup("#ci-AORTIC_ANEURYSM").queryAs(javafx.scene.control.CheckBox.class).getText()).isEqualTo("Aortic aneurysm");
        assertThat(robot.lookup("#ci-AORTIC_ANEURYSM").queryAs(javafx.scene.control.CheckBox.class).getTooltip().getText())
                .isEqualTo("Why: PAT-1");
        assertThat(robot.lookup("#screeningWhy-absolute").queryAs(Label.class).getText()).isEqualTo("Why: PAT-1");
        assertThat(robot.lookup("#screeningWhy-relative").queryAs(Label.class).getText()).isEqualTo("Why: PAT-2");
        assertThat(robot.lookup("#screeningWhy-pregnancy").queryAs(Label.class).getText()).isEqualTo("Why: PAT-4");
        robot.clickOn("#dialogOk");
        assertThat(robot.lookup("#screeningFindings").queryAs(Label.class).getText()).contains("PAT-1");
        assertThat(robot.lookup("#patientFlags").queryAs(javafx.scene.layout.FlowPane.class).getChildren())
                .anySatisfy(n -> assertThat(((Label) n).getText()).isEqualTo("Absolute contraindication"));

        robot.clickOn("Courses");
        robot.clickOn("#startCourse");
        chooseCourse(robot, Indication.TRD, Route.NASAL);
        robot.clickOn("#dialogOk");
        assertThat(robot.lookup("#dialogError").queryAs(Label.class).getText()).contains("cannot start", "PAT-1", "no override possible");
        Screenshots.save(dialogScene(robot), "25-course-refused");
        robot.clickOn("Cancel");
        assertThat(app.services.courses().ofPatient(prescriber, patientId).value()).isEmpty();

        robot.clickOn("Screening");
        robot.clickOn("#newScreening");
        robot.clickOn("#dialogOk");
        robot.clickOn("Courses");
        robot.clickOn("#startCourse");
        chooseCourse(robot, Indication.TRD, Route.NASAL);
        robot.clickOn("#dialogOk");
        // Issue 15, item 10: the date as every screen writes it, "30 Nov 2026".
        String today = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
                .format(LocalDate.ofInstant(app.clock.instant(), app.clock.getZone()));
        assertThat(robot.lookup("#nextSession").queryAs(Label.class).getText()).contains("Next session due " + today, "week 1");
        Screenshots.save(app.scene, "26-course-started");

        robot.clickOn("#nav-clinic_day");
        @SuppressWarnings("unchecked")
        TableView<DayRow> day = robot.lookup("#dayTable").queryAs(TableView.class);
        assertThat(day.getItems()).singleElement().satisfies(r -> assertThat(r.patient().displayName()).isEqualTo("Okafor, Grace"));
        robot.interact(() -> day.getSelectionModel().select(0));
        robot.clickOn("#bookSession");
        ComboBox<Integer> chair = robot.lookup("#bookChair").queryComboBox();
        robot.interact(() -> chair.setValue(3));
        robot.clickOn("#dialogOk");
        assertThat(day.getItems()).singleElement().satisfies(r -> assertThat(r.chair()).contains(3));
        Screenshots.save(app.scene, "27-day-list");
    }

    @Test
    @DisplayName("PHQ-9 entered item by item is scored by Vigil, and the course chart shows baseline, response and remission lines")
    void scalesAndChart(FxRobot robot) {
        long patientId = registerThroughService("RMC-00101", "Carter", "James", "1969-11-30", Sex.MALE);
        app.services.screenings().record(prescriber, patientId, org.vigil.domain.patient.Screening.clear(today())).value();
        CourseView course = app.services.courses()
                .start(prescriber, patientId, Indication.TRD, Route.NASAL, "", today()).value().course();
        int[][] weeks = {{3, 3, 2, 3, 2, 2, 2, 2, 1}, {2, 2, 2, 2, 1, 2, 1, 1, 0}, {1, 1, 1, 1, 1, 1, 0, 0, 0}};
        for (int[] answers : weeks) {
            app.services.followUp().recordScale(prescriber, course.id(), ScaleKind.PHQ9, today(),
                    java.util.Arrays.stream(answers).boxed().toList()).value();
            app.clock.advance(Duration.ofDays(14));
        }
        login(robot, "drchen", PRESCRIBER_PASSWORD);
        robot.clickOn("#nav-patients");
        robot.doubleClickOn("Carter, James");
        robot.clickOn("#record-PHQ9");
        for (int i = 1; i <= 9; i++) {
            ComboBox<Integer> item = robot.lookup("#item-" + i).queryComboBox();
            robot.interact(() -> item.setValue(0));
        }
        assertThat(robot.lookup("#scaleTotal").queryAs(Label.class).getText()).startsWith("Total so far: 0 of 27 (9 of 9");
        Screenshots.save(dialogScene(robot), "28-phq9-dialog");
        robot.clickOn("#dialogOk");
        robot.interact(() -> { });
        assertThat(robot.lookup("#chart-PHQ9").tryQuery()).isPresent();
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).anySatisfy(l -> assertThat(l.getText()).contains("remission"));
        Screenshots.save(app.scene, "29-course-chart");
    }

    private LocalDate today() {
        return LocalDate.ofInstant(app.clock.instant(), app.clock.getZone());
    }

    private long registerThroughService(String mrn, String family, String given, String born, Sex sex) {
        var patient = new org.vigil.domain.patient.Patient(mrn, new org.vigil.domain.patient.PersonName(family, given),
                LocalDate.parse(born), sex, null, null, "ID-" + mrn, Optional.empty(),
                org.vigil.domain.patient.Allergies.NONE_KNOWN, Optional.empty(),
                new org.vigil.domain.patient.Childbearing(ChildbearingPotential.NO, false, ""), "");
        var saved = (org.vigil.service.Registration.Saved) app.services.patients().register(prescriber, patient, false).value();
        return saved.patient().id();
    }

    private static void fillPatient(FxRobot robot, String mrn, String family, String given, String born, Sex sex, String id,
                                    String weight, boolean noAllergies) {
        robot.clickOn("#mrn").write(mrn);
        robot.clickOn("#familyName").write(family);
        robot.clickOn("#givenName").write(given);
        robot.clickOn("#dateOfBirth").write(born);
        ComboBox<Sex> sexBox = robot.lookup("#sex").queryComboBox();
        robot.interact(() -> sexBox.setValue(sex));
        robot.clickOn("#idNumber").write(id);
        robot.clickOn("#weight").write(weight);
        robot.clickOn("#weighedOn").write("2026-11-30");
        if (noAllergies) {
            robot.clickOn("#noAllergies");
        }
        ComboBox<ChildbearingPotential> childbearing = robot.lookup("#childbearing").queryComboBox();
        robot.interact(() -> childbearing.setValue(ChildbearingPotential.NO));
    }

    private static void chooseCourse(FxRobot robot, Indication indication, Route route) {
        ComboBox<Indication> i = robot.lookup("#courseIndication").queryComboBox();
        ComboBox<Route> r = robot.lookup("#courseRoute").queryComboBox();
        robot.interact(() -> {
            i.setValue(indication);
            r.setValue(route);
        });
    }

    private static List<String> errors(FxRobot robot) {
        return robot.lookup(".field-error").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static void login(FxRobot robot, String username, String password) {
        robot.clickOn("#username").write(username);
        robot.clickOn("#password").write(password);
        robot.clickOn("#login");
    }

    private static Scene dialogScene(FxRobot robot) {
        return robot.listTargetWindows().stream().filter(w -> w.getScene().getRoot() instanceof DialogPane)
                .map(Window::getScene).findFirst().orElseThrow();
    }
}
