package org.visavis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The WCAG contrast formula and the two palettes' stripe colours. */
class PaletteTest {
    @Test
    void contrastFollowsWcag() {
        assertThat(Palette.contrast(Color.BLACK, Color.WHITE)).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Palette.contrast(Color.GRAY, Color.GRAY)).isEqualTo(1.0);
        // #767676 on white is the lightest grey WCAG AA accepts for text: 4.54
        assertThat(Palette.contrast(new Color(0x767676), Color.WHITE)).isCloseTo(4.54, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void stripeColoursStayApartInBothPalettes() {
        for (Palette p : List.of(Palette.LIGHT, Palette.DARK)) {
            List<Color> stripes = List.of(p.low(), p.middle(), p.high(), p.confirmed());
            for (int i = 0; i < stripes.size(); i++) {
                for (int j = i + 1; j < stripes.size(); j++) {
                    assertThat(distance(stripes.get(i), stripes.get(j))).as("%s stripes %d and %d", p.dark() ? "dark" : "light", i, j)
                            .isGreaterThan(80);
                }
            }
        }
    }

    private static double distance(Color a, Color b) {
        int r = a.getRed() - b.getRed();
        int g = a.getGreen() - b.getGreen();
        int bl = a.getBlue() - b.getBlue();
        return Math.sqrt(r * r + g * g + bl * bl);
    }
}
