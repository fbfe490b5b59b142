#!/usr/bin/env bash
# What the bundled lexicons bring on pairs without a sentence gold: the Debian Reference in
# English, German and Spanish (Debian packages debian-reference-en/-de/-es, GPL-2.0+), whose
# translations keep the English document's structure block for block (po4a), so paragraph pairs
# are known. scripts/reference-pair.py turns them into benchmark folders:
#   PAIR        the whole document, one gold bead per paragraph pair (n:m sentences);
#   PAIR-prose-NN  chapter-sized documents of 150 one-sentence paragraphs, prose only (no digits),
#               one target paragraph in twenty left out: a sentence gold, few anchors.
# Each is aligned with `bench` and `bench --no-lexicon`; es-de has no FreeDict dictionary of its
# own in the bundle, its lexicon is composed through English and French.
#
#   scripts/bench-lexicons.sh [WORK_DIR]     (default /tmp/visavis-reference; run apt-get update once before)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/visavis-reference}"
mkdir -p "$work/debs" "$work/root"
(cd "$work/debs" && apt-get download debian-reference-en debian-reference-de debian-reference-es >/dev/null)
for deb in "$work"/debs/*.deb; do
  dpkg-deb -x "$deb" "$work/root"
done
html="$work/root/usr/share/debian-reference"
for pair in en-de en-es es-de; do
  src="${pair%-*}"
  tgt="${pair#*-}"
  rm -rf "$work/$pair" "$work/$pair"-prose-*
  python3 "$here/scripts/reference-pair.py" paragraphs "$html" "$src" "$tgt" "$work/$pair"
  for lang in "$src" "$tgt"; do
    "$here/visavis" segment --lang="$lang" "$work/$pair/work/$lang.par.html" > "$work/$pair/work/$lang.seg"
  done
  python3 "$here/scripts/reference-pair.py" gold "$work/$pair" "$src" "$tgt" | tail -1
done
for pair in en-de en-es es-de; do
  for set in "$pair" "$pair-prose"; do
    if [ "$set" = "$pair" ]; then dirs=("$work/$pair"); else dirs=("$work/$pair"-prose-*); fi
    with=$("$here/visavis" bench "${dirs[@]}" | grep '^total ' | sed 's/^total *//')
    without=$("$here/visavis" bench --no-lexicon "${dirs[@]}" | grep '^total ' | sed 's/^total *//')
    printf '%-14s lexicon     %s\n%-14s no lexicon  %s\n' "$set" "$with" "$set" "$without"
  done
done
