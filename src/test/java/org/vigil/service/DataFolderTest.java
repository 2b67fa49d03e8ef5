package org.vigil.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Where the data folder is")
class DataFolderTest {

    private static final String LINUX = "Linux";
    private static final String HOME = "/home/ada";

    private static Path resolve(Path explicit, boolean demo, Map<String, String> env, String os) {
        return DataFolder.resolve(explicit, demo, env, os, HOME);
    }

    @Test
    @DisplayName("--data-dir wins over VIGIL_HOME and the platform default")
    void explicitWins() {
        assertThat(resolve(Path.of("/srv/clinic"), false, Map.of("VIGIL_HOME", "/opt/vigil"), LINUX)).isEqualTo(Path.of("/srv/clinic"));
    }

    @Test
    @DisplayName("--data-dir may be relative: it is made absolute and normalised")
    void relativeExplicit() {
        assertThat(resolve(Path.of("data/../clinic"), false, Map.of(), LINUX))
                .isEqualTo(Path.of("clinic").toAbsolutePath());
    }

    @Test
    @DisplayName("VIGIL_HOME wins over the platform default; a blank one is ignored")
    void vigilHome() {
        assertThat(resolve(null, false, Map.of("VIGIL_HOME", "/opt/vigil", "XDG_DATA_HOME", "/data"), LINUX)).isEqualTo(Path.of("/opt/vigil"));
        assertThat(resolve(null, false, Map.of("VIGIL_HOME", "  "), LINUX)).isEqualTo(Path.of(HOME, ".local/share/vigil"));
    }

    @Test
    @DisplayName("Linux: $XDG_DATA_HOME/vigil, else ~/.local/share/vigil")
    void linux() {
        assertThat(resolve(null, false, Map.of("XDG_DATA_HOME", "/data/ada"), LINUX)).isEqualTo(Path.of("/data/ada/vigil"));
        assertThat(resolve(null, false, Map.of(), LINUX)).isEqualTo(Path.of("/home/ada/.local/share/vigil"));
        assertThat(resolve(null, false, Map.of("XDG_DATA_HOME", ""), LINUX)).isEqualTo(Path.of("/home/ada/.local/share/vigil"));
    }

    @Test
    @DisplayName("Windows: %APPDATA%\\Vigil, else the roaming folder in the user's profile")
    void windows() {
        Path withAppData = DataFolder.platformDefault(Map.of("APPDATA", "C:\\Users\\ada\\AppData\\Roaming"), "Windows 11", "C:\\Users\\ada");
        assertThat(withAppData).isEqualTo(Path.of("C:\\Users\\ada\\AppData\\Roaming", "Vigil"));
        Path without = DataFolder.platformDefault(Map.of(), "Windows 11", "C:\\Users\\ada");
        assertThat(without).isEqualTo(Path.of("C:\\Users\\ada\\AppData\\Roaming", "Vigil"));
    }

    @Test
    @DisplayName("macOS: ~/Library/Application Support/Vigil")
    void macOs() {
        assertThat(resolve(null, false, Map.of(), "Mac OS X")).isEqualTo(Path.of("/home/ada/Library/Application Support/Vigil"));
    }

    @Test
    @DisplayName("the demo clinic lives in demo/ under whichever folder applies, never in the real database")
    void demo() {
        assertThat(resolve(Path.of("/srv/clinic"), true, Map.of(), LINUX)).isEqualTo(Path.of("/srv/clinic/demo"));
        assertThat(resolve(null, true, Map.of("VIGIL_HOME", "/opt/vigil"), LINUX)).isEqualTo(Path.of("/opt/vigil/demo"));
        assertThat(resolve(null, true, Map.of(), LINUX)).isEqualTo(Path.of("/home/ada/.local/share/vigil/demo"));
        assertThat(resolve(null, true, Map.of(), "Mac OS X")).isEqualTo(Path.of("/home/ada/Library/Application Support/Vigil/demo"));
    }
}
