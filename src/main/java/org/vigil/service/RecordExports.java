package org.vigil.service;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vigil.domain.Actor;
import org.vigil.domain.AuditEvent;
import org.vigil.domain.ChainCheckpoint;
import org.vigil.domain.Clinic;
import org.vigil.domain.Outcome;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.export.ExportColumn;
import org.vigil.domain.export.ExportKind;
import org.vigil.domain.export.ExportRequest;
import org.vigil.domain.export.ExportRow;
import org.vigil.domain.export.ExportSink;
import org.vigil.domain.export.ExportSummary;
import org.vigil.domain.register.EntrySignature;
import org.vigil.domain.register.Product;
import org.vigil.domain.register.RegisterEntry;
import org.vigil.store.AuditTrail;
import org.vigil.store.ClinicStore;
import org.vigil.store.PeriodRecords;
import org.vigil.store.RegisterStore;
import org.vigil.store.SessionEventStore.StoredEvent;
import org.vigil.store.Transaction;

/**
 * EXP-1: sessions, readings, register entries or audit events of a period, row by row into a
 * sink (a CSV file). Like the printed register (CD-7) it is a read-only projection: the records
 * and the audit chain's head are read in one read transaction (SIG-4), a page at a time, and the
 * export then writes one audit event, RECORDS_EXPORTED, naming the kind, the period, whether it
 * was de-identified, the rows written and that head. A refused export is audited too.
 */
public final class RecordExports {

    private static final String EXPORTED = "RECORDS_EXPORTED";
    private static final String REFUSED = "EXPORT_REFUSED";
    /** Sessions per page: their events (a few dozen each) are all that is held at once. */
    private static final int SESSION_PAGE = 200;
    private static final int ROW_PAGE = 2000;

    private final ClinicalContext ctx;
    private final ClinicStore clinics;
    private final AuditTrail trail;
    private final PeriodRecords records;
    private final RegisterStore register;
    private final SecureRandom random;

    RecordExports(ClinicalContext ctx, ClinicStore clinics, AuditTrail trail, PeriodRecords records, RegisterStore register,
                  SecureRandom random) {
        this.ctx = ctx;
        this.clinics = clinics;
        this.trail = trail;
        this.records = records;
        this.register = register;
        this.random = random;
    }

    /** For the manager's export dialog: EXPORT_RECORDS (ROLE-2), refusals audited. */
    public Outcome<ExportSummary> export(Actor actor, ExportRequest request, ExportSink sink) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.EXPORT_RECORDS, "records.export");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return export(request, sink, actor.fullName(),
                (tx, action, value, reason) -> ctx.audit.record(tx, actor, action, "export", request.kind(), null, value, reason));
    }

    /**
     * For `vigil export`: as for `vigil register print`, whoever can read the data folder can
     * already read the database file, so the command needs no login; the operator is who the
     * machine says runs it, and the audit event names them.
     */
    public Outcome<ExportSummary> export(String operator, ExportRequest request, ExportSink sink) {
        return export(request, sink, operator,
                (tx, action, value, reason) -> ctx.audit.recordAnonymous(tx, null, operator, action, "export", request.kind(), null, value,
                        reason));
    }

    private interface Audit {
        void record(Transaction tx, String action, String value, String reason);
    }

    private Outcome<ExportSummary> export(ExportRequest request, ExportSink sink, String exportedBy, Audit audit) {
        Optional<Refusal> wrong = wrong(request);
        if (wrong.isPresent()) {
            ctx.database.write(tx -> {
                audit.record(tx, REFUSED, describe(request), wrong.get().ruleId() + ": " + wrong.get().messageKey());
                return null;
            });
            return Outcome.refused(wrong.get());
        }
        Outcome<ExportSummary> outcome = ctx.database.read(tx -> {
            Optional<Clinic> clinic = clinics.find(tx);
            if (clinic.isEmpty()) {
                return Outcome.refused(Refusal.of("SETUP-1", "export.notSetUp"));
            }
            Instant now = ctx.clock.instant();
            ChainCheckpoint head = trail.head(tx, now, "export");
            ExportSubjects subjects = new ExportSubjects(tx, request.deidentified(), ctx.clock.getZone(), ctx.users, ctx.patients, random);
            List<ExportColumn> columns = request.kind().columns(request.deidentified());
            sink.header(columns);
            long rows = switch (request.kind()) {
                case SESSIONS, READINGS -> sessions(tx, request, subjects, new ExportRow(columns), sink);
                case REGISTER -> register(tx, request, subjects, new ExportRow(columns), sink);
                case AUDIT -> audit(tx, request, subjects, head, new ExportRow(columns), sink);
            };
            if (rows < 0) {
                return Outcome.<ExportSummary>refused(Refusal.of("EXP-1", "export.cancelled"));
            }
            sink.complete();
            return Outcome.done(new ExportSummary(request, rows, exportedBy, now, head));
        });
        if (outcome instanceof Outcome.Done<ExportSummary> done) {
            ctx.database.write(tx -> {
                audit.record(tx, EXPORTED, describe(done.value()), null);
                return null;
            });
        }
        return outcome;
    }

    private static Optional<Refusal> wrong(ExportRequest request) {
        if (request.kind() == null) {
            return Optional.of(Refusal.of("EXP-1", "export.kind.missing"));
        }
        if (request.from() == null || request.until() == null) {
            return Optional.of(Refusal.of("EXP-1", "export.period.missing"));
        }
        if (request.from().isAfter(request.until())) {
            return Optional.of(Refusal.of("EXP-1", "export.period.reversed", request.from(), request.until()));
        }
        return Optional.empty();
    }

    /** Rows written, or -1 when the user cancelled. */
    private long sessions(Transaction tx, ExportRequest request, ExportSubjects subjects, ExportRow row, ExportSink sink) {
        List<PeriodRecords.Slot> slots = records.sessions(tx, request.from(), request.until());
        SessionRows sessions = new SessionRows(subjects);
        long[] rows = {0};
        for (int first = 0; first < slots.size(); first += SESSION_PAGE) {
            List<PeriodRecords.Slot> page = slots.subList(first, Math.min(slots.size(), first + SESSION_PAGE));
            subjects.meet(tx, page.stream().map(PeriodRecords.Slot::patientId).toList());
            Map<Long, List<StoredEvent>> events = records.events(tx, page.stream().map(PeriodRecords.Slot::id).toList());
            for (int i = 0; i < page.size(); i++) {
                if (sink.cancelled()) {
                    return -1;
                }
                PeriodRecords.Slot slot = page.get(i);
                List<StoredEvent> stored = events.getOrDefault(slot.id(), List.of());
                if (request.kind() == ExportKind.SESSIONS) {
                    row.clear();
                    sessions.summary(slot, stored, row);
                    sink.row(row.values());
                    rows[0]++;
                } else {
                    sessions.readings(slot, stored, row, r -> {
                        sink.row(r.values());
                        rows[0]++;
                    });
                }
                sink.progress(first + i + 1L, slots.size());
            }
        }
        return rows[0];
    }

    private long register(Transaction tx, ExportRequest request, ExportSubjects subjects, ExportRow row, ExportSink sink) {
        Instant start = startOf(request.from());
        Instant end = startOf(request.until().plusDays(1));
        long total = records.entryCount(tx, start, end);
        RegisterRows entries = new RegisterRows(subjects, register.products(tx).stream()
                .collect(Collectors.toMap(Product::id, Function.identity())));
        long rows = 0;
        long after = 0;
        while (true) {
            List<RegisterEntry> page = records.entries(tx, start, end, after, ROW_PAGE);
            if (page.isEmpty()) {
                return rows;
            }
            subjects.meet(tx, page.stream().flatMap(e -> e.content().patient().stream()).map(p -> p.patientId()).toList());
            Map<Long, List<EntrySignature>> signatures = register.signatures(tx, page.stream().map(RegisterEntry::id).toList());
            for (RegisterEntry entry : page) {
                if (sink.cancelled()) {
                    return -1;
                }
                row.clear();
                entries.entry(entry, signatures.getOrDefault(entry.id(), List.of()), row);
                sink.row(row.values());
                sink.progress(++rows, total);
            }
            after = page.getLast().id();
        }
    }

    private long audit(Transaction tx, ExportRequest request, ExportSubjects subjects, ChainCheckpoint head, ExportRow row, ExportSink sink) {
        Instant start = startOf(request.from());
        Instant end = startOf(request.until().plusDays(1));
        long total = records.auditCount(tx, start, end, head.seq());
        AuditRows events = new AuditRows(subjects);
        long rows = 0;
        long after = 0;
        while (true) {
            List<AuditEvent> page = records.auditEvents(tx, start, end, after, head.seq(), ROW_PAGE);
            if (page.isEmpty()) {
                return rows;
            }
            for (AuditEvent event : page) {
                if (sink.cancelled()) {
                    return -1;
                }
                row.clear();
                events.event(event, row);
                sink.row(row.values());
                sink.progress(++rows, total);
            }
            after = page.getLast().seq();
        }
    }

    /** The first instant of a day in the clinic's zone. */
    private Instant startOf(LocalDate day) {
        ZoneId zone = ctx.clock.getZone();
        return day.atStartOfDay(zone).toInstant();
    }

    private static String describe(ExportRequest r) {
        return "kind=" + r.kind() + "; period=" + r.from() + ".." + r.until() + "; deidentified=" + r.deidentified();
    }

    private static String describe(ExportSummary s) {
        return describe(s.request()) + "; rows=" + s.rows() + "; auditHead=" + s.chainHead().seq() + ":" + s.chainHead().hash();
    }
}
