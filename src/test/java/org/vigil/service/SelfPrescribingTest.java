package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.domain.Route.NASAL;
import static org.vigil.service.SessionFloor.refusedWith;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.Role;

@DisplayName("PRE-2 a prescriber whose account is linked to a patient record by ID number cannot authorise or sign for that patient")
class SelfPrescribingTest {

    private static final String OTHER_PASSWORD = "another prescriber walks the floor";

    @TempDir
    Path dir;
    private SessionFloor floor;

    @BeforeEach
    void openFloor() {
        floor = SessionFloor.open(dir);
    }

    @AfterEach
    void close() {
        floor.close();
    }

    private void link(Actor prescriber, String idNumber) {
        floor.clinic.services().users().changeAccount(floor.clinic.admin(), prescriber.userId(), Set.of(Role.PRESCRIBER), true, idNumber,
                "Dr Chen is also treated here").value();
    }

    @Test
    @DisplayName("PRE-2 the link matches the patient's ID number whatever its spacing or case; another prescriber authorises instead")
    void authorisationRefusedForThemself() {
        long session = floor.booked(PatientForm.grace(), NASAL);
        floor.ready(session, 120, 80);
        link(floor.prescriber, " p 1234567 ");

        refusedWith(floor.engine().authoriseDose(floor.prescriber, session, 56, NASAL, 0, SessionFloor.PRESCRIBER_PASSWORD, floor.request()),
                "PRE-2", "dose.prescriber.self");
        assertThat(floor.clinic.services().users().list(floor.clinic.admin()).value()).filteredOn(u -> u.id() == floor.prescriber.userId())
                .singleElement().satisfies(u -> assertThat(u.idNumber()).isEqualTo("P1234567"));
        assertThat(floor.clinic.auditTrail()).filteredOn(e -> e.action().equals("USER_ID_NUMBER_LINKED")).singleElement()
                .satisfies(e -> assertThat(e.newValue()).as("the number stays out of the audit trail").isEqualTo("linked"));

        Actor other = floor.clinic.person("dr.wu", OTHER_PASSWORD, Role.PRESCRIBER);
        assertThat(floor.engine().authoriseDose(other, session, 56, NASAL, 0, OTHER_PASSWORD, floor.request()).isDone()).isTrue();
    }

    @Test
    @DisplayName("PRE-2 an account linked after the dose cannot sign that patient's register entries")
    void signatureRefusedForThemself() {
        long session = floor.booked(PatientForm.grace(), NASAL);
        floor.ready(session, 120, 80);
        floor.engine().authoriseDose(floor.prescriber, session, 56, NASAL, 0, SessionFloor.PRESCRIBER_PASSWORD, floor.request()).value();
        floor.engine().giveDevice(floor.nurse, session, "LOT-A1", true, "", floor.request()).value();
        List<Long> awaiting = floor.clinic.services().register().awaitingSignature(floor.prescriber).value().stream()
                .map(l -> l.entry().id()).toList();
        assertThat(awaiting).hasSize(1);
        link(floor.prescriber, "P1234567");

        refusedWith(floor.clinic.services().register().sign(floor.prescriber, SessionFloor.PRESCRIBER_PASSWORD, awaiting), "PRE-2",
                "register.sign.self");
        assertThat(floor.clinic.services().register().awaitingSignature(floor.prescriber).value()).hasSize(1);
    }
}
