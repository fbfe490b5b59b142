package org.visavis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SupersedingRunsTest {
    @Test
    void aNewRunCancelsTheOneBefore() {
        SupersedingRuns runs = new SupersedingRuns();
        SupersedingRuns.Run first = runs.start();
        assertThat(first.isCurrent()).isTrue();
        assertThat(first.isCancelled()).isFalse();
        SupersedingRuns.Run second = runs.start();
        assertThat(first.isCurrent()).isFalse();
        assertThatThrownBy(first::checkCancelled).isInstanceOf(CancelledException.class);
        assertThat(second.isCurrent()).isTrue();
    }

    @Test
    void cancelAllStopsTheCurrentRun() {
        SupersedingRuns runs = new SupersedingRuns();
        SupersedingRuns.Run run = runs.start();
        runs.cancelAll();
        assertThat(run.isCancelled()).isTrue();
        assertThat(runs.start().isCancelled()).as("a run started afterwards is not cancelled").isFalse();
    }
}
