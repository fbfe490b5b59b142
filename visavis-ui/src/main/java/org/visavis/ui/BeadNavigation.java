package org.visavis.ui;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.visavis.edit.BeadSearch;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.VisavisException;

/**
 * Moving the selection in the bead table: next bead of a kind, go to a bead number, the
 * "needs attention" filter, and the find bar.
 *
 * <pre>{@code
 * nav.go(BeadSearch.unconfirmed(), BeadSearch.Direction.FORWARD);
 * }</pre>
 */
final class BeadNavigation {
    private final BeadTableModel model;
    private final BeadTable table;
    private final SearchBar search;
    private final Supplier<Dialogs> dialogs;
    private final Consumer<String> say;
    private final Runnable filterChanged;
    private BeadRisk risk = new BeadRisk(BeadSearch.LOW_CONFIDENCE);
    private java.util.function.DoubleConsumer thresholdChanged = t -> { };

    /** {@code dialogs} is asked each time because tests replace the window's dialogs. */
    BeadNavigation(BeadTableModel model, BeadTable table, SearchBar search, Supplier<Dialogs> dialogs,
                   Consumer<String> say, Runnable filterChanged) {
        this.model = model;
        this.table = table;
        this.search = search;
        this.dialogs = dialogs;
        this.say = say;
        this.filterChanged = filterChanged;
    }

    /** Uses {@code r} for what counts as low and risky; {@code changed} hears a threshold the reviser sets. */
    void setRisk(BeadRisk r, java.util.function.DoubleConsumer changed) {
        this.risk = r;
        this.thresholdChanged = changed;
    }

    /** The next (or previous) bead, in the text's order, whose risk score is below the threshold. */
    void goLow(BeadSearch.Direction direction) {
        Alignment a = model.alignment();
        if (a == null) {
            return;
        }
        int from = table.selectedBead();
        int step = direction == BeadSearch.Direction.FORWARD ? 1 : -1;
        for (int i = from < 0 ? (step > 0 ? 0 : a.beads().size() - 1) : from + step; i >= 0 && i < a.beads().size(); i += step) {
            if (!a.beads().get(i).isConfirmed() && risk.isLow(i, a.beads().get(i))) {
                if (!model.isShown(i)) {
                    toggleFilter();
                }
                table.selectBead(i);
                say.accept(String.format(java.util.Locale.ROOT, "Bead %,d: %.2f%s (below %.2f)",
                        org.visavis.checks.BeadNumbers.shown(i), risk.score(i, a.beads().get(i)),
                        risk.why(i, a.beads().get(i)).isEmpty() ? "" : ", " + risk.why(i, a.beads().get(i)), risk.threshold()));
                return;
            }
        }
        say.accept(String.format(java.util.Locale.ROOT, "No unconfirmed bead below %.2f %s", risk.threshold(),
                step > 0 ? "below" : "above"));
    }

    /** Asks for the confidence below which a bead counts as low, and uses it at once. */
    void setThreshold() {
        Optional<String> answer = dialogs.get().ask("Low confidence", "A bead counts as low below this confidence (0.05–1.00):",
                String.format(java.util.Locale.ROOT, "%.2f", risk.threshold()));
        if (answer.isEmpty()) {
            return;
        }
        double t;
        try {
            t = Double.parseDouble(answer.get().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            say.accept("Not a confidence: " + answer.get());
            return;
        }
        if (t < 0.05 || t > 1) {
            say.accept("A threshold is between 0.05 and 1.00, not " + answer.get().strip());
            return;
        }
        risk.setThreshold(t);
        thresholdChanged.accept(t);
        if (model.isFiltered()) {
            toggleFilter();
            toggleFilter();
        }
        if (model.isOrdered()) {
            reorder();
        }
        table.repaint();
        say.accept(String.format(java.util.Locale.ROOT, "Low confidence: below %.2f", t));
    }

    /** Orders the beads by risk, riskiest first, or back to the text's order. */
    void toggleRiskOrder() {
        if (model.isOrdered()) {
            int b = table.selectedBead();
            model.setOrder(null);
            table.refreshRowHeights();
            if (b >= 0) {
                table.selectBead(b);
            }
            filterChanged.run();
            say.accept("Beads in the text's order");
            return;
        }
        reorder();
        if (model.getRowCount() > 0) {
            table.selectBead(model.beadAt(0));
        }
        filterChanged.run();
        say.accept("Beads by risk: lowest confidence, one-sided and flagged first");
    }

    private void reorder() {
        Alignment a = model.alignment();
        if (a == null) {
            return;
        }
        List<Bead> beads = a.beads();
        model.setOrder(i -> risk.score(i, beads.get(i)));
        table.refreshRowHeights();
    }

    void go(Predicate<Bead> wanted, BeadSearch.Direction direction) {
        Alignment a = model.alignment();
        if (a == null) {
            return;
        }
        OptionalInt found = BeadSearch.next(a.beads(), table.selectedBead(), direction, wanted);
        if (found.isEmpty()) {
            say.accept(direction == BeadSearch.Direction.FORWARD ? "No more such beads below" : "No more such beads above");
            return;
        }
        if (!model.isShown(found.getAsInt())) {
            toggleFilter();
        }
        table.selectBead(found.getAsInt());
        say.accept(" ");
    }

    void goToBead() {
        Alignment a = model.alignment();
        if (a == null) {
            return;
        }
        Optional<String> answer = dialogs.get().ask("Go to bead", "Bead number (1–" + a.beads().size() + "):", "");
        if (answer.isEmpty()) {
            return;
        }
        try {
            int n = Integer.parseInt(answer.get().strip().replace(",", ""));
            if (n < 1 || n > a.beads().size()) {
                say.accept("There is no bead " + n);
                return;
            }
            if (!model.isShown(n - 1)) {
                toggleFilter();
            }
            table.selectBead(n - 1);
        } catch (NumberFormatException e) {
            say.accept("Not a bead number: " + answer.get());
        }
    }

    /** Selects {@code bead}, or the last one if the text was edited since it was found, showing it if filtered out. */
    void jumpTo(int bead) {
        Alignment a = model.alignment();
        if (a == null || a.beads().isEmpty()) {
            return;
        }
        int b = Math.min(bead, a.beads().size() - 1); // the text was edited since the check ran
        if (!model.isShown(b)) {
            toggleFilter();
        }
        table.selectBead(b);
    }

    void toggleFilter() {
        int b = table.selectedBead();
        Alignment a = model.alignment();
        if (model.isFiltered() || a == null) {
            model.setFilter(null);
        } else {
            List<Bead> beads = a.beads();
            Predicate<Bead> notOneToOne = BeadSearch.notOneToOne();
            // unconfirmed, and not 1-1 or low by the reviser's threshold (one-sided and flagged beads count as low)
            model.setFilter(i -> !beads.get(i).isConfirmed() && (notOneToOne.test(beads.get(i)) || risk.isLow(i, beads.get(i))));
        }
        table.refreshRowHeights();
        if (b >= 0) {
            table.selectBead(b);
        }
        filterChanged.run();
        say.accept(model.isFiltered() ? String.format(java.util.Locale.ROOT,
                "Showing only beads needing attention (unconfirmed, not 1-1 or below %.2f)", risk.threshold()) : "Showing all beads");
    }

    void showSearch() {
        search.setVisible(true);
        search.query.requestFocusInWindow();
        search.query.selectAll();
    }

    void closeSearch() {
        search.setVisible(false);
        table.setSearchHighlight(SearchHighlight.NONE);
        table.requestFocusInWindow();
    }

    void findText(BeadSearch.Direction direction) {
        Alignment a = model.alignment();
        String q = search.query.getText();
        if (a == null || q.isEmpty()) {
            return;
        }
        try {
            java.util.function.Predicate<Integer> matches = BeadSearch.text(a, q, search.mode(), search.searchScope());
            table.setSearchHighlight(SearchHighlight.of(q, search.mode(), search.searchScope()));
            int from = table.selectedBead();
            OptionalInt found = BeadSearch.find(a, from, direction, matches);
            if (found.isEmpty()) {
                search.showResult("not found");
                return;
            }
            int b = found.getAsInt();
            int count = 0;
            int position = 0;
            for (int i = 0; i < a.beads().size(); i++) {
                if (matches.test(i)) {
                    count++;
                    if (i == b) {
                        position = count;
                    }
                }
            }
            if (!model.isShown(b)) {
                toggleFilter();
            }
            table.selectBead(b);
            boolean wrapped = from >= 0 && (direction == BeadSearch.Direction.FORWARD ? b <= from : b >= from);
            search.showResult(position + " of " + count + (count == 1 ? " bead" : " beads") + " · bead "
                    + org.visavis.checks.BeadNumbers.shown(b)
                    + (wrapped ? (direction == BeadSearch.Direction.FORWARD ? " · wrapped to the top" : " · wrapped to the bottom") : ""));
        } catch (VisavisException e) {
            table.setSearchHighlight(SearchHighlight.NONE);
            search.showResult(e.getMessage());
        }
    }
}
