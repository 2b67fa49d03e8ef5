package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.service.SessionFloor.PRESCRIBER_PASSWORD;
import static org.vigil.service.SessionFloor.TODAY;
import static org.vigil.service.SessionFloor.refusedWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.Outcome;
import org.vigil.domain.Role;
import org.vigil.domain.Route;
import org.vigil.domain.export.ExportColumn;
import org.vigil.domain.export.ExportKind;
import org.vigil.domain.export.ExportRequest;
import org.vigil.domain.export.ExportSummary;
import org.vigil.report.CsvFile;
import org.vigil.text.Messages;

/**
 * Exports (EXP-1) of a known morning: Grace Okafor's first TRD dose, 56 mg in two devices of lot
 * LOT-A1, watched to a signed discharge (baseline 128/82, 142/88 at 40 minutes, MOAA/S down to 4,
 * dissociation noted and gone), then 张伟 checked in with a baseline of 124/80; a device wasted
 * with a reason that holds a comma and quotes. Each CSV is read back with commons-csv.
 */
@DisplayName("Exports of sessions, readings, register entries and audit events")
class RecordExportsTest {

    private static final Messages EN = Messages.of(Locale.ENGLISH);
    private static final String NURSE2_PASSWORD = "the second nurse counts twice";
    private static final String QUOTED_REASON = "Dropped, \"cracked\" on the floor";

    @TempDir
    Path dir;
    private SessionFloor floor;
    private Actor manager;
    private Path out;
    private int files;

    @BeforeEach
    void aMorning() throws IOException {
        floor = SessionFloor.open(dir.resolve("clinic"));
        out = Files.createDirectories(dir.resolve("exports"));
        manager = floor.clinic.person("manager.zhou", "the manager signs the monthly book", Role.MANAGER);
        Actor nurse2 = floor.clinic.person("nurse.wang", NURSE2_PASSWORD, Role.NURSE);
        graceToDischarge();
        long chinese = floor.booked(PatientForm.zhangWei(), Route.NASAL);
        floor.ready(chinese, 124, 80);
        long nasal = floor.clinic.services().register().products(floor.nurse).value().stream().filter(p -> p.route() == Route.NASAL)
                .findFirst().orElseThrow().id();
        floor.clinic.services().register().wasteStock(floor.nurse, nasal, "LOT-P1", 1, "Denatured in a waste kit", QUOTED_REASON,
                nurse2, NURSE2_PASSWORD).value();
    }

    @AfterEach
    void close() {
        floor.close();
    }

    private void graceToDischarge() {
        SessionEngine engine = floor.engine();
        long session = floor.booked(PatientForm.grace(), Route.NASAL);
        floor.ready(session, 128, 82);
        engine.authoriseDose(floor.prescriber, session, 56, Route.NASAL, 0, PRESCRIBER_PASSWORD, floor.request()).value();
        engine.giveDevice(floor.nurse, session, "LOT-A1", true, "", floor.request()).value();
        floor.minutes(5);
        engine.giveDevice(floor.nurse, session, "LOT-A1", true, "", floor.request()).value();
        floor.minutes(10);
        engine.scoreSedation(floor.nurse, session, 4, floor.now(), floor.request()).value();
        engine.noteDissociation(floor.nurse, session, true, floor.request()).value();
        floor.minutes(15);
        engine.scoreSedation(floor.nurse, session, 5, floor.now(), floor.request()).value();
        engine.noteDissociation(floor.nurse, session, false, floor.request()).value();
        floor.minutes(10);
        engine.recordVitals(floor.nurse, session, 142, 88, 80, 97, floor.now(), floor.request()).value();
        floor.minutes(30);
        engine.scoreSedation(floor.nurse, session, 5, floor.now(), floor.request()).value();
        floor.minutes(30);
        engine.scoreSedation(floor.nurse, session, 5, floor.now(), floor.request()).value();
        floor.minutes(25);
        engine.recordVitals(floor.nurse, session, 130, 80, 74, 98, floor.now(), floor.request()).value();
        engine.scoreSedation(floor.nurse, session, 5, floor.now(), floor.request()).value();
        engine.transportArrived(floor.nurse, session, floor.request()).value();
        floor.minutes(2);
        engine.signReadyToLeave(floor.prescriber, session, PRESCRIBER_PASSWORD, floor.request()).value();
        floor.minutes(3);
        engine.discharge(floor.nurse, session, floor.request()).value();
    }

    private RecordExports exports() {
        return floor.clinic.services().exports();
    }

    /** Exports today's records of the kind to a new file, as the dialog and the command do. */
    private Path export(ExportKind kind, boolean deidentified, Messages words) throws IOException {
        Path file = out.resolve(kind.name().toLowerCase(Locale.ROOT) + (deidentified ? "-deidentified-" : "-") + (++files) + ".csv");
        try (CsvFile csv = CsvFile.beside(file, words::get)) {
            exports().export(manager, new ExportRequest(kind, TODAY, TODAY, deidentified), csv).value();
            csv.publish();
        }
        return file;
    }

    private static List<CSVRecord> rows(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    private static String header(ExportColumn column) {
        return EN.get(column.messageKey());
    }

    private static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("EXP-1 SIG-4 the identified sessions export names the patient and gives the dose, lot, BPs, MOAA/S and times, in UTF-8 with a BOM and CRLF; one RECORDS_EXPORTED event names the chain head")
    void identifiedSessions() throws IOException {
        Path file = export(ExportKind.SESSIONS, false, EN);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String raw = text(file);
        assertThat(raw.split("\r\n", -1)).as("a header, two sessions, and the CRLF that ends the last").hasSize(4);
        assertThat(raw.replace("\r\n", "")).doesNotContain("\n");
        List<CSVRecord> rows = rows(file);
        assertThat(rows).hasSize(2);
        CSVRecord grace = rows.getFirst();
        assertThat(grace.get(header(ExportColumn.FAMILY_NAME))).isEqualTo("Okafor");
        assertThat(grace.get(header(ExportColumn.GIVEN_NAME))).isEqualTo("Grace");
        assertThat(grace.get(header(ExportColumn.MRN))).isEqualTo("MRN-0001");
        assertThat(grace.get(header(ExportColumn.ID_NUMBER))).isEqualTo("P1234567");
        assertThat(grace.get(header(ExportColumn.DATE_OF_BIRTH))).isEqualTo("1980-06-15");
        assertThat(grace.get(header(ExportColumn.AGE))).isEqualTo("44");
        assertThat(grace.get(header(ExportColumn.STATE))).isEqualTo("DISCHARGED");
        assertThat(grace.get(header(ExportColumn.ROUTE))).isEqualTo("NASAL");
        assertThat(grace.get(header(ExportColumn.DOSE_MG))).isEqualTo("56");
        assertThat(grace.get(header(ExportColumn.DEVICES_GIVEN))).isEqualTo("2");
        assertThat(grace.get(header(ExportColumn.LOTS))).isEqualTo("LOT-A1");
        assertThat(grace.get(header(ExportColumn.DOSE_START_AT))).isEqualTo("2025-03-03 08:00:00");
        assertThat(grace.get(header(ExportColumn.DISCHARGED_AT))).isEqualTo("2025-03-03 10:10:00");
        assertThat(grace.get(header(ExportColumn.MONITORED_MINUTES))).as("DIS-2 first device to discharge").isEqualTo("130");
        assertThat(grace.get(header(ExportColumn.READY_TO_LEAVE_AT))).as("DIS-2 the first moment every clinical criterion was met, as stored with the discharge").isEqualTo("2025-03-03 08:40:00");
        assertThat(grace.get(header(ExportColumn.READY_TO_LEAVE_MINUTES))).isEqualTo("40");
        assertThat(grace.get(header(ExportColumn.BASELINE_BP))).isEqualTo("128/82");
        assertThat(grace.get(header(ExportColumn.HIGHEST_BP))).isEqualTo("142/88");
        assertThat(grace.get(header(ExportColumn.LOWEST_MOAAS))).isEqualTo("4");
        assertThat(grace.get(header(ExportColumn.DISSOCIATION))).isEqualTo("TRUE");
        assertThat(grace.get(header(ExportColumn.AUTHORISED_BY))).isEqualTo("Person drchen");
        assertThat(grace.get(header(ExportColumn.READY_SIGNED_BY))).isEqualTo("Person drchen");
        CSVRecord zhang = rows.get(1);
        assertThat(zhang.get(header(ExportColumn.FAMILY_NAME)) + zhang.get(header(ExportColumn.GIVEN_NAME))).as("Chinese round-trips")
                .isEqualTo("张伟");
        assertThat(zhang.get(header(ExportColumn.BASELINE_BP))).isEqualTo("124/80");
        assertThat(zhang.get(header(ExportColumn.DOSE_MG))).isEmpty();

        AuditEvent exported = floor.clinic.lastEvent();
        AuditEvent before = floor.clinic.auditTrail().get(floor.clinic.auditTrail().size() - 2);
        assertThat(exported.action()).isEqualTo("RECORDS_EXPORTED");
        assertThat(exported.username()).isEqualTo("manager.zhou");
        assertThat(exported.newValue()).isEqualTo("kind=SESSIONS; period=2025-03-03..2025-03-03; deidentified=false; rows=2; auditHead="
                + before.seq() + ":" + before.hash());
    }

    @Test
    @DisplayName("EXP-1 de-identified: no name, ID number, MRN, date of birth, staff name or typed reason; an age group and a patient key that links rows in one export only")
    void deidentified() throws IOException {
        Path sessions = export(ExportKind.SESSIONS, true, EN);
        Path readings = export(ExportKind.READINGS, true, EN);
        Path register = export(ExportKind.REGISTER, true, EN);
        Path audit = export(ExportKind.AUDIT, true, EN);

        for (Path file : List.of(sessions, readings, register, audit)) {
            assertThat(text(file)).as(file.getFileName().toString()).doesNotContain("Okafor", "Grace", "P1234567", "MRN-0001",
                    "1980-06-15", "张", "伟", "E12345678", "1985-09-09", "Person drchen", "drchen", "nurse.li", "cracked");
        }
        List<CSVRecord> sessionRows = rows(sessions);
        assertThat(sessionRows).extracting(r -> r.get(header(ExportColumn.AGE_GROUP))).containsExactly("35\u201344", "35\u201344");
        assertThat(rows(sessions).getFirst().toMap()).doesNotContainKeys(header(ExportColumn.FAMILY_NAME), header(ExportColumn.DATE_OF_BIRTH),
                header(ExportColumn.NOTES), header(ExportColumn.AGE));
        assertThat(sessionRows.getFirst().get(header(ExportColumn.AUTHORISED_BY))).matches("U-[0-9a-f]{12}");
        assertThat(sessionRows.getFirst().get(header(ExportColumn.BASELINE_BP))).isEqualTo("128/82");

        List<CSVRecord> readingRows = rows(readings);
        String grace = sessionRows.getFirst().get(header(ExportColumn.PATIENT_KEY));
        List<String> readingKeys = readingRows.stream().map(r -> r.get(header(ExportColumn.PATIENT_KEY))).distinct().toList();
        assertThat(readingKeys).as("two patients, each with one key in the file").hasSize(2).allMatch(k -> k.matches("P-[0-9a-f]{12}"));
        assertThat(readingKeys).as("a key holds for one export only").doesNotContain(grace);
        Path again = export(ExportKind.SESSIONS, true, EN);
        assertThat(rows(again).getFirst().get(header(ExportColumn.PATIENT_KEY))).isNotEqualTo(grace);

        List<CSVRecord> register1 = rows(register);
        assertThat(register1).extracting(r -> r.get(header(ExportColumn.ENTRY_KIND))).contains("ADMINISTRATION", "WASTE");
        assertThat(register1.getFirst().toMap()).doesNotContainKeys(header(ExportColumn.REASON), header(ExportColumn.PATIENT_NAME),
                header(ExportColumn.REFERENCE));
        assertThat(rows(audit).getFirst().toMap()).doesNotContainKeys(header(ExportColumn.NEW_VALUE), header(ExportColumn.HASH),
                header(ExportColumn.EVENT));
        assertThat(floor.clinic.lastEvent().newValue()).contains("kind=SESSIONS", "deidentified=true", "rows=2");
    }

    @Test
    @DisplayName("EXP-1 BP-9 readings: every vital-sign set, MOAA/S score and dissociation note with when it was observed, when recorded, minutes after the dose and who recorded it")
    void readings() throws IOException {
        List<CSVRecord> rows = rows(export(ExportKind.READINGS, false, EN));

        List<String> grace = rows.stream().filter(r -> r.get(header(ExportColumn.FAMILY_NAME)).equals("Okafor"))
                .map(r -> String.join(" ", r.get(header(ExportColumn.READING)), r.get(header(ExportColumn.MINUTES_AFTER_DOSE)),
                        r.get(header(ExportColumn.SBP)), r.get(header(ExportColumn.DBP)), r.get(header(ExportColumn.HEART_RATE)),
                        r.get(header(ExportColumn.SPO2)), r.get(header(ExportColumn.MOAAS)), r.get(header(ExportColumn.DISSOCIATION))).strip())
                .toList();
        assertThat(grace).containsExactly("BASELINE 0 128 82 76 98", "MOAAS 15     4", "DISSOCIATION 15      TRUE", "MOAAS 30     5",
                "DISSOCIATION 30      FALSE", "VITALS 40 142 88 80 97", "MOAAS 70     5", "MOAAS 100     5", "VITALS 125 130 80 74 98",
                "MOAAS 125     5");
        CSVRecord fortyMinutes = rows.stream().filter(r -> r.get(header(ExportColumn.SBP)).equals("142")).findFirst().orElseThrow();
        assertThat(fortyMinutes.get(header(ExportColumn.OBSERVED_AT))).isEqualTo("2025-03-03 08:40:00");
        assertThat(fortyMinutes.get(header(ExportColumn.RECORDED_AT))).isEqualTo("2025-03-03 08:40:00");
        assertThat(fortyMinutes.get(header(ExportColumn.RECORDED_BY))).isEqualTo("Person nurse.li");
        assertThat(rows.stream().filter(r -> r.get(header(ExportColumn.GIVEN_NAME)).equals("伟")).map(r -> r.get(header(ExportColumn.SBP))))
                .containsExactly("124");
    }

    @Test
    @DisplayName("EXP-1 CD-7 register entries written today, with the supplier, the signatures and a reason with a comma and quotes quoted as RFC 4180 says")
    void register() throws IOException {
        Path file = export(ExportKind.REGISTER, false, EN);

        assertThat(text(file)).contains(",\"Dropped, \"\"cracked\"\" on the floor\",");
        List<CSVRecord> rows = rows(file);
        CSVRecord waste = rows.stream().filter(r -> r.get(header(ExportColumn.ENTRY_KIND)).equals("WASTE")).findFirst().orElseThrow();
        assertThat(waste.get(header(ExportColumn.REASON))).isEqualTo(QUOTED_REASON);
        assertThat(waste.get(header(ExportColumn.UNITS))).isEqualTo("-1");
        assertThat(waste.get(header(ExportColumn.WITNESS))).isEqualTo("Person nurse.wang");
        CSVRecord given = rows.stream().filter(r -> r.get(header(ExportColumn.ENTRY_KIND)).equals("ADMINISTRATION")).findFirst().orElseThrow();
        assertThat(given.get(header(ExportColumn.PATIENT_NAME))).isEqualTo("Okafor, Grace");
        assertThat(given.get(header(ExportColumn.ID_NUMBER))).isEqualTo("P1234567");
        assertThat(given.get(header(ExportColumn.LOT))).isEqualTo("LOT-A1");
        assertThat(given.get(header(ExportColumn.SIGNATURES))).contains("Person nurse.li");
    }

    @Test
    @DisplayName("EXP-1 SIG-4 the audit export ends at the chain head it names, with headers in Chinese when asked")
    void auditInChinese() throws IOException {
        Messages zh = Messages.of(Messages.CHINESE);
        // The events of the day exported: the database's creation event belongs to the day the fixture's template was made.
        List<AuditEvent> trail = floor.clinic.auditTrail().stream().filter(e -> !e.action().equals("DATABASE_CREATED")).toList();
        Path file = export(ExportKind.AUDIT, false, zh);

        String raw = text(file);
        assertThat(raw).startsWith("\uFEFF事件编号,时间,用户,操作,记录类型,记录,修改前,修改后,原因,哈希值（SHA-256）\r\n");
        List<CSVRecord> rows = rows(file);
        assertThat(rows).hasSize(trail.size());
        assertThat(rows.getLast().get("哈希值（SHA-256）")).isEqualTo(trail.getLast().hash());
        assertThat(rows).extracting(r -> r.get("操作")).contains("SESSION_BOOKED", "SESSION_VITALS_RECORDED", "REGISTER_WASTE").doesNotContain("RECORDS_EXPORTED");
    }

    @Test
    @DisplayName("ROLE-2 EXP-1 a nurse may not export, a reversed period is refused; both refusals are audited and nothing is written")
    void refusals() throws IOException {
        Path file = out.resolve("refused.csv");
        try (CsvFile csv = CsvFile.beside(file, EN::get)) {
            refusedWith(exports().export(floor.nurse, new ExportRequest(ExportKind.SESSIONS, TODAY, TODAY, false), csv), "ROLE-2",
                    "refused.role");
            assertThat(floor.clinic.lastEvent().action()).isEqualTo("REFUSED");
            assertThat(floor.clinic.lastEvent().newValue()).isEqualTo("records.export");

            refusedWith(exports().export(manager, new ExportRequest(ExportKind.READINGS, TODAY, TODAY.minusDays(1), true), csv), "EXP-1",
                    "export.period.reversed");
            AuditEvent refused = floor.clinic.lastEvent();
            assertThat(refused.action()).isEqualTo("EXPORT_REFUSED");
            assertThat(refused.username()).isEqualTo("manager.zhou");
            assertThat(refused.reason()).isEqualTo("EXP-1: export.period.reversed");
        }
        assertThat(file).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    @DisplayName("EXP-1 a cancelled export leaves no file, half or whole, and no RECORDS_EXPORTED event; an existing file is never replaced")
    void cancelledAndExisting() throws IOException {
        Path file = out.resolve("cancelled.csv");
        List<Long> progress = new ArrayList<>();
        Outcome<ExportSummary> outcome;
        try (CsvFile csv = CsvFile.beside(file, EN::get)) {
            csv.onProgress((done, total) -> progress.add(done)).cancelWhen(() -> progress.size() >= 1);
            outcome = exports().export(manager, new ExportRequest(ExportKind.SESSIONS, TODAY, TODAY, false), csv);
        }
        refusedWith(outcome, "EXP-1", "export.cancelled");
        assertThat(progress).containsExactly(1L);
        assertThat(file).doesNotExist();
        assertThat(leftovers()).isEmpty();
        assertThat(floor.clinic.actions()).doesNotContain("RECORDS_EXPORTED");

        Files.writeString(file, "kept");
        assertThatThrownBy(() -> CsvFile.beside(file, EN::get)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("kept");
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
