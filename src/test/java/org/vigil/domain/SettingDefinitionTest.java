package org.vigil.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Setting definitions check typed values")
class SettingDefinitionTest {

    private static SettingDefinition of(SettingKind kind, String min, String max, List<String> choices, String rule) {
        return new SettingDefinition("test.key", SettingCategory.PROTOCOL, kind, new BigDecimal(min), new BigDecimal(max),
                choices, "min", rule);
    }

    @Nested
    @DisplayName("INTEGER: minimum observation 60 to 480 minutes")
    class Integers {
        private final SettingDefinition observation = of(SettingKind.INTEGER, "60", "480", List.of(), "OBS-1");

        @ParameterizedTest(name = "\"{0}\" is allowed")
        @ValueSource(strings = {"60", "120", "480", " 121 "})
        @DisplayName("OBS-1 whole numbers within the bounds are allowed")
        void withinBounds(String typed) {
            assertThat(observation.check(typed)).isEmpty();
        }

        @ParameterizedTest(name = "\"{0}\" is refused")
        @ValueSource(strings = {"59", "481", "120.5", "two hours", "", "-120"})
        @DisplayName("OBS-1 out of range, fractions and words are refused with the bounds")
        void refused(String typed) {
            assertThat(observation.check(typed)).hasValue(Refusal.of("OBS-1", "setting.invalid.integer", "60", "480"));
        }

        @Test
        @DisplayName("OBS-1 bounds kept with three decimals in the database are shown as the clinic writes them")
        void boundsShownPlainly() {
            SettingDefinition stored = of(SettingKind.INTEGER, "60.000", "480.000", List.of(), "OBS-1");
            assertThat(stored.check("30")).hasValue(Refusal.of("OBS-1", "setting.invalid.integer", "60", "480"));
            SettingDefinition decimal = of(SettingKind.DECIMAL, "0.100", "1.000", List.of(), "ADM-4");
            assertThat(decimal.check("2")).hasValue(Refusal.of("ADM-4", "setting.invalid.decimal", "0.1", "1"));
        }

        @Test
        @DisplayName("OBS-1 nothing typed is refused")
        void nullRefused() {
            assertThat(observation.check(null)).isPresent();
        }

        @ParameterizedTest(name = "\"{0}\" is stored as 120")
        @ValueSource(strings = {"120", " 120 ", "120.0", "1.2E2"})
        @DisplayName("OBS-1 an allowed whole number is stored in the form the clinic reads back as a whole number")
        void storedAsPlainWholeNumber(String typed) {
            assertThat(observation.check(typed)).isEmpty();
            assertThat(observation.canonical(typed)).isEqualTo("120");
        }
    }

    @Nested
    @DisplayName("DECIMAL: IV warning 0.1 to 1 mg/kg")
    class Decimals {
        private final SettingDefinition ivWarning = of(SettingKind.DECIMAL, "0.1", "1", List.of(), "ADM-4");

        @ParameterizedTest(name = "\"{0}\" is allowed")
        // "0,5": a decimal comma is read as the point (TypedNumber), and stored as 0.5.
        @ValueSource(strings = {"0.1", "0.5", "1", "0.45", "0,5"})
        @DisplayName("ADM-4 decimals within the bounds are allowed")
        void withinBounds(String typed) {
            assertThat(ivWarning.check(typed)).isEmpty();
        }

        @ParameterizedTest(name = "\"{0}\" is refused")
        @ValueSource(strings = {"0.09", "1.01", "half", "0,05"})
        @DisplayName("ADM-4 out of range or not a number is refused with the bounds")
        void refused(String typed) {
            assertThat(ivWarning.check(typed)).hasValue(Refusal.of("ADM-4", "setting.invalid.decimal", "0.1", "1"));
        }
    }

    @Nested
    @DisplayName("CHOICE: BP check anchor")
    class Choices {
        private final SettingDefinition anchor = of(SettingKind.CHOICE, "0", "0", List.of("FIRST_DEVICE", "LAST_DEVICE"), "BP-3");

        @Test
        @DisplayName("BP-3 a listed choice is allowed, surrounding spaces ignored")
        void listedChoice() {
            assertThat(anchor.check("LAST_DEVICE")).isEmpty();
            assertThat(anchor.check(" FIRST_DEVICE ")).isEmpty();
            assertThat(anchor.canonical(" FIRST_DEVICE ")).isEqualTo("FIRST_DEVICE");
        }

        @ParameterizedTest(name = "\"{0}\" is refused")
        @ValueSource(strings = {"first_device", "MIDDLE_DEVICE", ""})
        @DisplayName("BP-3 anything else is refused, naming the choices")
        void otherRefused(String typed) {
            assertThat(anchor.check(typed)).hasValue(Refusal.of("BP-3", "setting.invalid.choice", "FIRST_DEVICE, LAST_DEVICE"));
        }
    }

    @Nested
    @DisplayName("INTEGER_LIST: sedation checks at minutes 1 to 480")
    class IntegerLists {
        private final SettingDefinition checks = of(SettingKind.INTEGER_LIST, "1", "480", List.of(), "OBS-2");

        @Test
        @DisplayName("OBS-2 ascending minutes within the bounds are allowed and stored without spaces")
        void ascendingAllowed() {
            assertThat(checks.check("15, 30, 60, 90, 120")).isEmpty();
            assertThat(checks.canonical(" 15, 30, 60, 90, 120 ")).isEqualTo("15,30,60,90,120");
            assertThat(checks.check("45")).isEmpty();
        }

        @ParameterizedTest(name = "\"{0}\" is refused")
        @ValueSource(strings = {"30,15", "15,15", "0,15", "15,481", "15;30", "15,,30", "fifteen"})
        @DisplayName("OBS-2 out of order, repeated, out of range or malformed lists are refused")
        void malformedRefused(String typed) {
            assertThat(checks.check(typed)).hasValue(Refusal.of("OBS-2", "setting.invalid.list", "1", "480"));
        }
    }
}
