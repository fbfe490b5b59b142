package org.visavis.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.visavis.model.Alignment;

/**
 * The Export menu's work: warns when beads are still unconfirmed, asks for the file (in the
 * project folder, named after the project and, where a format has two layouts, the layout),
 * asks before replacing a file, and writes the alignment as it is now in the background.
 *
 * <pre>{@code
 * new ProjectExport(files, work, () -> dialogs, this::say).export(tmxFormat);
 * }</pre>
 */
final class ProjectExport {
    private final ProjectFiles files;
    private final BackgroundWork work;
    private final Supplier<Dialogs> dialogs;
    private final Consumer<String> say;

    /** {@code dialogs} is asked each time because tests replace the window's dialogs. */
    ProjectExport(ProjectFiles files, BackgroundWork work, Supplier<Dialogs> dialogs, Consumer<String> say) {
        this.files = files;
        this.work = work;
        this.dialogs = dialogs;
        this.say = say;
    }

    void export(ExportMenuEntry format) {
        ProjectSession session = files.session().orElse(null);
        if (session == null) {
            return;
        }
        Alignment snapshot = session.history().current();
        long unconfirmed = snapshot.beads().stream().filter(b -> !b.isConfirmed()).count();
        if (unconfirmed > 0 && !dialogs.get().confirm("Export " + format.name(), String.format(Locale.ROOT,
                "%,d of %,d beads are still unconfirmed. Export anyway?", unconfirmed, snapshot.beads().size()))) {
            return;
        }
        Path suggested = session.folder().resolve(format.fileName(session.name()));
        Path chosen = dialogs.get().chooseSaveFile("Export " + format.name(), suggested).orElse(null);
        if (chosen == null || (java.nio.file.Files.exists(chosen) && !dialogs.get().confirm("Export " + format.name(),
                chosen.getFileName() + " already exists in " + chosen.toAbsolutePath().getParent() + ". Replace it?"))) {
            return;
        }
        say.accept("Exporting " + chosen + "…");
        work.run(() -> {
            format.exporter().export(snapshot, chosen);
            return chosen;
        }, f -> say.accept("Exported " + f), e -> dialogs.get().error("Cannot export " + format.name(), Dialogs.describe(e)));
    }
}
