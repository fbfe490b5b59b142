package org.visavis.wordalign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Word ids of one side; id 0 is the empty word (NULL) that stands for "rendered by nothing". */
final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>(List.of(""));

    int idOrAdd(String word) {
        Integer id = ids.get(word);
        if (id != null) {
            return id;
        }
        ids.put(word, words.size());
        words.add(word);
        return words.size() - 1;
    }

    /** The id of a word, or -1 when training never saw it. */
    int id(String word) {
        Integer id = ids.get(word);
        return id == null ? -1 : id;
    }

    String word(int id) {
        return words.get(id);
    }

    int size() {
        return words.size();
    }
}
