package org.vigil.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.vigil.demo.DemoHistory.History;
import org.vigil.demo.DemoHistory.Scale;
import org.vigil.domain.Actor;
import org.vigil.domain.Route;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.Settings;
import org.vigil.domain.course.FrequencyChange;
import org.vigil.domain.course.MonitoringResult;
import org.vigil.domain.register.Product;
import org.vigil.domain.scale.ScaleKind;
import org.vigil.service.BackdatedEntries;
import org.vigil.service.DrugRegister;

/**
 * Writes the demo clinic's past: doses given, prescriber decisions, scales and monitoring on
 * the days they happened. The use cases only ever record "now", so these go through
 * {@link BackdatedEntries}, in one transaction, each with its audit event (SIG-4) by "demo".
 */
final class DemoRecords {

    /** Demo times of day for rows written on past days. */
    private static final LocalTime SESSION_AT = LocalTime.of(9, 0);
    private static final LocalTime SCALE_AT = LocalTime.of(9, 20);
    private static final LocalTime MONITORING_AT = LocalTime.of(11, 30);
    static final LocalTime DECIDED_AT = LocalTime.of(16, 45);

    /** A past session whose dose the register records. */
    private record PastDose(LocalDate day, long sessionId, Started started) {}

    /** The demo's past doses and the lots they came from (the morning's own lot is received today). */
    private static final BigDecimal NASAL_DOSE_MG = BigDecimal.valueOf(56);
    private static final BigDecimal IV_DOSE_MG = BigDecimal.valueOf(35);
    static final String PAST_NASAL_LOT = "DEMO-2605H";
    static final String PAST_IV_LOT = "DEMO-IV-0307";
    private static final int PAST_LOT_MONTHS_LEFT = 5;
    private static final int RECEIVED_DAYS_BEFORE = 3;
    private static final LocalTime RECEIVED_AT = LocalTime.of(8, 15);
    private static final long SPARE_UNITS = 12;
    private static final String SUPPLIER = "Riverside Hospital Pharmacy, 12 River Road";
    private static final int TODAY_LOT_MONTHS_LEFT = 18;
    private static final int TODAY_NASAL_UNITS = 120;
    private static final int TODAY_IV_UNITS = 40;
    /** Before the earliest of this morning's stories begins. */
    private static final Duration DELIVERED_BEFORE_NOW = Duration.ofHours(4);

    /** A course the prescriber started, its past, and who looked after it. */
    record Started(long patientId, long courseId, History history, Actor nurse, Actor prescriber) {}

    private final BackdatedEntries entries;
    private final Clock clock;

    DemoRecords(BackdatedEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** A moment on a clinic day, in the clinic's time zone. */
    Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(clock.getZone()).toInstant();
    }

    /**
     * The past of every course started, its sessions spread over the clinic's chairs, and the
     * controlled-drug register of those weeks: the stock received before the first dose, then each
     * dose's devices or vials in the order given (CD-2, CD-3, CD-5).
     */
    void write(List<Started> started, Settings settings, List<Product> products, Actor receiver, Actor witness) {
        int chairs = settings.integer(SettingKeys.CLINIC_CHAIRS);
        entries.write(batch -> {
            List<PastDose> given = new ArrayList<>();
            for (int n = 0; n < started.size(); n++) {
                Started s = started.get(n);
                given.addAll(doses(batch, s, chairs, n));
            }
            if (!given.isEmpty()) {
                receive(batch, given, products, receiver, witness);
            }
            receiveToday(batch, products, receiver, witness);
            for (PastDose d : given) {
                Route route = d.started().history().course().regimen().route();
                batch.pastDose(d.sessionId(), d.started().patientId(), route, route == Route.NASAL ? NASAL_DOSE_MG : IV_DOSE_MG,
                        route == Route.NASAL ? PAST_NASAL_LOT : PAST_IV_LOT, at(d.day(), SESSION_AT), d.started().nurse(),
                        d.started().prescriber(), d.started().prescriber(), DemoMorning.DEMO_WASTE_METHOD);
            }
            for (int n = 0; n < started.size(); n++) {
                Started s = started.get(n);
                decisions(batch, s);
                for (Scale scale : s.history().scales()) {
                    // PHQ-9 is the patient's own questionnaire, entered by the nurse; MADRS is rated by the prescriber.
                    Actor by = scale.kind() == ScaleKind.MADRS ? s.prescriber() : s.nurse();
                    batch.scale(s.patientId(), s.courseId(), scale.kind(), scale.takenOn(), scale.answers(), by,
                            at(scale.takenOn(), SCALE_AT));
                }
                for (MonitoringResult result : s.history().monitoring()) {
                    batch.monitoring(s.patientId(), s.courseId(), result, s.nurse(), at(result.doneOn(), MONITORING_AT));
                }
            }
        });
    }

    // A dose given counts for the schedule once its session is discharged (SCH-6).
    private List<PastDose> doses(BackdatedEntries.Batch batch, Started s, int chairs, int n) {
        List<LocalDate> doses = s.history().doses();
        List<PastDose> given = new ArrayList<>();
        for (int i = 0; i < doses.size(); i++) {
            LocalDate day = doses.get(i);
            given.add(new PastDose(day, batch.dischargedSession(s.patientId(), s.courseId(), day, 1 + Math.floorMod(n + i, chairs), s.nurse(),
                    at(day, SESSION_AT)), s));
        }
        return given;
    }

    /** CD-2: the lots the past doses came from, received and witnessed a few days before the first, with some to spare. */
    private void receive(BackdatedEntries.Batch batch, List<PastDose> given, List<Product> products, Actor receiver, Actor witness) {
        LocalDate day = given.stream().map(PastDose::day).min(LocalDate::compareTo).orElseThrow().minusDays(RECEIVED_DAYS_BEFORE);
        LocalDate today = LocalDate.now(clock);
        for (Product product : products) {
            long needed = given.stream().filter(d -> d.started().history().course().regimen().route() == product.route())
                    .mapToLong(d -> unitsOf(product)).sum();
            if (needed == 0) {
                continue;
            }
            String lot = product.route() == Route.NASAL ? PAST_NASAL_LOT : PAST_IV_LOT;
            int quantity = (int) ((needed + SPARE_UNITS + 9) / 10 * 10);
            batch.receipt(new DrugRegister.Receipt(product.id(), lot, today.plusMonths(PAST_LOT_MONTHS_LEFT), quantity,
                    SUPPLIER, "DEMO-INV-" + lot), receiver, witness, at(day, RECEIVED_AT));
        }
    }

    /** CD-2: this morning's delivery, before the first patient arrived: the lots today's chairs are given from. */
    private void receiveToday(BackdatedEntries.Batch batch, List<Product> products, Actor receiver, Actor witness) {
        LocalDate today = LocalDate.now(clock);
        for (Product product : products) {
            String lot = product.route() == Route.NASAL ? DemoMorning.DEMO_LOT : DemoMorning.DEMO_IV_LOT;
            batch.receipt(new DrugRegister.Receipt(product.id(), lot, today.plusMonths(TODAY_LOT_MONTHS_LEFT),
                    product.route() == Route.NASAL ? TODAY_NASAL_UNITS : TODAY_IV_UNITS, SUPPLIER, "DEMO-INV-" + lot), receiver, witness,
                    clock.instant().minus(DELIVERED_BEFORE_NOW));
        }
    }

    private static long unitsOf(Product product) {
        BigDecimal dose = product.route() == Route.NASAL ? NASAL_DOSE_MG : IV_DOSE_MG;
        return dose.divide(product.mgPerUnit(), 0, RoundingMode.CEILING).longValueExact();
    }

    private static void decisions(BackdatedEntries.Batch batch, Started s) {
        long id = s.courseId();
        s.history().course().review().ifPresent(r -> batch.review(id, r));
        for (FrequencyChange f : s.history().course().frequencyChanges()) {
            batch.frequencyChange(id, f);
        }
        s.history().end().ifPresent(e -> batch.end(id, e));
    }
}
