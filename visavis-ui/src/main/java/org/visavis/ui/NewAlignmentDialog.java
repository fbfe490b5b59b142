package org.visavis.ui;

import java.awt.BorderLayout;
import java.awt.Frame;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.visavis.model.Language;
import org.visavis.pipeline.AlignmentRequest;

/**
 * File › New alignment: the two documents (any format ingest reads), their languages and the
 * folder the new project goes to, remembered from the last time. {@code NewAlignmentDialog.ask(frame,
 * start, remembered)} returns the request, or empty when the person cancels (Cancel or Escape);
 * a field that cannot be used is named in the dialog, which stays open.
 */
final class NewAlignmentDialog {
    /** What the dialog collects. */
    record Answer(AlignmentRequest request, Path projectFolder) {
    }

    private NewAlignmentDialog() {
    }

    /** Asks, with the fields as {@code remembered} kept them; remembers them again when the person aligns. */
    static Optional<Answer> ask(Frame owner, Path startFolder, java.util.prefs.Preferences remembered) {
        SwingThread.mustBeSwingThread();
        JDialog d = new JDialog(owner, "New alignment", true);
        JTextField source = new JTextField(remembered.get("source", ""), 36);
        JTextField sourceLang = new JTextField(remembered.get("sourceLanguage", "fr"), 6);
        JTextField target = new JTextField(remembered.get("target", ""), 36);
        JTextField targetLang = new JTextField(remembered.get("targetLanguage", "en"), 6);
        JTextField project = new JTextField(remembered.get("project", ""), 36);
        JLabel problem = new JLabel(" ");
        problem.setForeground(new java.awt.Color(0xB3261E));
        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(12, 12, 6, 12));
        row(form, 0, "Source document", source, browse(d, source, startFolder, project));
        row(form, 1, "Source language", sourceLang, null);
        row(form, 2, "Translation", target, browse(d, target, startFolder, null));
        row(form, 3, "Target language", targetLang, null);
        row(form, 4, "Project folder", project, null);
        Answer[] answer = new Answer[1];
        JButton ok = new JButton("Align");
        JButton cancel = new JButton("Cancel");
        ok.addActionListener(e -> {
            try {
                Path s = existing(source.getText(), "source document");
                Path t = existing(target.getText(), "translation");
                if (project.getText().isBlank()) {
                    throw new IllegalArgumentException("choose a project folder");
                }
                answer[0] = new Answer(new AlignmentRequest(s, t, language(sourceLang.getText(), "source"),
                        language(targetLang.getText(), "target"), Optional.empty()), Path.of(project.getText().strip()));
                remembered.put("source", source.getText().strip());
                remembered.put("target", target.getText().strip());
                remembered.put("sourceLanguage", sourceLang.getText().strip());
                remembered.put("targetLanguage", targetLang.getText().strip());
                remembered.put("project", project.getText().strip());
                d.dispose();
            } catch (IllegalArgumentException ex) {
                problem.setText(ex.getMessage());
            }
        });
        cancel.addActionListener(e -> d.dispose());
        JPanel buttons = new JPanel();
        buttons.add(ok);
        buttons.add(cancel);
        JPanel south = new JPanel(new BorderLayout());
        south.setBorder(BorderFactory.createEmptyBorder(0, 12, 8, 12));
        south.add(problem, BorderLayout.CENTER);
        south.add(buttons, BorderLayout.EAST);
        d.getContentPane().add(form, BorderLayout.CENTER);
        d.getContentPane().add(south, BorderLayout.SOUTH);
        d.getRootPane().setDefaultButton(ok);
        d.pack();
        d.setLocationRelativeTo(owner);
        d.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        Dialogs.closeOnEscape(d);
        d.setVisible(true);
        return Optional.ofNullable(answer[0]);
    }

    /** A language code, or an error in the dialog's words. */
    private static Language language(String code, String which) {
        try {
            return Language.parse(code.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("“" + code.strip() + "” is not a language code for the " + which
                    + " (e.g. fr, en, pt-BR)");
        }
    }

    private static Path existing(String text, String what) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("choose the " + what);
        }
        Path p = Path.of(text.strip());
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException(p + ": no such file");
        }
        return p;
    }

    private static JButton browse(JDialog d, JTextField field, Path start, JTextField project) {
        JButton b = new JButton("Browse…");
        b.addActionListener(e -> {
            JFileChooser fc = new JFileChooser(start.toFile());
            if (fc.showOpenDialog(d) == JFileChooser.APPROVE_OPTION) {
                Path p = fc.getSelectedFile().toPath();
                field.setText(p.toString());
                if (project != null && project.getText().isBlank()) {
                    String name = p.getFileName().toString().replaceFirst("\\.[^.]+$", "");
                    project.setText(Path.of("alignments", name).toAbsolutePath().toString());
                }
            }
        });
        return b;
    }

    private static void row(JPanel form, int y, String label, JTextField field, JButton button) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = y;
        c.insets = new Insets(3, 3, 3, 3);
        c.anchor = GridBagConstraints.WEST;
        form.add(new JLabel(label), c);
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        form.add(field, c);
        if (button != null) {
            c.weightx = 0;
            form.add(button, c);
        }
    }
}
