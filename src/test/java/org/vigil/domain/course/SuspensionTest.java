package org.vigil.domain.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.domain.patient.Patients.TODAY;
import static org.vigil.domain.patient.Patients.drChen;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.domain.Refusal;
import org.vigil.domain.patient.Contraindication;
import org.vigil.domain.patient.PregnancyStatus;
import org.vigil.domain.patient.PrescriberDecision;
import org.vigil.domain.patient.Screening;

/** PAT-1 re-checked before each dose: when the latest screening suspends treatment. */
class SuspensionTest {

    private static final TreatmentCourse COURSE = TreatmentCourse.planned(Regimen.TRD_NASAL, "", TODAY.minusDays(10));

    private static Screening screening(Set<Contraindication> found, Map<Contraindication, PrescriberDecision> overrides) {
        return new Screening(TODAY, found, PregnancyStatus.NOT_PREGNANT, false, overrides, Optional.empty(), Optional.empty());
    }

    @Test
    @DisplayName("PAT-1 no screening, a clear one, or only relative contraindications: not suspended")
    void notSuspended() {
        assertThat(Suspension.beforeDose(Optional.empty())).isEmpty();
        assertThat(Suspension.beforeDose(Optional.of(Screening.clear(TODAY)))).isEmpty();
        assertThat(Suspension.beforeDose(Optional.of(screening(Set.of(Contraindication.UNCONTROLLED_HYPERTENSION), Map.of()))))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Contraindication.class)
    @DisplayName("PAT-1 every absolute contraindication suspends, with a refusal worded in both languages; no relative one does")
    void eachAbsolute(Contraindication c) throws IOException {
        Optional<Suspension> s = Suspension.beforeDose(Optional.of(screening(Set.of(c), Map.of())));
        assertThat(s.isPresent()).isEqualTo(c.absolute());
        if (c.absolute()) {
            Refusal refusal = s.get().refusal();
            assertThat(refusal.ruleId()).isEqualTo("PAT-1");
            assertThat(refusal.args()).containsExactly(TODAY);
            for (String bundle : List.of("/i18n/messages.properties", "/i18n/messages_zh_CN.properties")) {
                assertThat(load(bundle).getProperty(refusal.messageKey())).as(bundle).contains("{0}").contains("PAT-1");
            }
        }
    }

    @Test
    @DisplayName("PAT-1 overrides are not consulted: a PAT-2 override, or one wrongly stored against the absolute finding, lifts nothing")
    void overridesLiftNothing() {
        PrescriberDecision reason = drChen("stable, benefits outweigh risks");
        Screening s = screening(Set.of(Contraindication.HYPERSENSITIVITY, Contraindication.PSYCHOTIC_SYMPTOMS),
                Map.of(Contraindication.PSYCHOTIC_SYMPTOMS, reason, Contraindication.HYPERSENSITIVITY, reason));

        assertThat(Suspension.beforeDose(Optional.of(s))).contains(new Suspension(TODAY, List.of(Contraindication.HYPERSENSITIVITY)));
    }

    @Test
    @DisplayName("PAT-1 several findings are kept in declaration order; the refusal names the first")
    void severalFindings() {
        Suspension s = Suspension.beforeDose(Optional.of(screening(
                Set.of(Contraindication.HYPERSENSITIVITY, Contraindication.AORTIC_ANEURYSM), Map.of()))).orElseThrow();

        assertThat(s.absolute()).containsExactly(Contraindication.AORTIC_ANEURYSM, Contraindication.HYPERSENSITIVITY);
        assertThat(s.refusal()).isEqualTo(Refusal.of("PAT-1", "contraindication.AORTIC_ANEURYSM.suspended", TODAY));
    }

    @Test
    @DisplayName("PAT-1 an active course is suspended; once a prescriber has ended it, it is not")
    void endedCourse() {
        Optional<Screening> latest = Optional.of(screening(Set.of(Contraindication.RECENT_CARDIOVASCULAR_EVENT), Map.of()));
        TreatmentCourse ended = COURSE.endCourse(new CourseEnd(TODAY, EndReason.CONTRAINDICATION, drChen("recent MI")), Optional.empty())
                .value();

        assertThat(Suspension.of(COURSE, latest)).isPresent();
        assertThat(Suspension.of(ended, latest)).isEmpty();
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SuspensionTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
