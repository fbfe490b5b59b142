package org.visavis.ui;

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
        model.setFilter(model.isFiltered() ? null : BeadSearch.needsAttention(BeadSearch.LOW_CONFIDENCE));
        table.refreshRowHeights();
        if (b >= 0) {
            table.selectBead(b);
        }
        filterChanged.run();
        say.accept(model.isFiltered() ? "Showing only beads needing attention (unconfirmed, not 1-1 or low confidence)" : "Showing all beads");
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
