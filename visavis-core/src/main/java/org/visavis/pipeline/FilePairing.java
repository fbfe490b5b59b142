package org.visavis.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.visavis.model.Language;
import org.visavis.model.VisavisException;

/**
 * Pairs the documents of a source folder with their translations in a target folder: by name,
 * with the language tags aside ({@code dreq.en.html} and {@code dreq.fr.html},
 * {@code ch1_en.docx} and {@code ch1_fr.docx}, or {@code sect.intro.html} in both folders), or
 * by a manifest, a TSV of {@code source<TAB>target[<TAB>name]} lines for files that share no name
 * (paths relative to the two folders). Hidden files are ignored; files left without a partner are
 * listed, not errors.
 *
 * <pre>{@code
 * FilePairing.Result r = FilePairing.byName(Path.of("fr"), Path.of("en"), Language.of("fr"), Language.of("en"));
 * r.pairs();   // [Pair[name=ch1, source=fr/ch1_fr.docx, target=en/ch1_en.docx], ...]
 * }</pre>
 */
public final class FilePairing {

    /** Two documents to align and the name of their project. */
    public record Pair(String name, Path source, Path target) {
    }

    /** The pairs (in name order) and the files of each folder that found no partner. */
    public record Result(List<Pair> pairs, List<Path> unpairedSources, List<Path> unpairedTargets) {
        public Result {
            pairs = List.copyOf(pairs);
            unpairedSources = List.copyOf(unpairedSources);
            unpairedTargets = List.copyOf(unpairedTargets);
        }
    }

    private FilePairing() {
    }

    /** Pairs by name; VisavisException naming the folders when not one pair is found. */
    public static Result byName(Path sourceFolder, Path targetFolder, Language sourceLang, Language targetLang) {
        List<Path> lonelySources = new ArrayList<>();
        List<Path> lonelyTargets = new ArrayList<>();
        Map<String, Path> sources = byKey(files(sourceFolder), sourceLang, lonelySources);
        Map<String, Path> targets = byKey(files(targetFolder), targetLang, lonelyTargets);
        List<Pair> pairs = new ArrayList<>();
        for (var e : sources.entrySet()) {
            Path target = targets.remove(e.getKey());
            if (target == null) {
                lonelySources.add(e.getValue());
            } else {
                pairs.add(new Pair(projectName(e.getKey()), e.getValue(), target));
            }
        }
        if (pairs.isEmpty()) {
            throw new VisavisException(sourceFolder + " and " + targetFolder + ": no pairable files (no two files with "
                    + "the same name once the language tags " + sourceLang.code() + " and " + targetLang.code()
                    + " are set aside); give a --manifest of pairs");
        }
        lonelyTargets.addAll(targets.values());
        return new Result(pairs, lonelySources.stream().sorted().toList(), lonelyTargets.stream().sorted().toList());
    }

    /**
     * Pairs by a manifest: each line {@code source<TAB>target} or {@code source<TAB>target<TAB>name};
     * blank lines and lines starting with {@code #} are skipped. A line naming a missing file is a
     * VisavisException naming the manifest line and the file.
     */
    public static Result byManifest(Path manifest, Path sourceFolder, Path targetFolder) {
        List<String> lines;
        try {
            lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new VisavisException(manifest + ": the manifest is not UTF-8 text");
        } catch (IOException e) {
            throw new VisavisException(manifest + ": cannot read the manifest (" + e.getMessage() + ")", e);
        }
        List<Pair> pairs = new ArrayList<>();
        Map<String, Integer> names = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = manifest + ":" + (i + 1);
            String[] f = line.split("\t");
            if (f.length < 2 || f.length > 3) {
                throw new VisavisException(where + ": expected SOURCE<TAB>TARGET or SOURCE<TAB>TARGET<TAB>NAME");
            }
            Path source = existing(sourceFolder.resolve(f[0].strip()), where);
            Path target = existing(targetFolder.resolve(f[1].strip()), where);
            String name = f.length == 3 ? f[2].strip() : projectName(stem(source.getFileName().toString()));
            Integer before = names.put(name, i + 1);
            if (before != null) {
                throw new VisavisException(where + ": the pair name '" + name + "' is already line " + before
                        + "'s; give a third column with another name");
            }
            pairs.add(new Pair(name, source, target));
        }
        if (pairs.isEmpty()) {
            throw new VisavisException(manifest + ": the manifest names no pair");
        }
        return new Result(pairs, List.of(), List.of());
    }

    private static Path existing(Path file, String where) {
        if (!Files.isRegularFile(file)) {
            throw new VisavisException(where + ": " + file + ": no such file");
        }
        return file;
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new VisavisException(folder + ": no such folder");
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new VisavisException(folder + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
    }

    /** Files by their name without extension and without the language tag; a name two files share pairs neither. */
    private static Map<String, Path> byKey(List<Path> files, Language lang, List<Path> ambiguous) {
        Map<String, List<Path>> all = new TreeMap<>();
        for (Path f : files) {
            all.computeIfAbsent(key(f.getFileName().toString(), lang), k -> new ArrayList<>()).add(f);
        }
        Map<String, Path> unique = new TreeMap<>();
        all.forEach((k, list) -> {
            if (list.size() == 1) {
                unique.put(k, list.get(0));
            } else {
                ambiguous.addAll(list);
            }
        });
        return unique;
    }

    /** "dreq.fr.html" and "ch1_fr.docx" for fr give "dreq" and "ch1"; "intro.html" gives "intro". */
    static String key(String fileName, Language lang) {
        String stem = stem(fileName);
        String tags = Pattern.quote(lang.code()) + "(?:[-_]" + lang.region().map(Pattern::quote).orElse("[A-Za-z]{2}") + ")?";
        Matcher m = Pattern.compile("(?i)^(.+?)[._-]" + tags + "$|^" + tags + "[._-](.+)$").matcher(stem);
        if (m.matches()) {
            return (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        }
        return stem.toLowerCase(Locale.ROOT);
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String projectName(String key) {
        return key.replaceAll("[/\\\\]", "_");
    }
}
