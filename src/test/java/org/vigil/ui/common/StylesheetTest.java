package org.vigil.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import javafx.css.CssParser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * JavaFX reports a broken stylesheet only as a log line and then drops the rules after the error,
 * so an alarm colour can vanish without a failing screen test. A merge once left a rule without
 * its closing brace; this reads the sheet as JavaFX does and fails on any parse error.
 */
class StylesheetTest {

    @Test
    @DisplayName("vigil.css parses without a single error")
    void parses() throws IOException {
        URL sheet = StylesheetTest.class.getResource("/css/vigil.css");
        assertThat(sheet).isNotNull();
        CssParser.errorsProperty().clear();
        new CssParser().parse(sheet);
        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
    }
}
