import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.omegat.core.segmentation.SRX;
import org.omegat.core.segmentation.Segmenter;
import org.omegat.util.Language;

/**
 * Run with OmegaT's jar on the class path (java -cp OmegaT.jar OmegatSegmentation.java ...):
 * "conf FILE" writes OmegaT's default rules as it saves them (segmentation.conf, XMLEncoder);
 * "segment LANG IN OUT" splits each line of IN with OmegaT's own segmenter and default rules and
 * writes the sentences of a line separated by tabs.
 */
public class OmegatSegmentation {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("conf")) {
            SRX.saveTo(SRX.getDefault(), new File(args[1]));
            return;
        }
        Segmenter segmenter = new Segmenter();
        segmenter.setSRX(SRX.getDefault());
        Language lang = new Language(args[1]);
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)) {
            out.add(String.join("\t", segmenter.segment(lang, line, new ArrayList<>(), new ArrayList<>())));
        }
        Files.write(Path.of(args[3]), out, StandardCharsets.UTF_8);
    }
}
