package org.visavis.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandTest {

    @ParameterizedTest(name = "{0}x{1}, width {2}")
    @CsvSource({"100, 120, 5", "1000, 400, 10", "50, 3, 2", "3, 50, 2", "1, 1, 1"})
    void isAMonotoneCorridorFromCornerToCorner(int rows, int columns, int width) {
        List<Band.Point> points = List.of(new Band.Point(rows / 4, columns / 3), new Band.Point(rows / 2, columns / 2),
                new Band.Point(3 * rows / 4, 2 * columns / 3));
        Band band = Band.around(rows, columns, points, width, 4 * width);
        assertThat(band.lo()[0]).isZero();
        assertThat(band.hi()[rows]).isEqualTo(columns);
        for (int i = 0; i <= rows; i++) {
            assertThat(band.lo()[i]).isBetween(0, band.hi()[i]);
            if (i > 0) {
                assertThat(band.lo()[i]).isGreaterThanOrEqualTo(band.lo()[i - 1]);
                assertThat(band.hi()[i]).isGreaterThanOrEqualTo(band.hi()[i - 1]);
                // rows overlap, so some bead always leads from one row to the next
                assertThat(band.lo()[i]).isLessThanOrEqualTo(band.hi()[i - 1]);
            }
        }
        for (Band.Point p : points) {
            if (p.i() > 0 && p.j() > 0 && p.i() < rows && p.j() < columns) {
                assertThat(p.j()).isBetween(band.lo()[p.i()], band.hi()[p.i()]);
            }
        }
    }

    @Test
    void growsLinearlyAroundDenseAnchors() {
        int n = 10_000;
        List<Band.Point> diagonal = java.util.stream.IntStream.range(1, n / 10).mapToObj(k -> new Band.Point(10 * k, 10 * k))
                .toList();
        Band band = Band.around(n, n, diagonal, 10, 40);
        assertThat(band.cells()).isLessThan(60L * n);
    }

    @Test
    void widenedBandContainsTheOriginal() {
        Band band = Band.around(200, 200, List.of(new Band.Point(100, 90)), 5, 20);
        Band wider = band.widened(10);
        for (int i = 0; i <= 200; i++) {
            assertThat(wider.lo()[i]).isLessThanOrEqualTo(band.lo()[i]);
            assertThat(wider.hi()[i]).isGreaterThanOrEqualTo(band.hi()[i]);
        }
    }
}
