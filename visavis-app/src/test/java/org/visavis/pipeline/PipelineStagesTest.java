package org.visavis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.visavis.model.Language;

/** The real pipeline on a Debian Handbook section reports its five stages, each started then done, the whole rising to 100 %. */
class PipelineStagesTest {
    private record Event(PipelineStage stage, boolean done, double fraction) {
    }

    @Test
    void everyStageStartsAndEndsInOrderAndTheFractionOnlyRises() {
        List<Event> events = new CopyOnWriteArrayList<>();
        new AlignmentPipeline().run(new AlignmentRequest(
                Path.of("corpora/debian-handbook/fr-FR/sect.role-of-distributions.html"),
                Path.of("corpora/debian-handbook/en-US/sect.role-of-distributions.html"),
                Language.of("fr"), Language.of("en"), Optional.empty()), new Progress() {
                    @Override
                    public void report(String stage, double fraction) {
                        throw new AssertionError("the pipeline reports stages, not bare steps: " + stage);
                    }

                    @Override
                    public void stage(PipelineStage stage, boolean done, String detail, double fraction) {
                        events.add(new Event(stage, done, fraction));
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });
        for (PipelineStage s : PipelineStage.values()) {
            List<Boolean> of = events.stream().filter(e -> e.stage() == s).map(Event::done).toList();
            assertThat(of).as(s.label()).containsExactly(false, true);
        }
        // the two readings run together; from the splitting on, one stage after the other
        List<PipelineStage> later = events.stream().map(Event::stage)
                .filter(s -> s != PipelineStage.READING_SOURCE && s != PipelineStage.READING_TARGET).toList();
        assertThat(later).containsExactly(PipelineStage.SEGMENTING, PipelineStage.SEGMENTING, PipelineStage.ALIGNING,
                PipelineStage.ALIGNING, PipelineStage.CHECKING, PipelineStage.CHECKING);
        assertThat(events.subList(0, 4)).allMatch(e -> e.stage() == PipelineStage.READING_SOURCE || e.stage() == PipelineStage.READING_TARGET);
        List<Double> fractions = events.stream().map(Event::fraction).toList();
        assertThat(fractions).isSorted();
        assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
    }
}
