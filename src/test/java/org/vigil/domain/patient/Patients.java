package org.vigil.domain.patient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Patients as a clinic would register them, for tests. "Today" is Monday 2 March 2026. */
public final class Patients {

    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    public static final RiskProgrammeEnrolment REMS = new RiskProgrammeEnrolment("REMS-778812", LocalDate.of(2026, 2, 20));
    /** A valid resident identity card number for someone born 14 May 1990. */
    public static final String CN_ID_1990_05_14 = "440304199005141238";

    private Patients() {}

    /** Wang Li, 35, could become pregnant, uses an IUD, no known allergies, 62 kg. */
    public static Patient adultWoman() {
        return new Patient("MRN-1001", new PersonName("Wang", "Li"), LocalDate.of(1990, 5, 14), Sex.FEMALE,
                new Contact("+86 138 0013 8000", "wang.li@example.cn", "Futian, Shenzhen"),
                new EmergencyContact("Wang Jun", "husband", "+86 139 0013 9000"),
                CN_ID_1990_05_14, Optional.of(new Weight(new BigDecimal("62"), TODAY)), Allergies.NONE_KNOWN,
                Optional.empty(), new Childbearing(ChildbearingPotential.YES, true, "IUD"), "");
    }

    /** John Smith, 47, no childbearing potential questions, penicillin allergy, 84 kg. */
    public static Patient adultMan() {
        return new Patient("MRN-1002", new PersonName("Smith", "John"), LocalDate.of(1978, 11, 2), Sex.MALE, Contact.NONE,
                EmergencyContact.NONE, "P1234567", Optional.of(new Weight(new BigDecimal("84"), TODAY)),
                Allergies.of(new Allergy("penicillin", "rash")), Optional.empty(), Childbearing.NOT_APPLICABLE, "");
    }

    public static Patient bornOn(Patient p, LocalDate dateOfBirth) {
        return new Patient(p.mrn(), p.name(), dateOfBirth, p.sex(), p.contact(), p.emergencyContact(), "",
                p.weight(), p.allergies(), p.riskProgramme(), p.childbearing(), p.notes());
    }

    public static PrescriberDecision drChen(String reason) {
        return new PrescriberDecision(7, "Dr Chen", Instant.parse("2026-03-02T09:00:00Z"), reason);
    }
}
