#!/usr/bin/env python3
"""Paragraph-aligned bitexts from the Debian Reference's HTML translations (po4a keeps the
English document's structure, block for block), for measuring the aligner on pairs that have no
sentence gold. Used by scripts/bench-lexicons.sh.

  reference-pair.py paragraphs HTML_DIR SRC TGT OUT_DIR
      writes OUT_DIR/work/SRC.par.html and OUT_DIR/work/TGT.par.html: the text blocks (paragraphs, titles, list items,
      table cells, terms) of every chapter that both languages have with as many blocks, one block per paragraph
      (a <p> each), pairs whose two sides are equal (left untranslated) dropped
  reference-pair.py gold OUT_DIR SRC TGT
      reads OUT_DIR/work/SRC.seg and TGT.seg (`visavis segment` of the .par.html files: sentences,
      a blank line between paragraphs) and writes the benchmark folder: SRC.txt, TGT.txt and
      gold.SRC-TGT, whose beads are the paragraph pairs (n sentences : m sentences), and a harder
      OUT_DIR-prose-NN (documents of 150 paragraphs) with a sentence gold: the paragraphs of one sentence a side, without digits
      and of four words or more, one target paragraph in twenty left out (unpaired in the gold)
"""
import html
import os
import random
import re
import sys
from html.parser import HTMLParser

BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "dt", "td", "th", "caption", "title"}
SKIPPED = {"pre", "script", "style"}
OMITTED = 0.05
SEED = 7
PART = 150


class Blocks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.blocks, self.text, self.depth, self.skipped = [], None, 0, 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED:
            self.skipped += 1
        if tag in BLOCKS:
            if self.depth == 0:
                self.text = []
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in SKIPPED:
            self.skipped -= 1
        if tag in BLOCKS and self.depth > 0:
            self.depth -= 1
            if self.depth == 0:
                self.blocks.append(re.sub(r"\s+", " ", "".join(self.text)).strip())
                self.text = None

    def handle_data(self, data):
        if self.text is not None and not self.skipped:
            self.text.append(data)


def blocks(path):
    parser = Blocks()
    with open(path, encoding="utf-8") as f:
        parser.feed(f.read())
    return parser.blocks


def paragraphs(html_dir, src, tgt, out_dir):
    chapters = sorted(f[:-len(f".{src}.html")] for f in os.listdir(html_dir) if f.endswith(f".{src}.html"))
    pairs = []
    for chapter in chapters:
        other = os.path.join(html_dir, f"{chapter}.{tgt}.html")
        if not os.path.exists(other):
            continue
        a, b = blocks(os.path.join(html_dir, f"{chapter}.{src}.html")), blocks(other)
        if len(a) != len(b):
            # e.g. the appendix where translators add their credits: no block-for-block pairing
            print(f"{other}: left out, {len(b)} text blocks against {len(a)} in the {src} chapter", file=sys.stderr)
            continue
        pairs += [(x, y) for x, y in zip(a, b) if x and y and x != y and re.search(r"\w", x)]
    os.makedirs(os.path.join(out_dir, "work"), exist_ok=True)
    for lang, side in ((src, 0), (tgt, 1)):
        with open(os.path.join(out_dir, "work", f"{lang}.par.html"), "w", encoding="utf-8") as out:
            out.write(f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head><body>\n')
            out.write("".join(f"<p>{html.escape(p[side])}</p>\n" for p in pairs))
            out.write("</body></html>\n")
    print(f"{out_dir}: {len(pairs)} paragraph pairs from {len(chapters)} chapters")


def segmented(path):
    text = open(path, encoding="utf-8").read().strip("\n")
    return [[s for s in block.split("\n") if s.strip()] for block in re.split(r"\n\s*\n", text)]


def gold(out_dir, src, tgt):
    a, b = segmented(os.path.join(out_dir, "work", f"{src}.seg")), segmented(os.path.join(out_dir, "work", f"{tgt}.seg"))
    if len(a) != len(b):
        raise SystemExit(f"{out_dir}: segmenting gave {len(a)} {src} paragraphs and {len(b)} {tgt} ones")
    draw = random.Random(SEED)
    write_folder(out_dir, src, tgt, list(zip(a, b)), 0.0, draw)
    # The harder variant, with a sentence gold: the paragraphs of one sentence on both sides,
    # prose only (no digit, four words or more: no section numbers, versions or sizes to anchor
    # on), one target paragraph in twenty left out, cut into documents of PART paragraphs (the
    # size of a chapter, where what the aligner learns from the document itself is thinner).
    prose = [(x, y) for x, y in zip(a, b) if len(x) == 1 and len(y) == 1
             and not re.search(r"\d", x[0] + y[0]) and len(x[0].split()) >= 4]
    for k in range(0, len(prose), PART):
        write_folder(f"{out_dir}-prose-{k // PART:02d}", src, tgt, prose[k:k + PART], OMITTED, draw)


def write_folder(out_dir, src, tgt, pairs, omitted, draw):
    """SRC.txt, TGT.txt and gold.SRC-TGT: one bead per paragraph pair, n sentences : m sentences;
    a share of target paragraphs (chosen by the seeded draw) left out, their sources unpaired."""
    os.makedirs(out_dir, exist_ok=True)
    source, target, beads = [], [], []
    for x, y in pairs:
        xs = list(range(len(source), len(source) + len(x)))
        source += x
        if draw.random() < omitted:
            beads += [f"[{i}]:[]" for i in xs]
            continue
        ys = list(range(len(target), len(target) + len(y)))
        target += y
        beads.append("[" + ",".join(map(str, xs)) + "]:[" + ",".join(map(str, ys)) + "]")
    for lang, sentences in ((src, source), (tgt, target)):
        with open(os.path.join(out_dir, f"{lang}.txt"), "w", encoding="utf-8") as out:
            out.write("".join(s + "\n" for s in sentences))
    with open(os.path.join(out_dir, f"gold.{src}-{tgt}"), "w", encoding="utf-8") as out:
        out.write("\n".join(beads) + "\n")
    print(f"{out_dir}: {len(source)} {src} and {len(target)} {tgt} sentences, {len(beads)} beads")


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "paragraphs":
        paragraphs(*sys.argv[2:])
    elif len(sys.argv) == 5 and sys.argv[1] == "gold":
        gold(*sys.argv[2:])
    else:
        raise SystemExit(__doc__)
