package org.visavis.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.GridLayout;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.KeyStroke;
import org.visavis.pipeline.PipelineStage;

/**
 * The modal progress of a new alignment: the stages (reading source and target, splitting,
 * aligning, checking), each waiting, running or done, the whole in per cent, and Cancel (or
 * Escape, or closing the dialog), which asks the pipeline to stop. The window behind cannot be
 * used meanwhile; what is open there stays as it was.
 *
 * <pre>{@code
 * AlignmentProgressDialog d = new AlignmentProgressDialog(frame, "Aligning fr.html and en.html", worker::cancel);
 * d.stage(PipelineStage.READING_SOURCE, false, "Reading fr.html", 0.0);
 * d.open();   // returns once close() is called
 * }</pre>
 */
final class AlignmentProgressDialog {
    private final JDialog dialog;
    private final JProgressBar bar = new JProgressBar(0, 1000);
    private final JLabel detail = new JLabel("Starting…");
    private final Map<PipelineStage, JLabel> stages = new EnumMap<>(PipelineStage.class);
    private final JButton cancel = new JButton("Cancel");
    private final Runnable onCancel;

    AlignmentProgressDialog(Frame owner, String title, Runnable onCancel) {
        this.onCancel = onCancel;
        dialog = new JDialog(owner, title, true);
        JPanel p = new JPanel(new BorderLayout(8, 10));
        p.setBorder(BorderFactory.createEmptyBorder(14, 16, 14, 16));
        JPanel list = new JPanel(new GridLayout(0, 1, 0, 4));
        for (PipelineStage s : PipelineStage.values()) {
            JLabel l = new JLabel();
            stages.put(s, l);
            show(s, State.WAITING);
            list.add(l);
        }
        p.add(list, BorderLayout.NORTH);
        JPanel middle = new JPanel(new BorderLayout(4, 4));
        bar.setStringPainted(true);
        bar.setString("0 %");
        bar.setPreferredSize(new Dimension(460, 20));
        middle.add(bar, BorderLayout.NORTH);
        middle.add(detail, BorderLayout.SOUTH);
        p.add(middle, BorderLayout.CENTER);
        cancel.setToolTipText("Stop aligning (Escape); the project open in the window stays as it is");
        cancel.addActionListener(e -> cancel());
        JPanel south = new JPanel(new BorderLayout());
        south.add(cancel, BorderLayout.EAST);
        p.add(south, BorderLayout.SOUTH);
        dialog.setContentPane(p);
        dialog.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "cancel");
        dialog.getRootPane().getActionMap().put("cancel", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                cancel();
            }
        });
        dialog.setDefaultCloseOperation(JDialog.DO_NOTHING_ON_CLOSE);
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                cancel();
            }
        });
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
    }

    private enum State { WAITING, RUNNING, DONE }

    private void show(PipelineStage s, State state) {
        String mark = switch (state) {
            case WAITING -> "○";
            case RUNNING -> "▶";
            case DONE -> "✓";
        };
        JLabel l = stages.get(s);
        l.setText(mark + "  " + s.label());
        l.setEnabled(state != State.WAITING);
        l.setFont(l.getFont().deriveFont(state == State.RUNNING ? java.awt.Font.BOLD : java.awt.Font.PLAIN));
    }

    /** A stage started or ended; the whole is {@code fraction} done. */
    void stage(PipelineStage s, boolean done, String what, double fraction) {
        show(s, done ? State.DONE : State.RUNNING);
        report(what, fraction);
    }

    /** What the pipeline says it does now and how far the whole is. */
    void report(String what, double fraction) {
        if (!cancel.isEnabled()) {
            return; // "Cancelling…" stays until the pipeline stops
        }
        detail.setText(what);
        int permille = (int) Math.round(Math.max(0, Math.min(1, fraction)) * 1000);
        bar.setValue(permille);
        bar.setString(String.format(Locale.ROOT, "%d %%", Math.round(permille / 10.0)));
    }

    private void cancel() {
        if (!cancel.isEnabled()) {
            return;
        }
        detail.setText("Cancelling…");
        cancel.setEnabled(false);
        onCancel.run();
    }

    /** Shows the dialog; being modal, this returns once {@link #close} is called. */
    void open() {
        dialog.setVisible(true);
    }

    void close() {
        dialog.dispose();
    }
}
