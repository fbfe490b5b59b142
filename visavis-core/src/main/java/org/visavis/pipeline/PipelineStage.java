package org.visavis.pipeline;

/**
 * The stages of a new alignment, in order, as {@link Progress#stage} reports them; the two
 * documents are read at the same time, so both reading stages run together.
 * {@code PipelineStage.ALIGNING.label()} is "Aligning the sentences".
 */
public enum PipelineStage {
    READING_SOURCE("Reading the source"),
    READING_TARGET("Reading the target"),
    SEGMENTING("Splitting sentences"),
    ALIGNING("Aligning the sentences"),
    CHECKING("Checking the alignment");

    private final String label;

    PipelineStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
