#!/usr/bin/env bash
# Regenerates the EPUB fixtures of this folder with pandoc (tested with pandoc 2.17) and python3.
#   role-of-distributions.fr.epub     the French text alone
#   role-of-distributions.mixed.epub  the English text (lang en-US), then a chapter marked
#                                     linear="no" in the spine, then the French text's chapters
#                                     (a book carrying its translation)
#   role-of-distributions.en.txt      the English text as pandoc's plain text: "[1]" note
#                                     markers, notes at the end, code indented by 4 spaces
set -euo pipefail
cd "$(dirname "$0")"
pandoc role-of-distributions.fr.md -o role-of-distributions.fr.epub
pandoc role-of-distributions.en.md -t plain -o role-of-distributions.en.txt
# the French chapters without their title block
awk 'n >= 2; /^---$/ { n++ }' role-of-distributions.fr.md > /tmp/fr-body.md
pandoc role-of-distributions.en.md outside-reading-order.en.md /tmp/fr-body.md -o role-of-distributions.mixed.epub
rm /tmp/fr-body.md
python3 - role-of-distributions.mixed.epub <<'PY'
import sys, zipfile, re, shutil, os
path = sys.argv[1]
with zipfile.ZipFile(path) as z:
    entries = [(i, z.read(i.filename)) for i in z.infolist()]
out = path + '.tmp'
with zipfile.ZipFile(out, 'w') as z:
    for info, data in entries:
        if info.filename.endswith('content.opf'):
            # the chapter of outside-reading-order.en.md is the third: ch003
            data = re.sub(rb'<itemref idref="ch003_xhtml"\s*/>', b'<itemref idref="ch003_xhtml" linear="no" />', data)
            assert b'linear="no"' in data
        z.writestr(info, data, compress_type=zipfile.ZIP_STORED if info.filename == 'mimetype' else zipfile.ZIP_DEFLATED)
os.replace(out, path)
PY
