package org.visavis.languagetool;

import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.JLanguageTool;
import org.languagetool.broker.DefaultResourceDataBroker;

/**
 * LanguageTool's resource files, some of them served by others: a language module names a file
 * of LanguageTool's that another file stands in for ({@link LanguageToolModule}'s aliases), so
 * that the application can leave the first out. English serves its Australian, Canadian, New
 * Zealand and South African spelling dictionaries by the British one (see {@code EnglishModule}).
 * Installed as LanguageTool's data broker the first time a module names an alias; every other
 * file is LanguageTool's own.
 */
final class AliasedResources extends DefaultResourceDataBroker {
    private static final Map<String, String> ALIASES = new ConcurrentHashMap<>();

    private AliasedResources() {
    }

    /** From now on, each key (a path under LanguageTool's resource folder, "/en/...") is read as its value. */
    static synchronized void serve(Map<String, String> aliases) {
        ALIASES.putAll(aliases);
        if (!(JLanguageTool.getDataBroker() instanceof AliasedResources)) {
            JLanguageTool.setDataBroker(new AliasedResources());
        }
    }

    /** The file that is read for this path: its alias, or the path itself. */
    static String resolve(String path) {
        return ALIASES.getOrDefault(path, path);
    }

    @Override
    public InputStream getFromResourceDirAsStream(String path) {
        return super.getFromResourceDirAsStream(resolve(path));
    }

    @Override
    public URL getFromResourceDirAsUrl(String path) {
        return super.getFromResourceDirAsUrl(resolve(path));
    }

    @Override
    public List<URL> getFromResourceDirAsUrls(String path) {
        return super.getFromResourceDirAsUrls(resolve(path));
    }

    @Override
    public List<String> getFromResourceDirAsLines(String path) {
        return super.getFromResourceDirAsLines(resolve(path));
    }

    @Override
    public boolean resourceExists(String path) {
        return super.resourceExists(resolve(path));
    }
}
