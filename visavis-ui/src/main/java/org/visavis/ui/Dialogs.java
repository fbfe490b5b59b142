package org.visavis.ui;

import java.awt.Component;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;

/**
 * The questions the workbench asks a person. The window uses {@link #swing(Component)}; tests
 * give scripted answers so that no modal dialog blocks them.
 *
 * <pre>{@code
 * if (dialogs.confirm("Export", "12 beads are unconfirmed. Export anyway?")) { ... }
 * }</pre>
 */
interface Dialogs {
    /** What to do with unsaved changes. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    void error(String title, String message);

    void info(String title, String message);

    boolean confirm(String title, String question);

    UnsavedChoice unsavedChanges(String projectName);

    Optional<String> ask(String title, String question, String initial);

    Optional<Path> chooseFolder(String title, Optional<Path> start);

    Optional<Path> chooseSaveFile(String title, Path suggested);

    /** An existing file to open, offering those whose name ends with one of {@code extensions} (e.g. "tbx"). */
    Optional<Path> chooseOpenFile(String title, Optional<Path> start, String description, String... extensions);

    /** How an error is worded in a dialog: our own messages as they are, anything else with its class name. */
    static String describe(Exception e) {
        if (e instanceof org.visavis.model.VisavisException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** Escape closes {@code d}, as it closes every dialog of the workbench. */
    static void closeOnEscape(javax.swing.JDialog d) {
        javax.swing.JRootPane root = d.getRootPane();
        root.getInputMap(javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_ESCAPE, 0), "close-dialog");
        root.getActionMap().put("close-dialog", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                d.dispatchEvent(new java.awt.event.WindowEvent(d, java.awt.event.WindowEvent.WINDOW_CLOSING));
            }
        });
    }

    static Dialogs swing(Component parent) {
        return new Dialogs() {
            @Override
            public void error(String title, String message) {
                JOptionPane.showMessageDialog(parent, message, title, JOptionPane.ERROR_MESSAGE);
            }

            @Override
            public void info(String title, String message) {
                JOptionPane.showMessageDialog(parent, message, title, JOptionPane.INFORMATION_MESSAGE);
            }

            @Override
            public boolean confirm(String title, String question) {
                return JOptionPane.showConfirmDialog(parent, question, title, JOptionPane.OK_CANCEL_OPTION,
                        JOptionPane.WARNING_MESSAGE) == JOptionPane.OK_OPTION;
            }

            @Override
            public UnsavedChoice unsavedChanges(String projectName) {
                Object[] options = {"Save", "Discard changes", "Cancel"};
                int c = JOptionPane.showOptionDialog(parent, projectName + " has unsaved changes.", "Unsaved changes",
                        JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE, null, options, options[0]);
                return c == 0 ? UnsavedChoice.SAVE : c == 1 ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
            }

            @Override
            public Optional<String> ask(String title, String question, String initial) {
                Object answer = JOptionPane.showInputDialog(parent, question, title, JOptionPane.QUESTION_MESSAGE,
                        null, null, initial);
                return Optional.ofNullable(answer).map(Object::toString);
            }

            @Override
            public Optional<Path> chooseFolder(String title, Optional<Path> start) {
                JFileChooser fc = new JFileChooser(start.map(Path::toFile).orElse(null));
                fc.setDialogTitle(title);
                fc.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
                return fc.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION
                        ? Optional.of(fc.getSelectedFile().toPath()) : Optional.empty();
            }

            @Override
            public Optional<Path> chooseOpenFile(String title, Optional<Path> start, String description,
                                                 String... extensions) {
                JFileChooser fc = new JFileChooser(start.map(Path::toFile).orElse(null));
                fc.setDialogTitle(title);
                fc.setFileFilter(new javax.swing.filechooser.FileNameExtensionFilter(description, extensions));
                return fc.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION
                        ? Optional.of(fc.getSelectedFile().toPath()) : Optional.empty();
            }

            @Override
            public Optional<Path> chooseSaveFile(String title, Path suggested) {
                JFileChooser fc = new JFileChooser(suggested.getParent() == null ? null : suggested.getParent().toFile());
                fc.setDialogTitle(title);
                fc.setSelectedFile(suggested.toFile());
                return fc.showSaveDialog(parent) == JFileChooser.APPROVE_OPTION
                        ? Optional.of(fc.getSelectedFile().toPath()) : Optional.empty();
            }
        };
    }
}
