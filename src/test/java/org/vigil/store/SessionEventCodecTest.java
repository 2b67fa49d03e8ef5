package org.vigil.store;

import org.vigil.domain.session.AlarmPriority;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.vigil.domain.session.AdverseEventKind;
import org.vigil.domain.session.ChecklistAnswer;
import org.vigil.domain.session.ChecklistItem;
import org.vigil.domain.session.DueItem;
import org.vigil.domain.Route;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionEvent.Abandoned;
import org.vigil.domain.session.SessionEvent.AdministrationProblem;
import org.vigil.domain.session.SessionEvent.AdverseEventOpened;
import org.vigil.domain.session.SessionEvent.AdverseEventResolved;
import org.vigil.domain.session.SessionEvent.AlarmAcknowledged;
import org.vigil.domain.session.SessionEvent.AlarmResolved;
import org.vigil.domain.session.SessionEvent.BaselineOverridden;
import org.vigil.domain.session.SessionEvent.BaselineRecorded;
import org.vigil.domain.session.SessionEvent.CheckedIn;
import org.vigil.domain.session.SessionEvent.ChecklistAnswered;
import org.vigil.domain.session.SessionEvent.ChecklistCompleted;
import org.vigil.domain.session.SessionEvent.ChecklistOverridden;
import org.vigil.domain.session.SessionEvent.DeviceGiven;
import org.vigil.domain.session.SessionEvent.DischargeBpOverridden;
import org.vigil.domain.session.SessionEvent.Discharged;
import org.vigil.domain.session.SessionEvent.DissociationNoted;
import org.vigil.domain.session.SessionEvent.DoseAuthorised;
import org.vigil.domain.session.SessionEvent.InfusionEnded;
import org.vigil.domain.session.SessionEvent.InfusionStarted;
import org.vigil.domain.session.SessionEvent.IvBasis;
import org.vigil.domain.session.SessionEvent.ReadyToLeaveSigned;
import org.vigil.domain.session.SessionEvent.ReferredToEmergency;
import org.vigil.domain.session.SessionEvent.SedationScored;
import org.vigil.domain.session.SessionEvent.TransportArrived;
import org.vigil.domain.session.SessionEvent.VitalsRecorded;
import org.vigil.testing.ForAll;

/**
 * Issue 11, point 6: what the codec writes is read back as the same event, for every kind and
 * any values, and the names it stores never follow a rename of the Java records.
 */
@DisplayName("Session events survive the database: every kind, any values, fixed names")
class SessionEventCodecTest {

    /**
     * The names stored in databases in use. Once released a name never changes: a changed entry
     * here means sessions already stored no longer replay, or the audit trail changes its words.
     */
    private static final Map<Class<? extends SessionEvent>, List<String>> STORED_NAMES = Map.ofEntries(
            entry(CheckedIn.class, List.of("CheckedIn", "SESSION_CHECKED_IN")),
            entry(ChecklistAnswered.class, List.of("ChecklistAnswered", "SESSION_CHECKLIST_ANSWERED")),
            entry(ChecklistOverridden.class, List.of("ChecklistOverridden", "SESSION_CHECKLIST_OVERRIDDEN")),
            entry(ChecklistCompleted.class, List.of("ChecklistCompleted", "SESSION_CHECKLIST_COMPLETED")),
            entry(BaselineRecorded.class, List.of("BaselineRecorded", "SESSION_BASELINE_RECORDED")),
            entry(BaselineOverridden.class, List.of("BaselineOverridden", "SESSION_BASELINE_OVERRIDDEN")),
            entry(DoseAuthorised.class, List.of("DoseAuthorised", "SESSION_DOSE_AUTHORISED")),
            entry(DeviceGiven.class, List.of("DeviceGiven", "SESSION_DEVICE_GIVEN")),
            entry(InfusionStarted.class, List.of("InfusionStarted", "SESSION_INFUSION_STARTED")),
            entry(InfusionEnded.class, List.of("InfusionEnded", "SESSION_INFUSION_ENDED")),
            entry(AdministrationProblem.class, List.of("AdministrationProblem", "SESSION_ADMINISTRATION_PROBLEM")),
            entry(VitalsRecorded.class, List.of("VitalsRecorded", "SESSION_VITALS_RECORDED")),
            entry(SedationScored.class, List.of("SedationScored", "SESSION_SEDATION_SCORED")),
            entry(DissociationNoted.class, List.of("DissociationNoted", "SESSION_DISSOCIATION_NOTED")),
            entry(AdverseEventOpened.class, List.of("AdverseEventOpened", "SESSION_ADVERSE_EVENT_OPENED")),
            entry(AdverseEventResolved.class, List.of("AdverseEventResolved", "SESSION_ADVERSE_EVENT_RESOLVED")),
            entry(AlarmAcknowledged.class, List.of("AlarmAcknowledged", "SESSION_ALARM_ACKNOWLEDGED")),
            entry(AlarmResolved.class, List.of("AlarmResolved", "SESSION_ALARM_RESOLVED")),
            entry(TransportArrived.class, List.of("TransportArrived", "SESSION_TRANSPORT_ARRIVED")),
            entry(DischargeBpOverridden.class, List.of("DischargeBpOverridden", "SESSION_DISCHARGE_BP_OVERRIDDEN")),
            entry(ReadyToLeaveSigned.class, List.of("ReadyToLeaveSigned", "SESSION_READY_TO_LEAVE_SIGNED")),
            entry(Discharged.class, List.of("Discharged", "SESSION_DISCHARGED")),
            entry(SessionEvent.DischargeAdviceGiven.class, List.of("DischargeAdviceGiven", "SESSION_DISCHARGE_ADVICE_GIVEN")),
            entry(Abandoned.class, List.of("Abandoned", "SESSION_ABANDONED")),
            entry(ReferredToEmergency.class, List.of("ReferredToEmergency", "SESSION_REFERRED_TO_EMERGENCY")));

    /** Characters that have broken payload formats before: the separators, the escape, Chinese, spaces. */
    private static final String ALPHABET = "ab Z09;=\\;;==\\\\ -:,.\t张伟头晕恶心血压";

    /**
     * One generator per event kind. {@link #everyKindHasAGenerator} fails when a kind is added to
     * {@link SessionEvent} without one here, so the round trip always covers every kind.
     */
    private static final List<Function<SplittableRandom, SessionEvent>> KINDS = List.of(
            r -> new CheckedIn(instant(r), r.nextBoolean(), r.nextBoolean()),
            r -> new ChecklistAnswered(new ChecklistAnswer(pick(r, ChecklistItem.values()), r.nextBoolean(),
                    r.nextBoolean() ? Optional.of(instant(r)) : Optional.empty(), text(r), text(r)), instant(r)),
            r -> new ChecklistOverridden(pick(r, ChecklistItem.values()), text(r), r.nextLong(1, Long.MAX_VALUE), text(r), instant(r)),
            r -> new ChecklistCompleted(instant(r)),
            r -> new BaselineRecorded(instant(r), r.nextInt(0, 400), r.nextInt(0, 300), r.nextInt(0, 300), r.nextInt(0, 101)),
            r -> new BaselineOverridden(text(r), instant(r)),
            r -> new DoseAuthorised(instant(r), decimal(r), pick(r, Route.values()), r.nextInt(0, 10), r.nextInt(0, 241), text(r), text(r),
                    r.nextBoolean() ? Optional.of(new IvBasis(decimal(r), decimal(r), LocalDate.ofEpochDay(r.nextLong(0, 60_000))))
                            : Optional.empty()),
            r -> new DeviceGiven(r.nextInt(1, 10), instant(r), text(r), text(r), r.nextBoolean()),
            r -> new InfusionStarted(instant(r), decimal(r), text(r)),
            r -> new InfusionEnded(instant(r), decimal(r), decimal(r), r.nextLong(0, 1000), text(r)),
            r -> new AdministrationProblem(pick(r, AdministrationProblem.Problem.values()), text(r), instant(r)),
            r -> new VitalsRecorded(instant(r), r.nextInt(0, 400), r.nextInt(0, 300), r.nextInt(0, 300), r.nextInt(0, 101)),
            r -> new SedationScored(instant(r), r.nextInt(0, 6)),
            r -> new DissociationNoted(r.nextBoolean(), instant(r)),
            r -> new AdverseEventOpened(text(r), pick(r, AdverseEventKind.values()), pick(r, AdverseEventOpened.Severity.values()), text(r),
                    text(r), instant(r)),
            r -> new AdverseEventResolved(text(r), text(r), instant(r)),
            r -> new AlarmAcknowledged(text(r), r.nextLong(1, Long.MAX_VALUE), instant(r)),
            r -> new AlarmResolved(text(r), pick(r, AlarmPriority.values()), instant(r), r.nextLong(1, Long.MAX_VALUE), instant(r)),
            r -> new TransportArrived(instant(r)),
            r -> new DischargeBpOverridden(text(r), instant(r)),
            r -> new ReadyToLeaveSigned(instant(r)),
            r -> new Discharged(instant(r), r.nextBoolean() ? instant(r) : null, r.nextLong(0, 100_000)),
            // DIS-3: who gave the advice, how and in which language.
            r -> new SessionEvent.DischargeAdviceGiven(instant(r), r.nextLong(1, Long.MAX_VALUE), text(r),
                    pick(r, SessionEvent.DischargeAdviceGiven.AdviceHandover.values()), pick(r, org.vigil.domain.Language.values())),
            r -> new Abandoned(text(r), instant(r)),
            r -> new ReferredToEmergency(text(r), instant(r)));

    private static SessionEvent anyEvent(SplittableRandom r) {
        return KINDS.get(r.nextInt(KINDS.size())).apply(r);
    }

    /** Anywhere from 1970 to 2100; half of them with nanoseconds, which Instant.toString writes only when present. */
    private static Instant instant(SplittableRandom r) {
        return Instant.ofEpochSecond(r.nextLong(0, 4_102_444_800L), r.nextBoolean() ? 0 : r.nextInt(1_000_000_000));
    }

    /** Millilitres, mg, mg/kg and kg as typed: up to three decimals, trailing zeros kept (62.0 is not 62). */
    private static BigDecimal decimal(SplittableRandom r) {
        return BigDecimal.valueOf(r.nextLong(0, 1_000_000), r.nextInt(0, 4));
    }

    /** Empty a quarter of the time; otherwise up to 20 characters from {@link #ALPHABET}. */
    private static String text(SplittableRandom r) {
        if (r.nextInt(4) == 0) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        int length = r.nextInt(1, 21);
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    private static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static Set<Class<?>> permittedKinds() {
        return Set.of(SessionEvent.class.getPermittedSubclasses());
    }

    @Test
    @DisplayName("The round trip below generates every kind of session event, one generator each")
    void everyKindHasAGenerator() {
        SplittableRandom r = new SplittableRandom(11);
        List<Class<?>> generated = KINDS.stream().<Class<?>>map(g -> g.apply(r).getClass()).toList();
        assertThat(generated).doesNotHaveDuplicates();
        assertThat(Set.copyOf(generated)).isEqualTo(permittedKinds());
    }

    @Test
    @DisplayName("Any event of any kind is read back equal to what was written, whatever its text holds")
    void roundTrip() {
        ForAll.cases(SessionEventCodecTest::anyEvent).tries(5_000)
                .describedBy(e -> e + "\nkind=" + SessionEventCodec.kind(e) + "\npayload=" + SessionEventCodec.payload(e))
                .check("session event codec round trip", e -> {
                    SessionEvent read = SessionEventCodec.event(SessionEventCodec.kind(e), SessionEventCodec.payload(e), e.at());
                    assertThat(read).isEqualTo(e);
                });
    }

    @Test
    @DisplayName("Every kind is stored, and audited, under the name databases in use already hold")
    void storedNamesArePinned() {
        assertThat(STORED_NAMES.keySet()).as("a stored name for every kind").isEqualTo(permittedKinds());
        SplittableRandom r = new SplittableRandom(6);
        for (Function<SplittableRandom, SessionEvent> kind : KINDS) {
            SessionEvent e = kind.apply(r);
            assertThat(List.of(SessionEventCodec.kind(e), SessionEventCodec.auditAction(e))).as(e.getClass().getName())
                    .isEqualTo(STORED_NAMES.get(e.getClass()));
        }
        Map<String, Long> kinds = STORED_NAMES.values().stream().collect(Collectors.groupingBy(List::getFirst, Collectors.counting()));
        assertThat(kinds).as("no two kinds share a stored name").allSatisfy((name, count) -> assertThat(count).as(name).isOne());
    }

    @Test
    @DisplayName("A kind this version does not know is a clear fault, never a guess")
    void unknownKind() {
        assertThatThrownBy(() -> SessionEventCodec.event("DoseAuthorized", "doseMg=56", Instant.EPOCH))
                .isInstanceOf(StoreException.class).hasMessageContaining("Unknown session event kind DoseAuthorized");
    }

    @Test
    @DisplayName("The payload format itself is stored: separators and backslashes in free text are escaped as before")
    void escapes() {
        Abandoned e = new Abandoned("a=b;c\\", Instant.EPOCH);
        assertThat(SessionEventCodec.payload(e)).isEqualTo("reason=a\\=b\\;c\\\\");
        assertThat(SessionEventCodec.event("Abandoned", "reason=a\\=b\\;c\\\\", Instant.EPOCH)).isEqualTo(e);
    }
}
