#!/bin/sh
# usage: gen.sh OUTDIR [MAXPARAS]: writes every generator's PDF and gold file into OUTDIR
set -e
D=$1; python3 "$(dirname "$0")/build.py" "$D" ${2:-1000}; cd "$D"
groff -k -t -man -Tpdf man.7 > man.pdf
for t in latex fancyhdr; do pdflatex -interaction=batchmode $t.tex >/dev/null || true; pdflatex -interaction=batchmode $t.tex >/dev/null || true; done
rm -rf sphinx/_build; (cd sphinx && sphinx-build -q -b latex . _build/latex >/dev/null 2>&1 && cd _build/latex && latexmk -pdf -interaction=batchmode sphinx.tex >/dev/null 2>&1 || true); cp sphinx/_build/latex/sphinx.pdf sphinx.pdf
dblatex -q -o docbook.pdf docbook.xml >/dev/null 2>&1 || true
xsltproc --stringparam fop1.extensions 1 --stringparam paper.type A4 -o fop.fo /usr/share/xml/docbook/stylesheet/docbook-xsl/fo/docbook.xsl docbook.xml >/dev/null 2>&1 && fop -q -fo fop.fo -pdf fop.pdf >/dev/null 2>&1 || true
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$(mktemp -d) --print-to-pdf=chromium.pdf file://$PWD/chromium.html >/dev/null 2>&1
weasyprint -q chromium.html weasyprint.pdf >/dev/null 2>&1 || true
soffice --headless --convert-to pdf libreoffice.fodt >/dev/null 2>&1
soffice --headless --convert-to odt libreoffice.fodt >/dev/null 2>&1
soffice --headless --convert-to docx libreoffice.fodt >/dev/null 2>&1; mkdir -p d; mv libreoffice.docx d/docx.docx; (cd d && soffice --headless --convert-to pdf docx.docx >/dev/null 2>&1); mv d/docx.pdf .; cp d/docx.docx .
ls -la *.pdf *.odt *.docx
