package org.visavis.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Whether the desktop asks for dark windows: on Linux the freedesktop colour scheme
 * ({@code gsettings get org.gnome.desktop.interface color-scheme} is {@code 'prefer-dark'}) or a
 * GTK theme whose name contains "dark" ({@code GTK_THEME}, {@code gsettings ... gtk-theme}); on
 * macOS {@code defaults read -g AppleInterfaceStyle}; on Windows the registry value
 * {@code AppsUseLightTheme}. Where none of these answers, light.
 *
 * <pre>{@code
 * boolean dark = SystemTheme.prefersDark();
 * }</pre>
 */
final class SystemTheme {
    private SystemTheme() {
    }

    /** Asks this desktop (a few quick commands, each given at most a second). */
    static boolean prefersDark() {
        return prefersDark(System.getProperty("os.name", ""), System.getenv("GTK_THEME"), SystemTheme::run);
    }

    /**
     * The answer for the system named {@code osName}, with {@code ask} running a command and giving
     * its output (empty when it cannot run or fails).
     */
    static boolean prefersDark(String osName, String gtkThemeVariable, Function<List<String>, Optional<String>> ask) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return ask.apply(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(s -> s.toLowerCase(Locale.ROOT).contains("dark")).orElse(false);
        }
        if (os.startsWith("windows")) {
            return ask.apply(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).map(s -> s.matches("(?s).*AppsUseLightTheme\\s+REG_DWORD\\s+0x0+\\b.*"))
                    .orElse(false);
        }
        Optional<String> scheme = ask.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.isPresent() && scheme.get().contains("prefer-dark")) {
            return true;
        }
        if (scheme.isPresent() && scheme.get().contains("prefer-light")) {
            return false;
        }
        if (gtkThemeVariable != null && !gtkThemeVariable.isBlank()) {
            return gtkThemeVariable.toLowerCase(Locale.ROOT).contains("dark");
        }
        return ask.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(s -> s.toLowerCase(Locale.ROOT).contains("dark")).orElse(false);
    }

    /** The output of {@code command}, or empty when it is not installed, fails or takes over a second. */
    private static Optional<String> run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(1, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // the tool is not there: this desktop does not say, so light
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
