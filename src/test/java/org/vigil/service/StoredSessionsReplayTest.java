package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.domain.Actor;
import org.vigil.domain.session.AdverseEventKind;
import org.vigil.domain.Route;
import org.vigil.domain.session.SessionEvent;
import org.vigil.domain.session.SessionEvent.DoseAuthorised;
import org.vigil.domain.session.SessionSnapshot;
import org.vigil.domain.session.SessionState;
import org.vigil.domain.alarm.Alarm;
import org.vigil.testing.MutableClock;

/**
 * Issue 11, point 6: sessions stored by an earlier version still replay. The data folder under
 * {@code fixtures/schema-v8} was written through the services by schema version 8 (see
 * {@link StoredSessionsFixture} for how, and for its story); opening a copy migrates it forward,
 * and every session must read back as it was run. The expectations are written out here, not
 * read from the fixture, so a change in how stored events are read cannot agree with itself.
 *
 * <p>The fixture's accounts, should anyone open it by hand: {@code admin} "the kettle sings at
 * seven", {@code nurse.li} "the trolley squeaks on the left", {@code drchen} "ginger tea before
 * the first session".
 */
@DisplayName("Sessions stored by schema version 8 still replay")
class StoredSessionsReplayTest {

    private static final String FIXTURE = "/fixtures/schema-v8";

    @TempDir
    Path dir;
    private Services services;
    private Actor nurse;

    @BeforeEach
    void openCopy() throws IOException, URISyntaxException {
        Path fixture = Path.of(StoredSessionsReplayTest.class.getResource(FIXTURE).toURI());
        try (Stream<Path> files = Files.list(fixture)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        services = Services.open(dir, new MutableClock(Instant.parse("2025-03-10T08:00:00Z")));
        nurse = ((LoginResult.Granted) services.accounts().login("nurse.li", SessionFloor.NURSE_PASSWORD)).actor();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private SessionSnapshot replayed(long session) {
        return services.sessions().view(nurse, session).value().snapshot();
    }

    private static List<String> readings(SessionSnapshot s) {
        return s.readings().stream().map(r -> r.sbp() + "/" + r.dbp()).toList();
    }

    private static long count(SessionSnapshot s, Class<? extends SessionEvent> kind) {
        return s.events().stream().filter(kind::isInstance).count();
    }

    @Test
    @DisplayName("SIG-4 the copied folder opens, migrates and its audit chain still reaches the checkpoint written at shutdown")
    void opensIntact() {
        Integrity.Report report = services.integrity().verify("fixture replay");
        assertThat(report.intact()).as(report.toString()).isTrue();
    }

    @Test
    @DisplayName("Grace's first nasal session: 56 mg in two devices, dissociation came and went, discharged after 130 minutes")
    void nasalDischarged() {
        SessionSnapshot s = replayed(1);
        assertThat(s.state()).isEqualTo(SessionState.DISCHARGED);
        assertThat(s.authorisation()).hasValueSatisfying(a -> {
            assertThat(a.doseMg()).isEqualByComparingTo("56");
            assertThat(a.route()).isEqualTo(Route.NASAL);
            assertThat(a.devices()).isEqualTo(2);
        });
        assertThat(s.deviceTimes()).containsExactly(Instant.parse("2025-03-03T08:00:00Z"), Instant.parse("2025-03-03T08:05:00Z"));
        assertThat(s.baseline()).hasValueSatisfying(b -> assertThat(b.sbp() + "/" + b.dbp()).isEqualTo("128/82"));
        assertThat(readings(s)).containsSubsequence("142/88", "130/80");
        assertThat(s.scores()).extracting(SessionEvent.SedationScored::moaas).containsExactly(4, 5, 5, 5, 5);
        assertThat(s.dissociationPresent()).isFalse();
        assertThat(s.dischargedAt()).contains(Instant.parse("2025-03-03T10:10:00Z"));
        assertThat(s.events()).filteredOn(SessionEvent.Discharged.class::isInstance).singleElement()
                .satisfies(d -> assertThat(((SessionEvent.Discharged) d).monitoredMinutes()).isEqualTo(130));
    }

    @Test
    @DisplayName("David's IV session: 32.8 mg at 0.40 mg/kg of 82 kg over 40 minutes, 40.0 ml given, nausea resolved, discharged")
    void ivDischarged() {
        SessionSnapshot s = replayed(2);
        assertThat(s.state()).isEqualTo(SessionState.DISCHARGED);
        DoseAuthorised a = s.authorisation().orElseThrow();
        assertThat(a.doseMg()).isEqualTo(new BigDecimal("32.8"));
        assertThat(a.route()).isEqualTo(Route.IV);
        assertThat(a.infusionMinutes()).isEqualTo(40);
        assertThat(a.ivBasis()).hasValueSatisfying(b -> {
            assertThat(b.mgPerKg()).isEqualTo(new BigDecimal("0.40"));
            assertThat(b.weightKg()).isEqualByComparingTo("82");
            assertThat(b.weighedOn()).isEqualTo(SessionFloor.TODAY);
        });
        assertThat(s.infusion()).hasValueSatisfying(i -> assertThat(i.rateMlPerHour()).isEqualTo(new BigDecimal("60")));
        assertThat(s.infusionStop()).hasValueSatisfying(e -> {
            assertThat(e.volumeGivenMl()).isEqualTo(new BigDecimal("40.0"));
            assertThat(e.residualMl()).isEqualTo(new BigDecimal("0.0"));
        });
        assertThat(s.adverseEvents()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(AdverseEventKind.NAUSEA);
            assertThat(e.action()).isEqualTo("Sips of water; 恶心");
        });
        assertThat(s.openAdverseEvents()).isEmpty();
        assertThat(s.adverseResolutions()).singleElement()
                .satisfies(r -> assertThat(r.resolution()).isEqualTo("Settled; no antiemetic needed"));
        assertThat(readings(s)).containsSubsequence("148/90", "132/82");
        assertThat(s.dischargedAt()).isPresent();
    }

    @Test
    @DisplayName("BP-2 张伟's session: baseline 186/112, nothing authorised or given, abandoned with the reason as typed")
    void abandoned() {
        SessionSnapshot s = replayed(3);
        assertThat(s.state()).isEqualTo(SessionState.ABANDONED);
        assertThat(s.baseline()).hasValueSatisfying(b -> assertThat(b.sbp() + "/" + b.dbp()).isEqualTo("186/112"));
        assertThat(s.authorisation()).isEmpty();
        assertThat(s.deviceTimes()).isEmpty();
        assertThat(s.events().getLast()).isEqualTo(new SessionEvent.Abandoned("BP-2 baseline 186/112; rebooked; 周四再来",
                Instant.parse("2025-03-03T12:22:00Z")));
    }

    @Test
    @DisplayName("ALM-2 OBS-4 Grace's second session: the missed 40-min BP alarm acknowledged then resolved by the reading; chest pain referred her")
    void alarmsAndReferral() {
        SessionView v = services.sessions().view(nurse, 4).value();
        SessionSnapshot s = v.snapshot();
        assertThat(s.state()).isEqualTo(SessionState.REFERRED);
        assertThat(s.deviceTimes()).hasSize(2);
        assertThat(readings(s)).contains("150/92");
        Alarm bp = v.alarms().stream().filter(a -> a.cause().startsWith("BP-3")).findFirst().orElseThrow();
        assertThat(bp.acknowledgement()).hasValueSatisfying(by -> assertThat(by.userId()).isEqualTo(nurse.userId()));
        assertThat(bp.resolution()).hasValueSatisfying(by -> assertThat(by.at()).isAfter(bp.acknowledgement().orElseThrow().at()));
        assertThat(count(s, SessionEvent.AlarmAcknowledged.class)).isEqualTo(1);
        assertThat(s.adverseEvents()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(AdverseEventKind.CHEST_PAIN);
            assertThat(e.description()).isEqualTo("Central, pressing");
        });
    }

    @Test
    @DisplayName("The courses count the doses the stored sessions gave: Grace two, David one, 张伟 none")
    void dosesCounted() {
        long grace = services.sessions().view(nurse, 1).value().patient().id();
        long david = services.sessions().view(nurse, 2).value().patient().id();
        long zhang = services.sessions().view(nurse, 3).value().patient().id();
        assertThat(services.courses().ofPatient(nurse, grace).value().getFirst().dosesGiven())
                .containsExactly(SessionFloor.TODAY, SessionFloor.TODAY.plusDays(3));
        assertThat(services.courses().ofPatient(nurse, david).value().getFirst().dosesGiven()).containsExactly(SessionFloor.TODAY);
        assertThat(services.courses().ofPatient(nurse, zhang).value().getFirst().dosesGiven()).isEmpty();
    }
}
