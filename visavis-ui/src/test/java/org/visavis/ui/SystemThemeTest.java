package org.visavis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** How the desktop's wish for dark windows is read, from what the usual commands print. */
class SystemThemeTest {
    /** A desktop whose commands print {@code answers} (by their last argument) and fail otherwise. */
    private static Function<List<String>, Optional<String>> desktop(Map<String, String> answers) {
        return command -> Optional.ofNullable(answers.get(command.get(command.size() - 1)));
    }

    @Test
    void gnomeColourSchemeDecidesFirst() {
        assertThat(SystemTheme.prefersDark("Linux", null, desktop(Map.of("color-scheme", "'prefer-dark'",
                "gtk-theme", "'Adwaita'")))).isTrue();
        assertThat(SystemTheme.prefersDark("Linux", "Adwaita:dark", desktop(Map.of("color-scheme", "'prefer-light'"))))
                .isFalse();
    }

    @Test
    void withoutAColourSchemeTheGtkThemeNameDecides() {
        assertThat(SystemTheme.prefersDark("Linux", null, desktop(Map.of("color-scheme", "'default'",
                "gtk-theme", "'Yaru-dark'")))).isTrue();
        assertThat(SystemTheme.prefersDark("Linux", "Arc-Dark", desktop(Map.of()))).isTrue();
        assertThat(SystemTheme.prefersDark("Linux", null, desktop(Map.of("gtk-theme", "'Adwaita'")))).isFalse();
    }

    @Test
    void macOsAndWindowsSettingsAreRead() {
        assertThat(SystemTheme.prefersDark("Mac OS X", null, desktop(Map.of("AppleInterfaceStyle", "Dark")))).isTrue();
        // macOS in light mode: the key does not exist and defaults fails
        assertThat(SystemTheme.prefersDark("Mac OS X", null, desktop(Map.of()))).isFalse();
        String reg = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x%s\r\n";
        assertThat(SystemTheme.prefersDark("Windows 11", null, desktop(Map.of("AppsUseLightTheme", String.format(reg, "0")))))
                .isTrue();
        assertThat(SystemTheme.prefersDark("Windows 11", null, desktop(Map.of("AppsUseLightTheme", String.format(reg, "1")))))
                .isFalse();
    }

    @Test
    void aDesktopThatSaysNothingGetsLight() {
        assertThat(SystemTheme.prefersDark("FreeBSD", null, desktop(Map.of()))).isFalse();
    }
}
