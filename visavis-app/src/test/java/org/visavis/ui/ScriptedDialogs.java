package org.visavis.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Dialog answers given in advance, and a record of what was asked, so GUI tests never block on a modal dialog. */
final class ScriptedDialogs implements Dialogs {
    /** An answer that accepts the text the question was prefilled with. */
    static final String ACCEPT_INITIAL = "\u0000accept";
    final List<String> initials = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<String> questions = new ArrayList<>();
    final Deque<Boolean> confirmations = new ArrayDeque<>();
    final Deque<UnsavedChoice> unsaved = new ArrayDeque<>();
    final Deque<String> answers = new ArrayDeque<>();
    Path saveFile;
    final List<Path> suggestedFiles = new ArrayList<>();
    Path openFile;

    @Override
    public void error(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void info(String title, String message) {
        questions.add(message);
    }

    @Override
    public boolean confirm(String title, String question) {
        questions.add(question);
        if (confirmations.isEmpty()) {
            throw new AssertionError("unexpected question: " + question);
        }
        return confirmations.pop();
    }

    @Override
    public UnsavedChoice unsavedChanges(String projectName) {
        questions.add("unsaved changes in " + projectName);
        if (unsaved.isEmpty()) {
            throw new AssertionError("unexpected unsaved-changes question for " + projectName);
        }
        return unsaved.pop();
    }

    @Override
    public Optional<String> ask(String title, String question, String initial) {
        questions.add(question);
        initials.add(initial);
        String a = answers.poll();
        return Optional.ofNullable(ACCEPT_INITIAL.equals(a) ? initial : a);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Optional<Path> start) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path suggested) {
        suggestedFiles.add(suggested);
        return Optional.ofNullable(saveFile);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, Optional<Path> start, String description, String... extensions) {
        return Optional.ofNullable(openFile);
    }
}
