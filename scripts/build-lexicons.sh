#!/usr/bin/env bash
# Rebuilds the bundled bilingual lexicons (visavis-model/src/main/resources/org/visavis/lang/lexicons/)
# from Debian's FreeDict packages: every dict-freedict-* with English or French on one side
# (Japanese left out, see scripts/build-lexicons.py), downloaded with apt-get, unpacked with
# dpkg-deb, turned into word pairs by scripts/build-lexicons.py.
#
#   scripts/build-lexicons.sh [WORK_DIR]     (default /tmp/visavis-freedict; needs apt-get, python3)
#
# Run `apt-get update` once before. The script prints each file's pairs and the compressed size
# of them all; the files are sorted and deterministic, so `git diff --stat` shows what a newer
# Debian release changed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/visavis-freedict}"
out="$here/visavis-model/src/main/resources/org/visavis/lang/lexicons"
mkdir -p "$work/debs" "$work/root"
packages=$(apt-cache search --names-only '^dict-freedict-' | awk '{print $1}' \
  | grep -E '^dict-freedict-(eng|fra)-[a-z]{3}$|^dict-freedict-[a-z]{3}-(eng|fra)$' \
  | grep -v jpn | sort)
if [ -z "$packages" ]; then
  echo "build-lexicons: apt-cache finds no dict-freedict-* package (run apt-get update first)" >&2
  exit 2
fi
(cd "$work/debs" && apt-get download $packages >/dev/null)
for deb in "$work"/debs/*.deb; do
  dpkg-deb -x "$deb" "$work/root"
done
find "$out" -name '*.tsv' ! -name fr-en.tsv -delete   # fr-en.tsv is kept (see KEPT in build-lexicons.py)
python3 "$here/scripts/build-lexicons.py" "$work/root" "$out"
echo "compressed (gzip -6, close to the jar's deflate): $(cat "$out"/*.tsv | gzip -6 | wc -c) bytes"
