package org.visavis.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import org.visavis.checks.AcceptedRenderings;
import org.visavis.checks.BeadNumbers;
import org.visavis.checks.Finding;
import org.visavis.checks.TermInconsistencyCheck;

/**
 * The selected finding opened up, beside the findings list: what it says and why, its beads to
 * look at (for a term, the deviating ones, each with the rendering it uses; a click or Enter
 * jumps to it), and one button per decision: accept the selected bead's rendering as a variant,
 * make the rendering most beads use a glossary entry, ignore the finding.
 *
 * <pre>{@code
 * FindingDetail d = new FindingDetail(actions);
 * d.show(Optional.of(finding), false);
 * }</pre>
 */
final class FindingDetail extends JPanel {
    /** What the buttons and the bead list ask for, on the Swing thread. */
    interface Actions {
        void jumpTo(Finding f, int bead);

        void accept(Finding f, String rendering);

        void addToGlossary(Finding f);

        void ignore(Finding f);
    }

    /** A bead of the finding and the rendering it uses there ("" when the finding compares none). */
    record BeadLine(int bead, String rendering) {
    }

    private final Actions actions;
    private final JTextArea about = new JTextArea(3, 30);
    private final DefaultListModel<BeadLine> beadLines = new DefaultListModel<>();
    private final JList<BeadLine> beads = new JList<>(beadLines);
    private final JButton accept = new JButton("Accept as variant");
    private final JButton glossary = new JButton("Make glossary entry");
    private final JButton ignore = new JButton("Ignore");
    private Optional<Finding> finding = Optional.empty();
    /** The citation form of a term or rendering of a side, as the glossary entry will have it. */
    private java.util.function.BiFunction<org.visavis.model.Side, String, String> citation = (side, text) -> text;

    FindingDetail(Actions actions) {
        super(new BorderLayout(0, 4));
        this.actions = actions;
        setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 4));
        about.setEditable(false);
        about.setLineWrap(true);
        about.setWrapStyleWord(true);
        about.setOpaque(false);
        about.setFocusable(false);
        about.setFont(UIManager.getFont("Label.font"));
        beads.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        beads.setVisibleRowCount(4);
        beads.setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focused) {
                BeadLine l = (BeadLine) value;
                String text = "Bead " + BeadNumbers.shown(l.bead()) + (l.rendering().isEmpty() ? "" : " · “" + l.rendering() + "”");
                return super.getListCellRendererComponent(list, text, index, selected, focused);
            }
        });
        beads.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                updateButtons();
            }
        });
        beads.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (javax.swing.SwingUtilities.isLeftMouseButton(e)) {
                    jumpToSelectedBead();
                }
            }
        });
        beads.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "jump");
        beads.getActionMap().put("jump", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                jumpToSelectedBead();
            }
        });
        accept.addActionListener(e -> acceptSelected());
        glossary.addActionListener(e -> addToGlossary());
        ignore.addActionListener(e -> finding.ifPresent(actions::ignore));
        accept.setToolTipText("The selected bead's rendering is a legitimate variant: the finding goes, in this project for good");
        glossary.setToolTipText("Add the rendering most beads use to the project's glossary; the glossary checks then list the others");
        ignore.setToolTipText("Dismiss this finding (Delete in the list); “Show ignored” brings it back");
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        buttons.add(accept);
        buttons.add(glossary);
        buttons.add(ignore);
        add(about, BorderLayout.NORTH);
        add(new JScrollPane(beads), BorderLayout.CENTER);
        add(buttons, BorderLayout.SOUTH);
        show(Optional.empty(), false);
    }

    /** How the glossary button writes the entry it proposes (see {@link org.visavis.terms.CitationForm}). */
    void setCitation(java.util.function.BiFunction<org.visavis.model.Side, String, String> citation) {
        this.citation = citation;
        updateButtons();
    }

    /** Shows {@code f} (or nothing); an ignored finding can only be looked at. */
    void show(Optional<Finding> f, boolean isIgnored) {
        finding = f;
        beadLines.clear();
        if (f.isEmpty()) {
            about.setText("Select a finding to see its beads and what to do with it.");
            updateButtons();
            return;
        }
        Finding x = f.get();
        StringBuilder text = new StringBuilder(x.message());
        if (!x.reason().isEmpty()) {
            text.append("\n").append(x.reason());
        }
        if (x.confidence() < 1) {
            text.append(String.format(java.util.Locale.ROOT, " · confidence %.2f", x.confidence()));
        }
        about.setText(text.toString());
        about.setCaretPosition(0);
        for (int b : x.beads()) {
            beadLines.addElement(new BeadLine(b, renderingAt(x, b)));
        }
        if (!beadLines.isEmpty()) {
            beads.setSelectedIndex(0);
        }
        accept.setVisible(isTermFinding(x));
        glossary.setVisible(isTermFinding(x));
        ignore.setEnabled(!isIgnored);
        updateButtons();
    }

    private static boolean isTermFinding(Finding f) {
        return f.check().equals(TermInconsistencyCheck.ID) && f.renderings().size() > 1;
    }

    private static String renderingAt(Finding f, int bead) {
        for (Map.Entry<String, List<Integer>> e : f.renderings().entrySet()) {
            if (e.getValue().contains(bead)) {
                return e.getKey();
            }
        }
        return "";
    }

    /** Selects {@code bead} in the list (after a jump from the findings list). */
    void selectBead(int bead) {
        for (int i = 0; i < beadLines.size(); i++) {
            if (beadLines.get(i).bead() == bead) {
                beads.setSelectedIndex(i);
                beads.ensureIndexIsVisible(i);
            }
        }
    }

    private Optional<BeadLine> selectedLine() {
        return Optional.ofNullable(beads.getSelectedValue());
    }

    /** The rendering "Accept as variant" would accept: the selected bead's, if it is not the usual one. */
    Optional<String> renderingToAccept() {
        Optional<String> dominant = finding.flatMap(AcceptedRenderings::dominant);
        return selectedLine().map(BeadLine::rendering).filter(r -> !r.isEmpty() && !Optional.of(r).equals(dominant));
    }

    private void updateButtons() {
        boolean term = finding.filter(FindingDetail::isTermFinding).isPresent();
        Optional<String> r = renderingToAccept();
        accept.setEnabled(term && r.isPresent());
        accept.setText(r.map(x -> "Accept “" + shorten(x) + "” as a variant").orElse("Accept as variant"));
        Optional<String> dominant = finding.flatMap(AcceptedRenderings::dominant);
        glossary.setEnabled(term && dominant.isPresent());
        glossary.setText(dominant.filter(d -> term).map(d -> "Glossary: " + entry(finding.get(), d)).orElse("Make glossary entry"));
        if (finding.isEmpty()) {
            ignore.setEnabled(false);
        }
    }

    /** The entry the glossary button adds: "“paquet source” → “source package”", citation forms. */
    private String entry(Finding f, String dominant) {
        org.visavis.model.Side other = f.side() == org.visavis.model.Side.SOURCE ? org.visavis.model.Side.TARGET
                : org.visavis.model.Side.SOURCE;
        String term = citation.apply(f.side(), f.subject());
        String usual = citation.apply(other, dominant);
        return f.side() == org.visavis.model.Side.SOURCE ? "“" + shorten(term) + "” → “" + shorten(usual) + "”"
                : "“" + shorten(usual) + "” → “" + shorten(term) + "”";
    }

    private static String shorten(String s) {
        return s.length() <= 28 ? s : s.substring(0, 27) + "…";
    }

    void jumpToSelectedBead() {
        finding.ifPresent(f -> selectedLine().ifPresent(l -> actions.jumpTo(f, l.bead())));
    }

    /** Accepts the selected bead's rendering; false when there is nothing to accept. */
    boolean acceptSelected() {
        Optional<String> r = renderingToAccept();
        if (finding.isEmpty() || r.isEmpty() || !isTermFinding(finding.get())) {
            return false;
        }
        actions.accept(finding.get(), r.get());
        return true;
    }

    /** Makes the usual rendering a glossary entry; false when the finding compares no renderings. */
    boolean addToGlossary() {
        if (finding.isEmpty() || !isTermFinding(finding.get()) || AcceptedRenderings.dominant(finding.get()).isEmpty()) {
            return false;
        }
        actions.addToGlossary(finding.get());
        return true;
    }

    JList<BeadLine> beadList() {
        return beads;
    }

    JButton acceptButton() {
        return accept;
    }

    JButton glossaryButton() {
        return glossary;
    }

    JButton ignoreButton() {
        return ignore;
    }
}
