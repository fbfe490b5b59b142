package org.visavis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens that PDF extraction leaves behind (a lone combining accent) must not break the aligner. */
class AlignSentencesOddTokensTest {

    @Test
    void aLoneCombiningAccentIsJustNoise(@TempDir Path dir) throws Exception {
        // From the Debian Reference PDFs, where an accent is sometimes extracted apart from its letter.
        Path en = Files.writeString(dir.resolve("en.txt"), """
                The apt-get command installs packages.
                Use the \u0301 key to go back.
                Debian is a free operating system.
                """);
        Path fr = Files.writeString(dir.resolve("fr.txt"), """
                La commande apt-get installe les paquets.
                Utilisez la touche \u0301 pour revenir.
                Debian est un système d'exploitation libre.
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"align-sentences", "--source-lang", "en", "--target-lang", "fr",
            en.toString(), fr.toString()}, new PrintWriter(out), new PrintWriter(err));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().lines()).containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]");
    }
}
