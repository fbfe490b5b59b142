#!/usr/bin/env python3
"""Builds one document model from The Debian Administrator's Handbook (en-US, GPL-2+/CC-BY-SA-3.0),
writes it out for each generator, and a gold file (TSV) saying what the text is:
  heading<TAB>text | body<TAB>pid<TAB>text | note<TAB>pid<TAB>text | chrome<TAB>text
  | code<TAB>cid<TAB>lines (a verbatim block in a monospace font, its line breaks written \\n)
  | cell<TAB>tid<TAB>text (a cell of table tid, header cells included)
Usage: build.py OUTDIR [MAXPARAS]"""
import html, os, re, sys, datetime

SRC = os.environ.get("HANDBOOK", "../shared/corpora/debian-handbook/en-US/")
FILES = ["sect.role-of-distributions.html", "sect.foundation-documents.html",
         "sect.debian-internals.html", "sect.release-lifecycle.html"]


def clean(x):
    return re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', '', x))).replace('\u00a0', ' ').strip()


def model(maxparas):
    """[('h', title, level) | ('p', pid, text, [(pos, note)]) | ('list', [items]) | ('code', cid, [lines])
    | ('table', tid, [header cells], [[cells]], [column is long])]"""
    items = []
    pid = 0
    for f in FILES:
        s = open(SRC + f, encoding="utf-8").read()
        for m in re.finditer(r'<h([23])[^>]*>(.*?)</h\1>|<div class="para">((?:(?!<div).)*?)</div>', s, re.S):
            if m.group(1):
                t = re.sub(r'^[0-9.]+\s*', '', clean(m.group(2)))
                items.append(('h', t, int(m.group(1)) - 1))
            else:
                t = clean(m.group(3))
                if len(t) < 80 or not t.endswith(('.', ':')) or t.endswith(':'):
                    continue
                items.append(['p', pid, t, []])
                pid += 1
                if pid >= maxparas:
                    return items
    return items


def add_notes_and_lists(items):
    k = 0
    np = 0
    heading = "this chapter"
    out = []
    for it in items:
        if it[0] == 'h':
            heading = it[1]
        if it[0] == 'p':
            np += 1
            if np % 3 == 0:
                k += 1
                text = it[2]
                # marker after the first sentence's full stop (even notes) or after its first long word (odd)
                if k % 2 == 0:
                    m = re.search(r'[a-z]\.(?= [A-Z])', text)
                    pos = m.end() if m else len(text)
                else:
                    m = re.search(r'\b[a-z]{6,}\b', text)
                    pos = m.end() if m else len(text)
                it[3].append((pos, "Remark %s on “%s”: %s" % (word(k), heading, TAILS[k % len(TAILS)])))
        out.append(it)
        if it[0] == 'p' and np % 6 == 2:
            # a command and its output, set verbatim after the paragraph; every third block is the first one again
            out.append(('code', 20000 + np, CODE[(np // 6) % len(CODE)]))
        if it[0] == 'p' and np % 5 == 3:
            # a table after the paragraph: short cells, and cells of a sentence that wrap in their column
            head, rows, wide = TABLES[(np // 5) % len(TABLES)]
            out.append(('table', 30000 + np, head, rows, wide))
        if it[0] == 'p' and np % 7 == 5:
            out.append(('list', ["The package is uploaded to the archive by its maintainer.",
                                 "The build daemons compile it for every architecture.",
                                 "The package migrates to Testing after a few days without bugs."]))
    return out


CODE = [["$ apt-cache policy dpkg", "dpkg:", "  Installed: 1.21.22", "  Candidate: 1.21.22"],
        ["# apt install debian-handbook", "$ dpkg -L debian-handbook | head -n 2", "/.", "/usr"],
        ["deb http://deb.debian.org/debian bookworm main", "deb-src http://deb.debian.org/debian bookworm main"]]

TABLES = [
    (["Release", "Code name", "Released"],
     [["Debian 9", "Stretch", "June 2017"], ["Debian 10", "Buster", "July 2019"],
      ["Debian 11", "Bullseye", "August 2021"], ["Debian 12", "Bookworm", "June 2023"]],
     [False, False, False]),
    (["Document", "What it sets out"],
     [["Social Contract", "The commitments the project makes to the free software community and to the users of its system."],
      ["Free Software Guidelines", "The criteria that a licence must meet for the software it covers to enter the main archive."],
      ["Constitution", "How the project takes its decisions, from the general resolutions of the developers to the technical committee."],
      ["Policy Manual", "The technical rules that every package must follow, and the way they are changed."]],
     [False, True]),
    (["Team", "Mailing list", "What it does"],
     [["Release team", "debian-release", "Decides when Testing is frozen and when the next stable release is ready."],
      ["Security team", "debian-security", "Prepares and publishes the fixes for the vulnerabilities found in stable releases."],
      ["FTP masters", "ftpmaster", "Accept the new packages into the archive and keep it consistent."]],
     [False, False, True])]

TAILS = ["the project documents this point in its own pages, which the reader may consult.",
         "a longer account of it is given in the Debian Policy Manual.",
         "this was decided by a general resolution of the developers.",
         "see the mailing list archives for the discussion that led to it.",
         "the wiki keeps a list of the teams concerned, kept up to date by their members.",
         "not every derivative follows this rule, but most of them do.",
         "the same holds for the ports to other architectures.",
         "older releases handled this differently."]

WORDS = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
        "seventeen eighteen nineteen twenty".split()


def word(k):
    return WORDS[k - 1] if k <= len(WORDS) else "number %d" % k


TITLE = "Inside the Debian Project"


def gold(items, chrome, label=None, extra=()):
    lines = []
    lid = 10000
    for it in items:
        if it[0] == 'h':
            lines.append("heading\t" + it[1])
        elif it[0] == 'code':
            lines.append("code\t%d\t%s" % (it[1], "\\n".join(it[2])))
        elif it[0] == 'table':
            for row in [it[2]] + it[3]:
                for cell in row:
                    lines.append("cell\t%d\t%s" % (it[1], cell))
        elif it[0] == 'p':
            lines.append("body\t%d\t%s" % (it[1], it[2]))
            for _, n in it[3]:
                lines.append("note\t%d\t%s" % (it[1], n))
        else:
            for i, x in enumerate(it[1]):
                lines.append("body\t%d\t%s" % (lid, (label(i) + " " + x) if label else x))
                lid += 1
    for c in chrome:
        lines.append("chrome\t" + c)
    for e in extra:
        lines.append("extra\t" + e)
    return "\n".join(lines) + "\n"


def with_markers(it, mark):
    text = it[2]
    for pos, note in sorted(it[3], reverse=True):
        text = text[:pos] + "\0%d\0" % len(text[:pos]) + text[pos:]
    parts = re.split(r'\0(\d+)\0', text)
    notes = dict(it[3])
    res = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            res.append(('t', part))
        else:
            res.append(('n', notes[int(part)]))
    return res


# ---------------- LaTeX -----------------
def tex_escape(s):
    s = s.replace('\\', r'\textbackslash{}')
    for a, b in [('&', r'\&'), ('%', r'\%'), ('$', r'\$'), ('#', r'\#'), ('_', r'\_'), ('{', r'\{'), ('}', r'\}'),
                 ('~', r'\textasciitilde{}'), ('^', r'\textasciicircum{}')]:
        s = s.replace(a, b)
    return s


def latex(items, fancy):
    out = [r"\documentclass[11pt]{report}", r"\usepackage[utf8]{inputenc}", r"\usepackage[T1]{fontenc}",
           r"\usepackage[a5paper,margin=2cm]{geometry}", r"\usepackage{lmodern}"]
    if fancy:
        out += [r"\usepackage{fancyhdr}", r"\pagestyle{fancy}", r"\fancyhf{}",
                r"\fancyhead[LE,RO]{\thepage}", r"\fancyhead[RE]{\leftmark}", r"\fancyhead[LO]{\rightmark}",
                r"\fancyfoot[C]{" + TITLE + r" -- draft}",
                r"\fancypagestyle{plain}{\fancyhf{}\fancyfoot[C]{\thepage}}"]
    out += [r"\title{" + TITLE + "}", r"\author{Debian Handbook authors}", r"\date{}",
            r"\begin{document}", r"\maketitle", r"\tableofcontents"]
    for it in items:
        if it[0] == 'h':
            out.append((r"\chapter{%s}" if it[2] == 1 else r"\section{%s}") % tex_escape(it[1]))
        elif it[0] == 'p':
            s = "".join(tex_escape(x) if k == 't' else r"\footnote{%s}" % tex_escape(x) for k, x in with_markers(it, 0))
            out.append(s + "\n")
        elif it[0] == 'code':
            out.append("\\begin{verbatim}\n" + "\n".join(it[2]) + "\n\\end{verbatim}\n")
        elif it[0] == 'table':
            spec = "".join(r"p{0.5\textwidth}" if w else "l" for w in it[4])
            rows = [" & ".join(tex_escape(c) for c in r) + r" \\" for r in [it[2]] + it[3]]
            out.append("\\begin{center}\\begin{tabular}{%s}\\hline\n%s\n\\hline\n%s\n\\hline\\end{tabular}\\end{center}\n"
                       % (spec, rows[0], "\n".join(rows[1:])))
        else:
            out.append(r"\begin{enumerate}" + "".join(r"\item " + tex_escape(x) for x in it[1]) + r"\end{enumerate}")
    out.append(r"\end{document}")
    return "\n".join(out)


# ---------------- Sphinx (reST) -----------------
def rst(items):
    out = [TITLE, "=" * len(TITLE), "", ".. toctree::", ""]
    chars = {1: "-", 2: "~"}
    n = 0
    body = []
    for it in items:
        if it[0] == 'h':
            c = "#" if it[2] == 1 else "*"
            body += ["", it[1], c * (len(it[1]) + 4), ""]
        elif it[0] == 'p':
            s = "".join(rst_escape(x) if k == 't' else " [#]_ " for k, x in with_markers(it, 0))
            s = re.sub(r' \[#\]_ ', r'\\ [#]_\\ ', s)
            body += [s, ""]
            for k, x in with_markers(it, 0):
                if k == 'n':
                    body += [".. [#] " + rst_escape(x), ""]
        elif it[0] == 'code':
            body += ["::", ""] + ["    " + l for l in it[2]] + [""]
        elif it[0] == 'table':
            body += [".. list-table::", "   :header-rows: 1", ""]
            for r in [it[2]] + it[3]:
                body += ["   * - " + rst_escape(r[0])] + ["     - " + rst_escape(c) for c in r[1:]]
            body += [""]
        else:
            body += ["#. " + rst_escape(x) for x in it[1]] + [""]
    return "\n".join(body)


def rst_escape(s):
    return re.sub(r'([*`_|\\])', r'\\\1', s)


# ---------------- DocBook -----------------
def docbook(items):
    x = lambda s: html.escape(s, quote=False)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">',
           '<book lang="en"><bookinfo><title>%s</title></bookinfo>' % TITLE]
    open_ch = open_sec = False
    for it in items:
        if it[0] == 'h':
            if open_sec:
                out.append('</section>')
                open_sec = False
            if it[2] == 1:
                if open_ch:
                    out.append('</chapter>')
                out.append('<chapter><title>%s</title>' % x(it[1]))
                open_ch = True
            else:
                if not open_ch:
                    out.append('<chapter><title>%s</title>' % x(TITLE))
                    open_ch = True
                out.append('<section><title>%s</title>' % x(it[1]))
                open_sec = True
        elif it[0] == 'p':
            out.append('<para>' + "".join(x(t) if k == 't' else '<footnote><para>%s</para></footnote>' % x(t)
                                          for k, t in with_markers(it, 0)) + '</para>')
        elif it[0] == 'code':
            out.append('<screen>' + x("\n".join(it[2])) + '</screen>')
        elif it[0] == 'table':
            row = lambda r: '<row>' + "".join('<entry>%s</entry>' % x(c) for c in r) + '</row>'
            out.append('<informaltable frame="all"><tgroup cols="%d">' % len(it[2])
                       + "".join('<colspec colwidth="%d*"/>' % (3 if w else 1) for w in it[4])
                       + '<thead>' + row(it[2]) + '</thead><tbody>' + "".join(row(r) for r in it[3])
                       + '</tbody></tgroup></informaltable>')
        else:
            out.append('<orderedlist>' + "".join('<listitem><para>%s</para></listitem>' % x(t) for t in it[1])
                       + '</orderedlist>')
    if open_sec:
        out.append('</section>')
    out.append('</chapter></book>')
    return "\n".join(out)


# ---------------- groff man -----------------
def man(items):
    out = ['.TH DEBIAN-PROJECT 7 "2026-11-30" "debian-project 1.19.1" "Debian Project Manual"']
    esc = lambda s: s.replace('\\', '\\e').replace('-', '\\-').replace("'", "\\(aq")
    first = True
    for it in items:
        if it[0] == 'h':
            out.append('.SH "%s"' % esc(it[1].upper()) if it[2] == 1 else '.SS "%s"' % esc(it[1]))
        elif it[0] == 'p':
            text = "".join(t for k, t in with_markers(it, 0) if k == 't')
            out += ['.PP', fmt_roff(esc(text))]
        elif it[0] == 'code':
            out += ['.PP', '.RS 4', '.nf', '.ft CR'] + [("\\&" + esc(l)) for l in it[2]] + ['.ft R', '.fi', '.RE']
        elif it[0] == 'table':
            cell = lambda c: "T{\n%s\nT}" % esc(c) if len(c) > 30 else esc(c)
            out += ['.PP', '.TS', 'tab(|);', " ".join("lB" for _ in it[2]),
                    " ".join("lw(30n)" if w else "l" for w in it[4]) + "."]
            out += ["|".join(esc(c) for c in it[2])] + ["|".join(cell(c) for c in r) for r in it[3]] + ['.TE']
        else:
            for i, t in enumerate(it[1]):
                out += ['.TP', '.B %d' % i, fmt_roff(esc(t))]
    return "\n".join(out) + "\n"


def fmt_roff(s):
    # one sentence per line, as man-page sources are written; no line starts with a dot
    lines = re.split(r'(?<=[.!?]) +', s)
    return "\n".join(("\\&" + l) if l.startswith(('.', "'")) else l for l in lines)


def man_gold(items):
    # man pages have no footnotes: the notes are left out; headings of level 1 are upper-cased
    res = []
    for it in items:
        if it[0] == 'h':
            res.append(('h', it[1].upper() if it[2] == 1 else it[1], it[2]))
        elif it[0] == 'p':
            res.append(['p', it[1], it[2], []])
        else:
            res.append(it)
    return res


# ---------------- HTML for Chromium -----------------
def page_html(items):
    x = lambda s: html.escape(s, quote=False)
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>' % TITLE,
           '<style>body{font-family:serif;font-size:12pt;max-width:40em}</style></head><body>']
    for it in items:
        if it[0] == 'h':
            out.append('<h%d>%s</h%d>' % (it[2], x(it[1]), it[2]))
        elif it[0] == 'p':
            out.append('<p>%s</p>' % x(it[2]))
        elif it[0] == 'code':
            out.append('<pre>%s</pre>' % x("\n".join(it[2])))
        elif it[0] == 'table':
            out.append('<table><thead><tr>' + "".join('<th>%s</th>' % x(c) for c in it[2]) + '</tr></thead><tbody>'
                       + "".join('<tr>' + "".join('<td>%s</td>' % x(c) for c in r) + '</tr>' for r in it[3])
                       + '</tbody></table>')
        else:
            out.append('<ol>' + "".join('<li>%s</li>' % x(t) for t in it[1]) + '</ol>')
    out.append('</body></html>')
    return "\n".join(out)


def no_notes(items):
    return [['p', it[1], it[2], []] if it[0] == 'p' else it for it in items]


# ---------------- Flat ODT for LibreOffice -----------------
def fodt(items):
    x = lambda s: html.escape(s, quote=False)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">',
           '<office:styles><style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph">'
           '<style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
           '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph">'
           '<style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
           '<style:style style:name="Preformatted_20_Text" style:display-name="Preformatted Text" style:family="paragraph">'
           '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>'
           '<style:text-properties style:font-name="Liberation Mono" fo:font-family="\'Liberation Mono\'" '
           'style:font-pitch="fixed" fo:font-size="10pt"/></style:style></office:styles>',
           '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
           'fo:page-width="14.8cm" fo:page-height="21cm" fo:margin="1.5cm"/><style:header-style/><style:footer-style/>'
           '</style:page-layout></office:automatic-styles>',
           '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
           '<style:header><text:p>%s<text:tab/><text:chapter text:display="name" text:outline-level="1"/></text:p></style:header>'
           '<style:footer><text:p>Page <text:page-number text:select-page="current"/> of <text:page-count/></text:p></style:footer>'
           '</style:master-page></office:master-styles>' % x(TITLE),
           '<office:body><office:text>']
    n = 0
    for it in items:
        if it[0] == 'h':
            out.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                       % (it[2], it[2], x(it[1])))
        elif it[0] == 'p':
            s = ""
            for k, t in with_markers(it, 0):
                if k == 't':
                    s += x(t)
                else:
                    n += 1
                    s += ('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d'
                          '</text:note-citation><text:note-body><text:p>%s</text:p></text:note-body></text:note>'
                          % (n, n, x(t)))
            out.append('<text:p>%s</text:p>' % s)
        elif it[0] == 'code':
            # as Writer sets preformatted text: a paragraph a line, runs of spaces as text:s
            # (spaces opening a paragraph are dropped by ODF, so an indentation is all text:s)
            sp = lambda l: re.sub(r'^ +', lambda m: '<text:s text:c="%d"/>' % len(m.group()),
                                  re.sub(r'(?<=\S)  +', lambda m: ' <text:s text:c="%d"/>' % (len(m.group()) - 1), x(l)))
            out += ['<text:p text:style-name="Preformatted_20_Text">%s</text:p>' % sp(l) for l in it[2]]
        elif it[0] == 'table':
            row = lambda r: '<table:table-row>' + "".join('<table:table-cell office:value-type="string"><text:p>%s</text:p>'
                                                           '</table:table-cell>' % x(c) for c in r) + '</table:table-row>'
            out.append('<table:table table:name="T%d">' % it[1] + "".join('<table:table-column/>' for _ in it[2])
                       + '<table:table-header-rows>' + row(it[2]) + '</table:table-header-rows>'
                       + "".join(row(r) for r in it[3]) + '</table:table>')
        else:
            out.append('<text:list>' + "".join('<text:list-item><text:p>%s</text:p></text:list-item>' % x(t)
                                               for t in it[1]) + '</text:list>')
    out.append('</office:text></office:body></office:document>')
    return "\n".join(out)


def first_heading(items):
    return next(it for it in items if it[0] == 'h')


def main():
    outdir = sys.argv[1]
    maxparas = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    os.makedirs(outdir, exist_ok=True)
    items = add_notes_and_lists(model(maxparas))
    w = lambda name, s: open(os.path.join(outdir, name), "w", encoding="utf-8").write(s)
    chapters = [it[1] for it in items if it[0] == 'h']
    dotted = lambda i: "%d." % (i + 1)
    # what generators add of their own: chapter labels, the contents page's title, the author line
    own = ["Contents", "CONTENTS", "Table of Contents", "Debian Handbook authors", TITLE] + \
          ["Chapter %d" % n for n in range(1, 30)] + ["CHAPTER %s" % w.upper() for w in WORDS]
    w("latex.tex", latex(items, False))
    w("latex.gold.tsv", gold(items, [], dotted, own))
    w("fancyhdr.tex", latex(items, True))
    w("fancyhdr.gold.tsv", gold(items, [TITLE + " – draft", TITLE + " -- draft"], dotted, own))
    os.makedirs(os.path.join(outdir, "sphinx"), exist_ok=True)
    w("sphinx/index.rst", rst(items))
    w("sphinx/conf.py", "project = %r\nauthor = 'Debian Handbook authors'\nrelease = '11'\n"
      "latex_documents = [('index', 'sphinx.tex', %r, 'Debian Handbook authors', 'manual')]\n" % (TITLE, TITLE))
        # Sphinx takes the first section's title for the document's own and prints it nowhere.
    sphinx_items = [it for it in items if it[0] != 'h' or it is not first_heading(items)]
    w("sphinx.gold.tsv", gold(sphinx_items, [], dotted, own + [items[0][1] if items[0][0] == 'h' else "", "Release 11", datetime.date.today().strftime("%b %d, %Y")]))
    w("docbook.xml", docbook(items))
    w("docbook.gold.tsv", gold(items, [], dotted, own + ["Written by", datetime.date.today().strftime("%B %-d, %Y")]))
    # the same DocBook through the DocBook XSL stylesheets and Apache FOP (gen.sh)
    w("fop.gold.tsv", gold(items, [], dotted, own))
    mi = man_gold(items)
    w("man.7", man(items))
    w("man.gold.tsv", gold(mi, label=lambda i: "%d" % i, chrome=["DEBIAN-PROJECT(7)", "Debian Project Manual", "debian-project 1.19.1", "2026-11-30"]))
    ni = no_notes(items)
    w("chromium.html", page_html(ni))
    w("chromium.gold.tsv", gold(ni, ["file://", "/chromium.html", TITLE], dotted))
    # the same page through WeasyPrint (gen.sh), which prints no header or footer of its own
    w("weasyprint.gold.tsv", gold(ni, [], dotted))
    w("libreoffice.fodt", fodt(items))
    w("libreoffice.gold.tsv", gold(items, [TITLE]))
    w("docx.gold.tsv", gold(items, [TITLE]))


main()
