#!/bin/bash
# Builds the five projects that bench-terms measures (README, "Measuring the term checks"):
# the demo, and four real pairs aligned from Debian packages that are not reserved.
# Usage: scripts/build-bench-projects.sh [WORK_DIR]   (run from the checkout, after the jar is built)
# The projects end in WORK_DIR/projects (default /tmp/visavis-bench/projects).
set -euo pipefail
checkout=$(pwd)
work=${1:-/tmp/visavis-bench}
mkdir -p "$work/debs" "$work/projects"
cd "$work/debs"
ls debian-handbook_*.deb >/dev/null 2>&1 || \
  apt-get download debian-handbook installation-guide-amd64 debian-edu-doc-en debian-edu-doc-fr
x="$work/extracted"
rm -rf "$x"; mkdir -p "$x"
for p in debian-handbook installation-guide-amd64 debian-edu-doc-en debian-edu-doc-fr; do
  dpkg-deb -x ${p}_*.deb "$x"
done
pages="packaging-system.html sect.package-meta-information.html sect.source-package-structure.html
  sect.manipulating-packages-with-dpkg.html sect.coexistence-with-other-packaging-systems.html apt.html
  sect.apt-get.html sect.apt-cache.html sect.apt-frontends.html sect.package-authentication.html
  sect.regular-upgrades.html sect.automatic-upgrades.html sect.searching-packages.html"
for l in fr-FR en-US; do
  (cd "$x/usr/share/doc/debian-handbook/html/$l" && cat $pages) > "$work/handbook.$l.html"
done
for l in en fr; do
  zcat "$x/usr/share/doc/installation-guide-amd64/$l/install.$l.txt.gz" > "$work/install.$l.txt"
done
cd "$checkout"
J="java -Xmx2g -XX:+UseParallelGC -jar target/visavis.jar"
names="demo handbook-packaging install-guide debian-reference-tables debian-edu-manual"
for p in $names; do rm -rf "alignments/$p"; done
$J demo
$J align "$work/handbook.fr-FR.html" "$work/handbook.en-US.html" --source-lang fr-FR --target-lang en-US --name handbook-packaging
$J align "$work/install.en.txt" "$work/install.fr.txt" --source-lang en --target-lang fr --name install-guide
$J align ../shared/corpora/debian-reference/debian-reference.{en,fr}.pdf --source-lang en --target-lang fr --name debian-reference-tables
$J align "$x"/usr/share/doc/debian-edu-doc-{en,fr}/debian-edu-bookworm-manual.html --source-lang en --target-lang fr --name debian-edu-manual
for p in $names; do rm -rf "$work/projects/$p"; mv "alignments/$p" "$work/projects/"; done
echo "projects in $work/projects; measure with:"
echo "  $J bench-terms --out $work/out $(for p in $names; do printf '%s ' "$work/projects/$p"; done)"
