package org.visavis.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javax.swing.Timer;
import org.visavis.model.Alignment;

/**
 * The project open in the window and its file work: open, save, close (asking about unsaved
 * changes), the lock held while open, the recovery copy written a few seconds after the last
 * edit, and the offer to restore it on the next open. Files are read and written on
 * {@link BackgroundWork}; everything else runs on the Swing thread.
 *
 * <pre>{@code
 * files.openProject(Path.of("alignments/demo"));
 * files.edited();                  // after each edit: schedules the recovery copy
 * files.closeSession(frame::dispose);
 * }</pre>
 */
final class ProjectFiles {
    /** What the file work needs of the window. */
    interface Host {
        Dialogs dialogs();

        void say(String text);

        void showAlignment(Alignment a, int selectBead);

        /** The title and the saved/unsaved state shown changed. */
        void updateTitle();

        /** A project was opened and shown. */
        void opened();

        /** The project is about to be closed. */
        void closing();
    }

    private final Host host;
    private final BackgroundWork work;
    private final Timer autosave;
    private ProjectSession session;
    private String autosavedAt;

    ProjectFiles(Host host, BackgroundWork work, int autosaveDelayMs) {
        this.host = host;
        this.work = work;
        this.autosave = new Timer(autosaveDelayMs, e -> writeRecovery());
        autosave.setRepeats(false);
    }

    Optional<ProjectSession> session() {
        return Optional.ofNullable(session);
    }

    Optional<Alignment> alignment() {
        return session == null ? Optional.empty() : Optional.of(session.history().current());
    }

    Optional<Path> projectFolder() {
        return session == null ? Optional.empty() : Optional.of(session.folder());
    }

    boolean isDirty() {
        return session != null && session.history().isDirty();
    }

    /** "saved", "unsaved" or "unsaved, recovery copy 10:42:07", as the status bar shows it. */
    String saveState() {
        return isDirty() ? (autosavedAt == null ? "unsaved" : "unsaved, recovery copy " + autosavedAt) : "saved";
    }

    /** The alignment changed: the recovery copy is written a few seconds after the last such call. */
    void edited() {
        autosave.restart();
    }

    void chooseProject() {
        Optional<Path> start = projectFolder().map(Path::getParent).or(() -> Optional.of(Path.of("alignments").toAbsolutePath()));
        host.dialogs().chooseFolder("Open project folder", start).ifPresent(this::openProject);
    }

    /** Closes the current project (asking about unsaved changes) and opens {@code folder} in the background. */
    void openProject(Path folder) {
        closeSession(() -> {
            host.say("Opening " + folder + "…");
            work.run(() -> ProjectSession.open(folder), this::adopt,
                    e -> {
                        host.say(" ");
                        host.dialogs().error("Cannot open project", Dialogs.describe(e));
                    });
        });
    }

    /** Saves {@code alignment} as a new project in {@code folder} in the background, opens it, then runs {@code then}. */
    void create(Path folder, Alignment alignment, Runnable then) {
        work.run(() -> ProjectSession.create(folder, alignment), opened -> {
            adopt(opened);
            then.run();
        }, e -> host.dialogs().error("Cannot create the project", Dialogs.describe(e)));
    }

    private void adopt(ProjectSession.Opened opened) {
        SwingThread.mustBeSwingThread();
        if (opened.damage().isPresent()) {
            ProjectSession.Damage d = opened.damage().get();
            // the recovery copy or the previous version is offered before the damaged files are trusted
            if (!host.dialogs().confirm("Saved project unreadable", d.problem() + "\n\nOpen " + d.instead()
                    + " instead? Nothing is written until you save.")) {
                ProjectSession s = opened.session();
                work.run(() -> {
                    s.close();
                    return null;
                }, v -> host.say("Not opened: " + s.folder()), e -> host.say(Dialogs.describe(e)));
                return;
            }
        }
        session = opened.session();
        autosavedAt = null;
        opened.recoveryProblem().ifPresent(problem -> host.dialogs().error("Recovery copy unreadable", problem));
        if (opened.recovered().isPresent()) {
            String when = opened.recoveredAt().map(t -> DateTimeFormatter.ofPattern("d MMM HH:mm:ss", Locale.ROOT)
                    .format(t.toInstant().atZone(ZoneId.systemDefault()))).orElse("the last session");
            if (host.dialogs().confirm("Recover unsaved changes",
                    session.name() + " was not closed properly. Restore the unsaved changes from " + when + "?")) {
                session.history().apply("Recovered changes", opened.recovered().get());
                autosave.restart();
            } else {
                ProjectSession s = session;
                work.run(() -> {
                    s.discardRecovery();
                    return null;
                }, v -> { }, e -> host.say("Cannot delete the recovery copy: " + e.getMessage()));
            }
        }
        host.showAlignment(session.history().current(), 0);
        host.say("Opened " + session.folder());
        host.opened();
    }

    /** Saves in the background, then runs {@code after} on the Swing thread; on failure nothing already saved is lost. */
    void save(Runnable after) {
        save(after, ProjectSession.OnDiskChange.REFUSE);
    }

    private void save(Runnable after, ProjectSession.OnDiskChange onDiskChange) {
        if (session == null) {
            after.run();
            return;
        }
        ProjectSession s = session;
        Alignment snapshot = s.history().current();
        host.say("Saving…");
        work.run(() -> {
            s.save(snapshot, onDiskChange);
            return null;
        }, v -> {
            s.history().markSaved(snapshot);
            autosavedAt = null;
            host.say("Saved " + s.folder());
            host.updateTitle();
            after.run();
        }, e -> {
            if (e instanceof ProjectSession.ChangedOnDisk && host.dialogs().confirm("Project changed on disk",
                    e.getMessage() + ". Overwrite it with your version? The version on disk is kept as "
                            + org.visavis.project.ProjectStore.BACKUP_FILE + ".")) {
                save(after, ProjectSession.OnDiskChange.OVERWRITE);
                return;
            }
            host.say("Not saved");
            if (!(e instanceof ProjectSession.ChangedOnDisk)) {
                host.dialogs().error("Cannot save", Dialogs.describe(e));
            }
        });
    }

    private void writeRecovery() {
        if (session == null || !session.history().isDirty()) {
            return;
        }
        ProjectSession s = session;
        Alignment snapshot = s.history().current();
        work.run(() -> {
            s.writeRecovery(snapshot);
            return null;
        }, v -> {
            autosavedAt = java.time.LocalTime.now().withNano(0).toString();
            host.updateTitle();
        }, e -> host.say("Autosave failed: " + Dialogs.describe(e)));
    }

    /** Ends the current session (asking about unsaved changes), then runs {@code then}; does nothing on Cancel. */
    void closeSession(Runnable then) {
        SwingThread.mustBeSwingThread();
        if (session == null) {
            then.run();
            return;
        }
        ProjectSession s = session;
        Runnable release = () -> {
            autosave.stop();
            host.closing();
            work.run(() -> {
                s.discardRecovery();
                s.close();
                return null;
            }, v -> {
                if (session == s) {
                    session = null;
                }
                then.run();
            }, e -> {
                s.close();
                session = null;
                then.run();
            });
        };
        if (!s.history().isDirty()) {
            release.run();
            return;
        }
        switch (host.dialogs().unsavedChanges(s.name())) {
            case SAVE -> save(release);
            case DISCARD -> release.run();
            case CANCEL -> { }
        }
    }

    /** Drops the project as a crash would: no save, no question, the recovery copy stays (tests only). */
    void crashForTests() {
        autosave.stop();
        if (session != null) {
            session.close(); // the OS would release the lock with the process
            session = null;
        }
    }

    /** Writes the recovery copy now instead of a few seconds after the last edit (tests, benchmarks). */
    void autosaveNow() {
        autosave.stop();
        writeRecovery();
    }
}
