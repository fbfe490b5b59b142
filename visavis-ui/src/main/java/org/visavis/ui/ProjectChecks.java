package org.visavis.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.visavis.checks.AcceptedRenderings;
import org.visavis.checks.CheckOptions;
import org.visavis.checks.Finding;
import org.visavis.checks.IgnoredFindings;
import org.visavis.lang.LanguageKnowledge;
import org.visavis.model.Alignment;
import org.visavis.model.Language;
import org.visavis.model.SegmentedDocument;
import org.visavis.model.Side;
import org.visavis.model.VisavisException;
import org.visavis.terms.DeclaredGlossary;
import org.visavis.terms.DeclaredRendering;
import org.visavis.terms.DeclaredRenderingFinder;
import org.visavis.terms.Glossary;
import org.visavis.terms.CitationForm;
import org.visavis.terms.GlossaryEntry;
import org.visavis.terms.GlossaryLookup;
import org.visavis.terms.GlossaryTermMarker;
import org.visavis.terms.ProjectGlossary;
import org.visavis.terms.RenderingDeclarations;
import org.visavis.terms.Term;
import org.visavis.terms.TermMatcher;

/**
 * The terminology side of the workbench: the project's glossary and ignored findings, the
 * findings panel, the background check runs and the term highlights. The workbench tells it
 * when a project opens, changes or closes; it asks the workbench to jump to beads.
 *
 * <pre>{@code
 * ProjectChecks checks = new ProjectChecks(host);
 * checks.opened();      // after a project is shown: loads glossary and ignores, then checks
 * checks.edited();      // after each edit: checks again 2 s after the last one
 * }</pre>
 */
final class ProjectChecks {
    /** What the checks need from the workbench, used on the Swing thread. */
    interface Host {
        Optional<Alignment> alignment();

        Optional<Path> projectFolder();

        BackgroundWork work();

        Dialogs dialogs();

        void say(String message);

        void jumpTo(int bead);

        void repaintTable();

        /** The beads the findings shown point at, which rank as risky. */
        void flagged(java.util.Collection<Integer> beads);

        /** Highlights the finding's words in its beads (none: no finding highlighted). */
        void highlight(Optional<Finding> finding);
    }

    /** What a project brings along: its ignored findings and its glossary, read in the background. */
    private record Loaded(IgnoredFindings ignored, AcceptedRenderings accepted, Optional<Path> glossaryFile,
                          Optional<Glossary> glossary, Optional<String> problem, List<DeclaredRendering> declared) {
    }

    private final Host host;
    private final FindingsPanel panel;
    private final BackgroundChecks checks;
    private final TermHighlights terms;
    private Path folder;
    private IgnoredFindings ignored = IgnoredFindings.NONE;
    private AcceptedRenderings accepted = AcceptedRenderings.NONE;
    /** The last run's findings before the project's accepted renderings and glossary took some out. */
    private List<Finding> found = List.of();
    private Optional<Path> glossaryFile = Optional.empty();
    private Optional<Glossary> glossary = Optional.empty();
    /** The renderings the translation declares in its notes: highlighted like glossary terms. */
    private List<DeclaredRendering> declared = List.of();
    /**
     * Reads what a project brings along off the file worker and after the project is painted:
     * a big translation takes a second to scan for declared renderings, which neither the first
     * paint nor a save queued behind it should wait for.
     */
    private final java.util.concurrent.ExecutorService loader = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "visavis-checks-load");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    /** Counts the projects opened; a load for an earlier one is dropped. */
    private long opening;
    /** The glossary work asked for while the project's glossary was still being read, run once it is. */
    private final List<Runnable> afterLoad = new java.util.ArrayList<>();
    private boolean loading;

    ProjectChecks(Host host) {
        this.host = host;
        this.panel = new FindingsPanel(new FindingsPanel.Listener() {
            @Override
            public void jumpTo(Finding finding, int bead) {
                host.jumpTo(bead);
                host.say(finding.message());
            }

            @Override
            public void ignore(Finding finding) {
                setIgnored(ignored.with(finding), "Ignored: " + finding.message());
            }

            @Override
            public void unignore(Finding finding) {
                setIgnored(ignored.without(finding), "Unignored: " + finding.message());
            }

            @Override
            public void acceptRendering(Finding finding, String rendering) {
                ProjectChecks.this.acceptRendering(finding, rendering);
            }

            @Override
            public void addDominantToGlossary(Finding finding) {
                ProjectChecks.this.addDominantToGlossary(finding);
            }

            @Override
            public void showing(Optional<Finding> finding) {
                host.highlight(finding);
            }
        });
        this.checks = new BackgroundChecks(this::request, new BackgroundChecks.Listener() {
            @Override
            public void started() {
                panel.setChecking("checking…");
            }

            @Override
            public void finished(List<Finding> findings) {
                found = findings;
                showFindings();
            }

            @Override
            public void failed(String message) {
                panel.clear("checks failed: " + message);
            }
        });
        this.terms = new TermHighlights(host::repaintTable, why -> host.dialogs().error("Glossary highlighting stopped", why));
        // the glossary button proposes the entry as a glossary writes it (the taggers are loaded once findings show)
        panel.detail().setCitation((side, text) -> host.alignment()
                .map(a -> citations.computeIfAbsent(side.of(a).language(),
                        l -> new CitationForm(org.visavis.lang.LanguageKnowledge.tagger(l))).of(text))
                .orElse(text));
    }

    private final java.util.Map<Language, CitationForm> citations = new java.util.concurrent.ConcurrentHashMap<>();

    /** The last findings less what the project settled: accepted renderings and terms the glossary has. */
    private void showFindings() {
        List<Finding> shown = accepted.apply(found, glossary);
        panel.setFindings(shown, ignored);
        host.flagged(ignored.filter(shown).stream().flatMap(f -> f.beads().stream()).toList());
    }

    FindingsPanel panel() {
        return panel;
    }

    TermHighlights terms() {
        return terms;
    }

    Optional<Path> glossaryFile() {
        return glossaryFile;
    }

    /** True when no check is pending or running and the project's files are read. */
    boolean isIdle() {
        return !loading && checks.isIdle();
    }

    private Optional<BackgroundChecks.Request> request() {
        // LanguageTool's grammar rules are left to `visavis check`: on a whole book they take minutes
        CheckOptions options = CheckOptions.defaults().withLanguageToolCategories(Set.of());
        CheckOptions withGlossary = glossary.map(options::withGlossary).orElse(options);
        return host.alignment().map(a -> new BackgroundChecks.Request(a, withGlossary));
    }

    /**
     * A project was opened: once the Swing thread has painted it, reads its ignores and glossary
     * in the background, then checks it.
     */
    void opened() {
        Optional<Path> f = host.projectFolder();
        Optional<Alignment> a = host.alignment();
        if (f.isEmpty() || a.isEmpty()) {
            return;
        }
        Language source = a.get().source().language();
        Language target = a.get().target().language();
        Path dir = f.get();
        folder = dir;
        long now = ++opening;
        loading = true;
        panel.clear("checking…");
        SegmentedDocument translation = a.get().target();
        // the repaint of the project shown is queued already: this runs after it
        javax.swing.SwingUtilities.invokeLater(() -> {
            if (now != opening) {
                return;
            }
            java.util.concurrent.CompletableFuture.supplyAsync(() -> load(dir, source, target, translation), loader)
                    .whenComplete((loaded, e) -> javax.swing.SwingUtilities.invokeLater(() -> {
                        if (now != opening) {
                            return; // another project was opened meanwhile, or this one closed
                        }
                        if (e != null) {
                            finishLoading();
                            Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                                    ? e.getCause() : e;
                            panel.clear(cause instanceof Exception x ? Dialogs.describe(x) : cause.toString());
                        } else {
                            adopt(loaded);
                        }
                    }));
        });
    }

    private static Loaded load(Path dir, Language source, Language target, SegmentedDocument translation) {
        IgnoredFindings ignored = IgnoredFindings.load(dir);
        AcceptedRenderings accepted = AcceptedRenderings.load(dir);
        List<DeclaredRendering> declared = new DeclaredRenderingFinder(RenderingDeclarations.bundled()).find(translation);
        Optional<Path> file = ProjectGlossary.chosen(dir);
        if (file.isEmpty()) {
            return new Loaded(ignored, accepted, file, Optional.empty(), Optional.empty(), declared);
        }
        try {
            return new Loaded(ignored, accepted, file, Optional.of(ProjectGlossary.read(file.get(), source, target)),
                    Optional.empty(), declared);
        } catch (VisavisException e) {
            // the project opens and is checked without it; the person is told and can choose another
            return new Loaded(ignored, accepted, file, Optional.empty(), Optional.of(e.getMessage()), declared);
        }
    }

    private void adopt(Loaded loaded) {
        ignored = loaded.ignored();
        accepted = loaded.accepted();
        glossaryFile = loaded.glossaryFile();
        declared = loaded.declared();
        useGlossary(loaded.glossary());
        loaded.problem().ifPresent(p -> host.dialogs().error("Glossary not loaded", p));
        finishLoading();
        checks.runNow();
    }

    private void finishLoading() {
        loading = false;
        List<Runnable> waiting = List.copyOf(afterLoad);
        afterLoad.clear();
        waiting.forEach(Runnable::run);
    }

    /** Runs {@code r} now, or once the project's glossary is read: glossary work must start from it. */
    private void whenLoaded(Runnable r) {
        if (loading) {
            afterLoad.add(r);
        } else {
            r.run();
        }
    }

    private void useGlossary(Optional<Glossary> g) {
        glossary = g;
        // the terms the translation declares are marked as glossary terms are (the checks add them too)
        Optional<Glossary> marked = declared.isEmpty() ? g : host.alignment().map(a -> DeclaredGlossary.with(g, declared,
                a.source().language(), a.target().language()));
        terms.setMarker(marked.map(ProjectChecks::markerOf));
    }

    private static Supplier<GlossaryTermMarker> markerOf(Glossary g) {
        return () -> {
            TermMatcher source = new TermMatcher(LanguageKnowledge.tagger(g.source()));
            TermMatcher target = new TermMatcher(LanguageKnowledge.tagger(g.target()));
            return new GlossaryTermMarker(new GlossaryLookup(g, source, target), target);
        };
    }

    /** The alignment changed: check again a little after the last change. */
    void edited() {
        if (folder != null) {
            checks.schedule();
        }
    }

    void runNow() {
        if (folder != null && !loading) {
            checks.runNow(); // while loading, the run after it comes soon
        }
    }

    /** The project closed: stops checking and forgets its findings. */
    void closed() {
        checks.cancel();
        opening++;
        loading = false;
        afterLoad.clear();
        folder = null;
        ignored = IgnoredFindings.NONE;
        accepted = AcceptedRenderings.NONE;
        found = List.of();
        host.flagged(List.of());
        glossaryFile = Optional.empty();
        declared = List.of();
        useGlossary(Optional.empty());
        panel.clear("no project");
    }

    private void setIgnored(IgnoredFindings now, String said) {
        if (folder == null) {
            return;
        }
        ignored = now;
        panel.setIgnored(now);
        host.flagged(ignored.filter(accepted.apply(found, glossary)).stream().flatMap(f -> f.beads().stream()).toList());
        Path dir = folder;
        host.work().run(() -> {
            now.save(dir);
            return null;
        }, v -> host.say(said), e -> host.dialogs().error("Cannot save the ignored findings", Dialogs.describe(e)));
    }

    /** Glossary › Open glossary: chooses the project's glossary file and checks with it. */
    void chooseGlossary() {
        Optional<Alignment> a = host.alignment();
        if (folder == null || a.isEmpty()) {
            return;
        }
        Optional<Path> file = host.dialogs().chooseOpenFile("Open glossary", Optional.of(folder),
                "Glossaries (TBX, TSV, CSV)", "tbx", "tsv", "csv", "txt");
        if (file.isEmpty()) {
            return;
        }
        Path dir = folder;
        Language source = a.get().source().language();
        Language target = a.get().target().language();
        host.say("Reading " + file.get() + "…");
        whenLoaded(() -> host.work().run(() -> {
            Glossary g = ProjectGlossary.read(file.get(), source, target);
            ProjectGlossary.choose(dir, file.get());
            return g;
        }, g -> {
            if (!dir.equals(folder)) {
                return;
            }
            glossaryFile = file;
            useGlossary(Optional.of(g));
            host.say("Glossary: " + file.get().getFileName() + " (" + g.entries().size() + " entries)");
            checks.runNow();
        }, e -> host.dialogs().error("Cannot use this glossary", Dialogs.describe(e))));
    }

    /**
     * Glossary › Add to glossary: asks for the source term and its rendering (prefilled with the
     * text selected in the bead), then adds them to the project's glossary file, creating
     * {@code glossary.tsv} in the project folder when none was chosen.
     */
    void addToGlossary(String selectedSource, String selectedTarget) {
        Optional<Alignment> a = host.alignment();
        if (folder == null || a.isEmpty()) {
            return;
        }
        Language source = a.get().source().language();
        Language target = a.get().target().language();
        Optional<String> s = host.dialogs().ask("Add to glossary", "Source term (" + source.code() + "):", selectedSource)
                .map(String::strip).filter(x -> !x.isEmpty());
        if (s.isEmpty()) {
            return;
        }
        Optional<String> t = host.dialogs().ask("Add to glossary", "Rendering of “" + s.get() + "” (" + target.code() + "):",
                selectedTarget).map(String::strip).filter(x -> !x.isEmpty());
        if (t.isEmpty()) {
            return;
        }
        addEntry(s.get(), t.get(), source, target);
    }

    /** Adds {@code term → rendering} to the project's glossary file in the background, then checks with it. */
    private void addEntry(String term, String rendering, Language source, Language target) {
        // the file is the project's chosen glossary: known once its settings are read
        whenLoaded(() -> appendEntry(term, rendering, source, target));
    }

    private void appendEntry(String term, String rendering, Language source, Language target) {
        if (folder == null) {
            return;
        }
        GlossaryEntry entry = new GlossaryEntry(Term.of(term), List.of(Term.of(rendering)), List.of(), "");
        Path dir = folder;
        Path file = glossaryFile.orElse(ProjectGlossary.defaultFile(dir));
        boolean choose = glossaryFile.isEmpty();
        host.work().run(() -> {
            Glossary g = ProjectGlossary.append(file, entry, source, target);
            if (choose) {
                ProjectGlossary.choose(dir, file);
            }
            return g;
        }, g -> {
            if (!dir.equals(folder)) {
                return;
            }
            glossaryFile = Optional.of(file);
            useGlossary(Optional.of(g));
            host.say("Added “" + term + "” → “" + rendering + "” to " + file.getFileName());
            showFindings();
            checks.runNow();
        }, e -> host.dialogs().error("Cannot add to the glossary", Dialogs.describe(e)));
    }

    /**
     * Accepts {@code rendering} of the finding's term as a legitimate variant: the finding goes
     * at once (or keeps only its other deviations), and the choice is saved in the project.
     */
    void acceptRendering(Finding f, String rendering) {
        if (folder == null) {
            return;
        }
        accepted = accepted.with(f, rendering);
        showFindings();
        // saved as the bead writes it: AcceptedRenderings matches every form of it
        AcceptedRenderings now = accepted;
        Path dir = folder;
        host.work().run(() -> {
            now.save(dir);
            return null;
        }, v -> host.say("Accepted “" + rendering + "” as a rendering of “" + f.subject() + "”"),
                e -> host.dialogs().error("Cannot save the accepted renderings", Dialogs.describe(e)));
    }

    /**
     * Makes the rendering most of the finding's beads use the glossary's entry for its term
     * (for a target-side finding, the usual source term becomes the entry and the subject its
     * rendering). The glossary checks then report the beads that deviate.
     */
    void addDominantToGlossary(Finding f) {
        Optional<Alignment> a = host.alignment();
        Optional<String> dominant = AcceptedRenderings.dominant(f);
        if (folder == null || a.isEmpty() || dominant.isEmpty()) {
            return;
        }
        Language source = a.get().source().language();
        Language target = a.get().target().language();
        // a glossary has a term in its citation form, not as the first bead met writes it ("paquets sources")
        String subject = f.subject();
        String usual = dominant.get();
        boolean fromSource = f.side() == Side.SOURCE;
        whenLoaded(() -> host.work().run(() -> {
            CitationForm sourceForm = new CitationForm(org.visavis.lang.LanguageKnowledge.tagger(source));
            CitationForm targetForm = new CitationForm(org.visavis.lang.LanguageKnowledge.tagger(target));
            return fromSource ? List.of(sourceForm.of(subject), targetForm.of(usual))
                    : List.of(sourceForm.of(usual), targetForm.of(subject));
        }, entry -> appendEntry(entry.get(0), entry.get(1), source, target),
                e -> host.dialogs().error("Cannot add to the glossary", Dialogs.describe(e))));
    }
}
