package org.visavis.export;

import java.util.ArrayList;
import java.util.List;
import org.visavis.model.Alignment;
import org.visavis.model.Bead;
import org.visavis.model.BeadStatus;
import org.visavis.model.Language;
import org.visavis.model.Note;
import org.visavis.model.Paragraph;
import org.visavis.model.ParagraphKind;
import org.visavis.model.Segment;
import org.visavis.model.SegmentedDocument;

/**
 * Sentence pairs cut from corpora/debian-handbook (foreword.html, fr-FR original and en-US
 * translation): two headings, three paragraphs, a footnote on each side, a 2-2 bead.
 */
final class HandbookExcerpt {
    private HandbookExcerpt() {
    }

    static final String[][] FR = {
        {"H", "Avant-propos"},
        {"P", "Debian GNU/Linux est une distribution Linux « généraliste », convenant a priori à tous.",
            "Nous vous proposons d'en découvrir toutes les facettes, afin de pouvoir choisir en toute connaissance de cause."},
        {"H", "1. Pourquoi ce livre ?"},
        {"P", "La plupart des distributions Linux sont adossées à une entreprise commerciale qui les développe et les commercialise."},
        {"P", "Par opposition à ces distributions commerciales, et à l'instar de l' \"Apache Software Foundation\", qui développe le serveur web du même nom, Debian est avant tout un projet du monde du logiciel libre.",
            "C'est une organisation regroupant des bénévoles qui coopèrent par Internet.",
            "Alors que certains d'entre eux travaillent effectivement sur Debian dans le cadre de leur emploi dans diverses entreprises, le projet en tant que tel n'est attaché à aucune entreprise en particulier."},
    };

    static final String[][] EN = {
        {"H", "Foreword"},
        {"P", "Debian GNU/Linux is a “generic” Linux distribution that fits most users.",
            "The purpose of this book is to show its many aspects so that you can make an informed decision when choosing."},
        {"H", "1. Why This Book?"},
        {"P", "Most Linux distributions are backed by a for-profit company that develops them and sells them under some kind of commercial scheme."},
        {"P", "At the other end of the spectrum lie the likes of Debian and the Apache Software Foundation (which hosts the development for the Apache web server).",
            "Debian is above all a project in the Free Software world, implemented by volunteers working together through the Internet.",
            "While some of them do work on Debian as part of their paid job in various companies, the project as a whole is not attached to any company in particular."},
    };

    static final Note FR_NOTE = new Note("1", "Linux n'est en fait qu'un noyau, la brique logicielle de base assurant l'interface entre le matériel et les programmes.");
    static final Note EN_NOTE = new Note("1", "Strictly speaking, Linux is only a kernel, the core piece of software which sits between the hardware and the applications.");

    static Alignment foreword() {
        SegmentedDocument fr = document("foreword.html", "fr-FR", FR, FR_NOTE);
        SegmentedDocument en = document("foreword.html", "en-US", EN, EN_NOTE);
        return new Alignment(fr, en, List.of(
                new Bead(List.of(0), List.of(0), 0.99, BeadStatus.CONFIRMED),
                Bead.auto(List.of(1), List.of(1), 0.91),
                Bead.auto(List.of(2), List.of(2), 0.875),
                new Bead(List.of(3), List.of(3), 0.97, BeadStatus.CONFIRMED),
                Bead.auto(List.of(4), List.of(4), 0.8),
                Bead.auto(List.of(5, 6), List.of(5, 6), 0.625),
                Bead.auto(List.of(7), List.of(7), 0.7)));
    }

    /** Paragraphs given as {kind, sentence...}; the note goes on the first body paragraph. */
    static SegmentedDocument document(String name, String language, String[][] paragraphs, Note note) {
        List<Paragraph> ps = new ArrayList<>();
        List<Segment> ss = new ArrayList<>();
        boolean noted = false;
        for (String[] p : paragraphs) {
            List<String> sentences = List.of(p).subList(1, p.length);
            for (String s : sentences) {
                ss.add(new Segment(s, ps.size()));
            }
            boolean heading = p[0].equals("H");
            List<Note> notes = !heading && !noted && note != null ? List.of(note) : List.of();
            noted |= !notes.isEmpty();
            ps.add(new Paragraph(String.join(" ", sentences), heading ? ParagraphKind.HEADING : ParagraphKind.BODY, notes));
        }
        return new SegmentedDocument(name, Language.parse(language), ps, ss);
    }

    /** All sentences of the excerpt, one side, in order: material for larger generated alignments. */
    static List<String> sentences(String[][] paragraphs) {
        List<String> out = new ArrayList<>();
        for (String[] p : paragraphs) {
            out.addAll(List.of(p).subList(1, p.length));
        }
        return out;
    }

    /**
     * An alignment of {@code beads} 1-1 beads made by cycling the excerpt's sentence pairs,
     * three beads to a paragraph, a heading every ten paragraphs.
     */
    static Alignment repeated(int beads) {
        List<String> fr = sentences(FR);
        List<String> en = sentences(EN);
        List<Paragraph> fp = new ArrayList<>();
        List<Paragraph> ep = new ArrayList<>();
        List<Segment> fs = new ArrayList<>();
        List<Segment> es = new ArrayList<>();
        List<Bead> bs = new ArrayList<>();
        for (int i = 0; i < beads; i++) {
            if (i % 3 == 0) {
                ParagraphKind kind = i % 30 == 0 ? ParagraphKind.HEADING : ParagraphKind.BODY;
                fp.add(new Paragraph("", kind, List.of()));
                ep.add(new Paragraph("", kind, List.of()));
            }
            fs.add(new Segment(fr.get(i % fr.size()), fp.size() - 1));
            es.add(new Segment(en.get(i % en.size()), ep.size() - 1));
            bs.add(Bead.auto(List.of(i), List.of(i), 0.5));
        }
        return new Alignment(new SegmentedDocument("fr.txt", Language.parse("fr"), fp, fs),
                new SegmentedDocument("en.txt", Language.parse("en"), ep, es), bs);
    }
}
