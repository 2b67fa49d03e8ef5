package org.vigil.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.domain.Actor;
import org.vigil.domain.Clinic;
import org.vigil.domain.Outcome;
import org.vigil.domain.PaperSize;
import org.vigil.domain.Permission;
import org.vigil.domain.Refusal;
import org.vigil.domain.SettingKeys;
import org.vigil.domain.register.EntrySignature;
import org.vigil.domain.register.RegisterLayout;
import org.vigil.domain.register.RegisterPrintout;
import org.vigil.store.AuditTrail;
import org.vigil.store.ClinicStore;

/**
 * CD-7: the statutory register for a period, read for printing. The books are DrugRegister's own
 * (CD-4, SIG-3), cut to the period; the clinic, the layout setting and the audit chain's head
 * (SIG-4) are read in the same read-only transaction, so the paper names exactly the state it
 * shows. The print itself is then audited, naming that head, so the chain records who printed what.
 */
public final class RegisterPrinting {

    private static final String AUDIT_ACTION = "REGISTER_PRINTED";

    private final ClinicalContext ctx;
    private final DrugRegister register;
    private final ClinicStore clinics;
    private final AuditTrail trail;

    RegisterPrinting(ClinicalContext ctx, DrugRegister register, ClinicStore clinics, AuditTrail trail) {
        this.ctx = ctx;
        this.register = register;
        this.clinics = clinics;
        this.trail = trail;
    }

    /** For the window: a user who may read the register (ROLE-2, a refusal audited). */
    public Outcome<RegisterPrintout> printout(Actor actor, LocalDate from, LocalDate until) {
        Refusal refused = ctx.audit.refuseUnless(actor, Permission.READ_REGISTER, "register.print");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        return ctx.printed(read(actor.fullName(), from, until), actor, null, AUDIT_ACTION, "register", p -> null,
                RegisterPrinting::describe, null);
    }

    /**
     * For `vigil register print`: as for `vigil verify` and `vigil backup`, whoever can read the
     * data folder can already read the database file, so the command needs no login; the
     * operator is who the machine says runs it.
     */
    public Outcome<RegisterPrintout> printout(String operator, LocalDate from, LocalDate until) {
        return ctx.printed(read(operator, from, until), null, operator, AUDIT_ACTION, "register", p -> null,
                RegisterPrinting::describe, null);
    }

    private Outcome<RegisterPrintout> read(String printedBy, LocalDate from, LocalDate until) {
        if (from == null || until == null) {
            return Outcome.refused(Refusal.of("CD-7", "print.register.period.missing"));
        }
        if (from.isAfter(until)) {
            return Outcome.refused(Refusal.of("CD-7", "print.register.period.reversed", from, until));
        }
        return ctx.database.read(tx -> {
            Optional<Clinic> clinic = clinics.find(tx);
            if (clinic.isEmpty()) {
                return Outcome.refused(Refusal.of("SETUP-1", "print.register.notSetUp"));
            }
            Instant now = ctx.clock.instant();
            ZoneId zone = ctx.clock.getZone();
            RegisterLayout layout = RegisterLayout.valueOf(ctx.settings(tx).text(SettingKeys.CD_REGISTER_LAYOUT));
            List<RegisterPrintout.Section> sections = new ArrayList<>();
            Instant start = from.atStartOfDay(zone).toInstant();
            Instant end = until.plusDays(1).atStartOfDay(zone).toInstant();
            for (DrugRegister.PeriodBook book : register.booksWritten(tx, start, end)) {
                RegisterPrintout.section(book.product(), book.opening(), book.lines(), book.signatures(), book.correctedBy())
                        .ifPresent(sections::add);
            }
            PaperSize paper = PaperSize.valueOf(ctx.settings(tx).text(SettingKeys.PRINT_PAPER_SIZE));
            return Outcome.done(new RegisterPrintout(clinic.get().name(), from, until, zone, layout, paper, printedBy, now,
                    trail.head(tx, now, "register print"), sections));
        });
    }

    private static String describe(RegisterPrintout p) {
        return "period=" + p.from() + ".." + p.until() + "; layout=" + p.layout() + "; entries="
                + p.sections().stream().mapToInt(s -> s.lines().size()).sum() + "; auditHead=" + p.chainHead().seq() + ":"
                + p.chainHead().hash();
    }
}
