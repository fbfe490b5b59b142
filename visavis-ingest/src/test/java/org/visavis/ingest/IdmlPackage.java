package org.visavis.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal InDesign Markup Language package, written as Adobe's IDML specification lays one out
 * (no IDML generator can be installed here): the {@code mimetype} entry first and stored, then
 * {@code META-INF/container.xml}, {@code designmap.xml} naming the resources, one spread whose text
 * frames thread the stories, and {@code Stories/Story_*.xml}, one story per frame. A story is
 * paragraphs of character style ranges; a range is plain, bold, italic or a character style.
 *
 * <pre>{@code
 * new IdmlPackage().story(List.of(IdmlPackage.heading("1.6. Lifecycle of a Release"),
 *         IdmlPackage.paragraph(IdmlPackage.plain("The "), IdmlPackage.bold("Experimental"), IdmlPackage.plain(" status."))))
 *     .write(Path.of("release.idml"));
 * }</pre>
 */
final class IdmlPackage {

    /** A run of text with its formatting: a {@code FontStyle} ("Bold") or an applied character style, or neither. */
    record Run(String text, String fontStyle, String characterStyle) {
    }

    /** A paragraph of a story: its paragraph style and runs. */
    record Para(String paragraphStyle, List<Run> runs) {
    }

    private static final String PACKAGING = "http://ns.adobe.com/AdobeInDesign/idml/1.0/packaging";
    private static final String DOM = "7.5";
    private final List<List<Para>> stories = new ArrayList<>();

    static Run plain(String text) {
        return new Run(text, null, null);
    }

    static Run bold(String text) {
        return new Run(text, "Bold", null);
    }

    static Run italic(String text) {
        return new Run(text, "Italic", null);
    }

    /** A run in a character style of the document's (defined in Resources/Styles.xml): "Code". */
    static Run styled(String text, String characterStyle) {
        return new Run(text, null, characterStyle);
    }

    static Para heading(String text) {
        return new Para("Heading 1", List.of(plain(text)));
    }

    static Para paragraph(Run... runs) {
        return new Para("Body", List.of(runs));
    }

    /** One more story (a text frame of the spread), its paragraphs in order. */
    IdmlPackage story(List<Para> paragraphs) {
        stories.add(paragraphs);
        return this;
    }

    void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.adobe.indesign-idml-package".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            entry(zip, "META-INF/container.xml", container());
            entry(zip, "designmap.xml", designmap());
            entry(zip, "Resources/Styles.xml", styles());
            entry(zip, "Resources/Preferences.xml", preferences());
            entry(zip, "Spreads/Spread_sp1.xml", spread());
            for (int s = 0; s < stories.size(); s++) {
                entry(zip, "Stories/Story_" + storyId(s) + ".xml", story(s));
            }
        }
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String storyId(int s) {
        return "u" + (100 + s);
    }

    private static String head(String type) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<?aid style=\"50\" type=\"" + type + "\" readerVersion=\"6.0\" featureSet=\"257\" product=\"7.5(142)\" ?>\n";
    }

    private static String container() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
                + "  <rootfiles><rootfile full-path=\"designmap.xml\" media-type=\"text/xml\"/></rootfiles>\n"
                + "</container>\n";
    }

    private String designmap() {
        StringBuilder list = new StringBuilder();
        StringBuilder refs = new StringBuilder();
        for (int s = 0; s < stories.size(); s++) {
            list.append(s == 0 ? "" : " ").append(storyId(s));
            refs.append("  <idPkg:Story src=\"Stories/Story_").append(storyId(s)).append(".xml\"/>\n");
        }
        return head("document")
                + "<Document xmlns:idPkg=\"" + PACKAGING + "\" DOMVersion=\"" + DOM + "\" Self=\"d\" StoryList=\"" + list
                + "\" ZeroPoint=\"0 0\" ActiveLayer=\"ub\" CMYKProfile=\"$ID/\" RGBProfile=\"$ID/\" SolidColorIntent=\"UseColorSettings\""
                + " AfterBlendingIntent=\"UseColorSettings\" DefaultImageIntent=\"UseColorSettings\" RGBPolicy=\"PreserveEmbeddedProfiles\""
                + " CMYKPolicy=\"CombinationOfPreserveAndSafeCmyk\" AccurateLABSpots=\"false\">\n"
                + "  <Language Self=\"Language/$ID/English%3a USA\" Name=\"$ID/English: USA\" SingleQuotes=\"&#x2018;&#x2019;\""
                + " DoubleQuotes=\"&#x201c;&#x201d;\" PrimaryLanguageName=\"$ID/English\" SublanguageName=\"$ID/USA\" Id=\"269\""
                + " HyphenationVendor=\"Hunspell\" SpellingVendor=\"Hunspell\"/>\n"
                + "  <idPkg:Styles src=\"Resources/Styles.xml\"/>\n"
                + "  <idPkg:Preferences src=\"Resources/Preferences.xml\"/>\n"
                + "  <Layer Self=\"ub\" Name=\"Layer 1\" Visible=\"true\" Locked=\"false\" IgnoreWrap=\"false\" ShowGuides=\"true\""
                + " LockGuides=\"false\" UI=\"true\" Expendable=\"true\" Printable=\"true\">\n"
                + "    <Properties><LayerColor type=\"enumeration\">LightBlue</LayerColor></Properties>\n"
                + "  </Layer>\n"
                + "  <idPkg:Spread src=\"Spreads/Spread_sp1.xml\"/>\n"
                + refs
                + "</Document>\n";
    }

    private static String styles() {
        return head("styles")
                + "<idPkg:Styles xmlns:idPkg=\"" + PACKAGING + "\" DOMVersion=\"" + DOM + "\">\n"
                + "  <RootCharacterStyleGroup Self=\"rcsg\">\n"
                + "    <CharacterStyle Self=\"CharacterStyle/$ID/[No character style]\" Imported=\"false\" Name=\"$ID/[No character style]\"/>\n"
                + "    <CharacterStyle Self=\"CharacterStyle/Code\" Imported=\"false\" Name=\"Code\">\n"
                + "      <Properties><AppliedFont type=\"string\">Courier New</AppliedFont></Properties>\n"
                + "    </CharacterStyle>\n"
                + "  </RootCharacterStyleGroup>\n"
                + "  <RootParagraphStyleGroup Self=\"rpsg\">\n"
                + "    <ParagraphStyle Self=\"ParagraphStyle/$ID/[No paragraph style]\" Name=\"$ID/[No paragraph style]\" Imported=\"false\"/>\n"
                + "    <ParagraphStyle Self=\"ParagraphStyle/$ID/NormalParagraphStyle\" Name=\"$ID/NormalParagraphStyle\" Imported=\"false\"/>\n"
                + "    <ParagraphStyle Self=\"ParagraphStyle/Body\" Name=\"Body\" Imported=\"false\" PointSize=\"11\"/>\n"
                + "    <ParagraphStyle Self=\"ParagraphStyle/Heading 1\" Name=\"Heading 1\" Imported=\"false\" PointSize=\"18\" FontStyle=\"Bold\"/>\n"
                + "  </RootParagraphStyleGroup>\n"
                + "  <RootCellStyleGroup Self=\"rcesg\">\n"
                + "    <CellStyle Self=\"CellStyle/$ID/[None]\" AppliedParagraphStyle=\"ParagraphStyle/$ID/[No paragraph style]\" Name=\"$ID/[None]\"/>\n"
                + "  </RootCellStyleGroup>\n"
                + "  <RootTableStyleGroup Self=\"rtsg\">\n"
                + "    <TableStyle Self=\"TableStyle/$ID/[No table style]\" Name=\"$ID/[No table style]\"/>\n"
                + "  </RootTableStyleGroup>\n"
                + "  <RootObjectStyleGroup Self=\"rosg\">\n"
                + "    <ObjectStyle Self=\"ObjectStyle/$ID/[None]\" Name=\"$ID/[None]\"/>\n"
                + "  </RootObjectStyleGroup>\n"
                + "</idPkg:Styles>\n";
    }

    private static String preferences() {
        return head("preferences")
                + "<idPkg:Preferences xmlns:idPkg=\"" + PACKAGING + "\" DOMVersion=\"" + DOM + "\">\n"
                + "  <DocumentPreference PageHeight=\"792\" PageWidth=\"612\" PagesPerDocument=\"1\" FacingPages=\"false\""
                + " DocumentBleedTopOffset=\"0\" DocumentBleedBottomOffset=\"0\" DocumentBleedInsideOrLeftOffset=\"0\""
                + " DocumentBleedOutsideOrRightOffset=\"0\" PageBinding=\"LeftToRight\"/>\n"
                + "  <StoryPreference OpticalMarginAlignment=\"false\" OpticalMarginSize=\"12\" FrameType=\"TextFrameType\""
                + " StoryOrientation=\"Horizontal\" StoryDirection=\"LeftToRightDirection\"/>\n"
                + "  <XMLPreference DefaultStoryTagName=\"Story\" DefaultTableTagName=\"Table\" DefaultCellTagName=\"Cell\""
                + " DefaultImageTagName=\"Image\" DefaultStoryTagColor=\"LightBlue\" DefaultTableTagColor=\"Yellow\""
                + " DefaultCellTagColor=\"Green\" DefaultImageTagColor=\"Violet\"/>\n"
                + "</idPkg:Preferences>\n";
    }

    /** One page; a text frame for each story, stacked down the page. */
    private String spread() {
        StringBuilder frames = new StringBuilder();
        for (int s = 0; s < stories.size(); s++) {
            double top = 36 + 180 * s;
            double bottom = top + 170;
            frames.append("    <TextFrame Self=\"tf").append(s).append("\" ParentStory=\"").append(storyId(s))
                    .append("\" PreviousTextFrame=\"n\" NextTextFrame=\"n\" ContentType=\"TextType\" ItemLayer=\"ub\"")
                    .append(" Visible=\"true\" ItemTransform=\"1 0 0 1 0 0\">\n")
                    .append("      <Properties><PathGeometry><GeometryPathType PathOpen=\"false\"><PathPointArray>\n")
                    .append(point(36, top)).append(point(36, bottom)).append(point(576, bottom)).append(point(576, top))
                    .append("      </PathPointArray></GeometryPathType></PathGeometry></Properties>\n")
                    .append("    </TextFrame>\n");
        }
        return head("spread")
                + "<idPkg:Spread xmlns:idPkg=\"" + PACKAGING + "\" DOMVersion=\"" + DOM + "\">\n"
                + "  <Spread Self=\"sp1\" PageCount=\"1\" BindingLocation=\"0\" AllowPageShuffle=\"true\" ItemTransform=\"1 0 0 1 0 0\""
                + " ShowMasterItems=\"true\" FlattenerOverride=\"Default\">\n"
                + "    <Page Self=\"pg1\" Name=\"1\" AppliedMaster=\"n\" ItemTransform=\"1 0 0 1 0 0\" GeometricBounds=\"0 0 792 612\"/>\n"
                + frames
                + "  </Spread>\n"
                + "</idPkg:Spread>\n";
    }

    private static String point(double x, double y) {
        String xy = x + " " + y;
        return "        <PathPointType Anchor=\"" + xy + "\" LeftDirection=\"" + xy + "\" RightDirection=\"" + xy + "\"/>\n";
    }

    private String story(int s) {
        StringBuilder sb = new StringBuilder(head("story"));
        sb.append("<idPkg:Story xmlns:idPkg=\"").append(PACKAGING).append("\" DOMVersion=\"").append(DOM).append("\">\n");
        sb.append("  <Story Self=\"").append(storyId(s)).append("\" AppliedTOCStyle=\"n\" TrackChanges=\"false\" StoryTitle=\"$ID/\"")
                .append(" AppliedNamedGrid=\"n\">\n");
        sb.append("    <StoryPreference OpticalMarginAlignment=\"false\" OpticalMarginSize=\"12\" FrameType=\"TextFrameType\"")
                .append(" StoryOrientation=\"Horizontal\" StoryDirection=\"LeftToRightDirection\"/>\n");
        List<Para> paragraphs = stories.get(s);
        for (int p = 0; p < paragraphs.size(); p++) {
            Para para = paragraphs.get(p);
            sb.append("    <ParagraphStyleRange AppliedParagraphStyle=\"ParagraphStyle/").append(xml(para.paragraphStyle())).append("\">\n");
            for (int r = 0; r < para.runs().size(); r++) {
                Run run = para.runs().get(r);
                String style = run.characterStyle() == null ? "$ID/[No character style]" : run.characterStyle();
                sb.append("      <CharacterStyleRange AppliedCharacterStyle=\"CharacterStyle/").append(xml(style)).append('"');
                if (run.fontStyle() != null) {
                    sb.append(" FontStyle=\"").append(run.fontStyle()).append('"');
                }
                sb.append(">\n        <Content>").append(xml(run.text())).append("</Content>\n");
                if (r == para.runs().size() - 1 && p < paragraphs.size() - 1) {
                    // a paragraph ends with a break, the story's last does not
                    sb.append("        <Br/>\n");
                }
                sb.append("      </CharacterStyleRange>\n");
            }
            sb.append("    </ParagraphStyleRange>\n");
        }
        sb.append("  </Story>\n</idPkg:Story>\n");
        return sb.toString();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
