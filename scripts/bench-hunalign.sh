#!/usr/bin/env bash
# Speed and memory of visavis's sentence aligner against hunalign's, side by side in one run.
#
#   scripts/bench-hunalign.sh [SCALE ...]        # default: 2 4 8 (about 6k, 12k, 24k sentences a side)
#
# - builds hunalign from ../shared/peers/hunalign OUTSIDE the repository (a copy in
#   $HUNALIGN_BUILD, default /tmp/visavis-hunalign; built once, reused after);
# - assembles the input: the three dev novels (../shared/benchmarks/dev/{alice,candide,
#   vingt-mille-lieues}, French -> English, 3,068 / 3,180 sentences) concatenated SCALE times;
#   scale 8 gives 24,544 x 25,440 sentences;
# - hunalign gets the bundled FreeDict lexicon turned around ("english @ french"), the texts
#   tokenised (punctuation split off) and -utf -realign, the setting of its reference accuracy
#   figures; visavis runs `align-sentences` in its own JVM with the options of the launcher
#   ./visavis (read from it; $VISAVIS_JAVA_OPTS overrides them) on the untokenised sentences;
# - each side runs under GNU time (/usr/bin/time -v): wall-clock seconds and peak resident memory
#   of the whole process, wall-clock and CPU seconds (on a shared machine CPU time is the steadier);
#   one line per scale and side, then the ratios visavis / hunalign, and how each grows with size.
#
# Targets (issue 15): visavis in at most 0.1 x hunalign's time and 0.25 x its memory at 24k x 25k,
# and growing linearly (the time ratio between scales close to the size ratio).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${VISAVIS_SHARED:-$here/../shared}"
build="${HUNALIGN_BUILD:-/tmp/visavis-hunalign}"
# the launcher's JVM options (what translators run), read from ./visavis itself
launcher_opts="$(sed -n 's/^exec java ${VISAVIS_JAVA_OPTS:-\([^}]*\)}.*/\1/p' "$here/visavis")"
java_opts="${VISAVIS_JAVA_OPTS:-$launcher_opts}"
scales=("$@")
[ ${#scales[@]} -gt 0 ] || scales=(2 4 8)

fail() { echo "bench-hunalign: $*" >&2; exit 2; }
[ -n "$java_opts" ] || fail "$here/visavis: no JVM options found in the launcher's exec line"

[ -x /usr/bin/time ] || fail "/usr/bin/time (GNU time) is needed to measure peak memory"
peer="$shared/peers/hunalign"
[ -d "$peer/src/hunalign" ] || fail "$peer: hunalign's source is not there"
lexicon="$shared/lexicons/fr-en.tsv"
[ -f "$lexicon" ] || fail "$lexicon: no such lexicon"
novels=()
for n in alice candide vingt-mille-lieues; do
  d="$shared/benchmarks/dev/$n"
  [ -f "$d/fr.txt" ] && [ -f "$d/en.txt" ] || fail "$d: fr.txt or en.txt missing"
  novels+=("$d")
done
case "$build" in
  "$here"|"$here"/*) fail "$build: hunalign must be built outside the repository" ;;
esac

hunalign="$build/src/hunalign/hunalign"
if [ ! -x "$hunalign" ]; then
  echo "bench-hunalign: building hunalign in $build ..." >&2
  rm -rf "$build"
  cp -r "$peer" "$build"
  make -s -C "$build/src/hunalign" >/dev/null 2>"$build/make.log" || fail "hunalign did not build (see $build/make.log)"
fi

# The launcher compiles what changed and writes the class path; its own run is not timed.
"$here/visavis" --version >/dev/null
classpath="$here/visavis-app/target/classes:$(cat "$here/visavis-app/target/classpath.txt")"

work="$(mktemp -d /tmp/visavis-bench-hunalign.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# "english @ french", one pair a line: hunalign's dictionary, target first.
awk -F'\t' 'NF >= 2 && $1 !~ /^#/ { print $2 " @ " $1 }' "$lexicon" >"$work/fr-en.dic"

tokenise() { perl -CSD -pe 's/([\p{P}\p{S}])/ $1 /g; s/ +/ /g; s/^ | $//mg'; }

# Prints "wall_seconds cpu_seconds peak_kb" of a command run under GNU time; its output goes to $1.
measure() {
  local out="$1"
  shift
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$out" 2>"$work/stderr.txt" || {
    tail -5 "$work/stderr.txt" >&2
    fail "$1 failed (see above)"
  }
  awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = s }
      /User time|System time/ { cpu += $2 }
      /Maximum resident set size/ { kb = $2 }
      END { printf "%.2f %.2f %d\n", wall, cpu, kb }' "$work/time.txt"
}

# Writes the novels concatenated $1 times (or their first $2 lines) to fr.txt/en.txt and tokenised copies.
assemble() {
  : >"$work/fr.txt"
  : >"$work/en.txt"
  for ((k = 0; k < $1; k++)); do
    for d in "${novels[@]}"; do
      cat "$d/fr.txt" >>"$work/fr.txt"
      cat "$d/en.txt" >>"$work/en.txt"
    done
  done
  if [ -n "${2:-}" ]; then
    head -n "$2" "$work/fr.txt" >"$work/fr.part" && mv "$work/fr.part" "$work/fr.txt"
    head -n "$2" "$work/en.txt" >"$work/en.part" && mv "$work/en.part" "$work/en.txt"
  fi
  tokenise <"$work/fr.txt" >"$work/fr.tok"
  tokenise <"$work/en.txt" >"$work/en.tok"
  size="$(wc -l <"$work/fr.txt")x$(wc -l <"$work/en.txt")"
}

run_visavis() {
  # shellcheck disable=SC2086
  measure "$work/visavis.beads" java $java_opts -Dfile.encoding=UTF-8 -cp "$classpath" org.visavis.cli.Main \
    align-sentences --source-lang fr --target-lang en "$work/fr.txt" "$work/en.txt"
}

run_hunalign() {
  # hunalign writes translate.txt into its working folder: run it in the scratch one
  cd "$work"
  measure "$work/hunalign.ladder" "$hunalign" -utf -realign "$work/fr-en.dic" "$work/fr.tok" "$work/en.tok"
}

row() { printf '%-6s %-13s %-9s %9.2f %9.2f %9.0f\n' "$1" "$2" "$3" "$4" "$5" "$(($6 / 1024))"; }

# The fixed cost of a visavis process (JVM, language data): 100 sentences a side.
assemble 1 100
read -r v0w v0c v0m < <(run_visavis)
printf '%-6s %-13s %-9s %9s %9s %9s\n' scale sentences side wall_s cpu_s peak_MB
row - "$size" visavis "$v0w" "$v0c" "$v0m"
declare -A vw vc vm hw hc hm
for scale in "${scales[@]}"; do
  assemble "$scale"
  read -r vw[$scale] vc[$scale] vm[$scale] < <(run_visavis)
  read -r hw[$scale] hc[$scale] hm[$scale] < <(run_hunalign)
  row "$scale" "$size" visavis "${vw[$scale]}" "${vc[$scale]}" "${vm[$scale]}"
  row "$scale" "$size" hunalign "${hw[$scale]}" "${hc[$scale]}" "${hm[$scale]}"
  awk -v a="${vw[$scale]}" -v b="${hw[$scale]}" -v e="${vc[$scale]}" -v f="${hc[$scale]}" \
    -v c="${vm[$scale]}" -v d="${hm[$scale]}" 'BEGIN { printf "%-6s %-13s %-9s wall=%.3f cpu=%.3f memory=%.3f" \
      " (targets: time <= 0.1, memory <= 0.25)\n", "", "", "ratio", a / b, e / f, c / d }'
done
if [ ${#scales[@]} -gt 1 ]; then
  first="${scales[0]}"
  line="growth of cpu seconds from scale $first (visavis less its fixed ${v0c}s):"
  for scale in "${scales[@]:1}"; do
    line+="$(awk -v s="$scale" -v f="$first" -v v="${vc[$scale]}" -v v1="${vc[$first]}" -v z="$v0c" \
      -v h="${hc[$scale]}" -v h1="${hc[$first]}" \
      'BEGIN { printf "  size x%g: visavis x%.2f, hunalign x%.2f;", s / f, (v - z) / (v1 - z), h / h1 }')"
  done
  echo "${line%;}"
fi
