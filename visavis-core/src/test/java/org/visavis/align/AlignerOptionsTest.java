package org.visavis.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AlignerOptionsTest {

    @Test
    void theDefaultsAreTheNamedConstants() {
        AlignerOptions d = AlignerOptions.defaults();
        assertThat(d.bandWidth()).isEqualTo(AlignerOptions.BAND_WIDTH).isEqualTo(10);
        assertThat(d.lexicalWeight()).isEqualTo(AlignerOptions.LEXICAL_WEIGHT);
        assertThat(d.oneSidedPrior()).isEqualTo(AlignerOptions.ONE_SIDED_PRIOR);
        assertThat(d.wordRarity()).isEqualTo(AlignerOptions.WORD_RARITY);
        assertThat(d.toBuilder().build()).isEqualTo(d);
    }

    @Test
    void aBuilderChangesOnlyWhatItNames() {
        AlignerOptions d = AlignerOptions.defaults();
        AlignerOptions wider = d.toBuilder().bandWidth(20).splitPrior(-3).build();
        assertThat(wider.bandWidth()).isEqualTo(20);
        assertThat(wider.splitPrior()).isEqualTo(-3);
        assertThat(wider.toBuilder().bandWidth(d.bandWidth()).splitPrior(d.splitPrior()).build()).isEqualTo(d);
    }

    @Test
    void valuesOutsideTheirRangeAreRefusedByName() {
        assertThatThrownBy(() -> AlignerOptions.defaults().toBuilder().confidentPosterior(1.5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("confidentPosterior");
        assertThatThrownBy(() -> AlignerOptions.defaults().toBuilder().bandWidth(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("band widths");
    }

    @Test
    void theShapePriorsComeFromTheOptions() {
        AlignerOptions o = AlignerOptions.defaults().toBuilder().oneSidedPrior(-6).build();
        BeadTypePrior prior = BeadTypePrior.standard(o);
        assertThat(prior.score(0, 1, 0, 0)).isEqualTo(-6);
        assertThat(prior.score(0, 0, 0, 1)).isEqualTo(-6);
        assertThat(prior.score(0, 2, 0, 1)).isEqualTo(AlignerOptions.SPLIT_PRIOR);
        assertThat(prior.score(0, 1, 0, 1)).isZero();
        assertThat(prior.score(0, 3, 0, 3)).isEqualTo(AlignerOptions.RARE_PRIOR);
        assertThat(prior.score(0, 1, 0, 5)).isEqualTo(AlignerOptions.RARE_PRIOR);
        assertThat(prior.score(0, 4, 0, 4)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(prior.score(0, 2, 0, 5)).isEqualTo(Double.NEGATIVE_INFINITY);
    }
}
