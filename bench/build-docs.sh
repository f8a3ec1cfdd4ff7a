#!/usr/bin/env bash
# Whole-process figures for documentation generation against checking, on the seeded synthetic
# workspace of 1,000 files (50,000 steps): wall time and peak RSS of `wfa check`,
# `wfa build --target docs` and `wfa build --target html`, heap limit WFA_BENCH_HEAP (default 1g).
# Usage: bench/build-docs.sh [RUNS]. Prints a Markdown table for docs/performance.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"
heap="${WFA_BENCH_HEAP:-1g}"
work="${WFA_BENCH_DIR:-${TMPDIR:-/tmp}/wfa-bench-docs}"
cd "$root"
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
./wfa --version >/dev/null   # builds the distribution if needed
mvn -q -B -ntp -pl bench install -DskipTests >/dev/null
rm -rf "$work"
java -cp bench/target/classes org.wfa.bench.SyntheticWorkspace "$work/w50k" 1000 50 42 2>/dev/null
opts="-Xmx$heap -XX:TieredStopAtLevel=1 -XX:+UseParallelGC"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() { # name, then the wfa arguments
    local name="$1" times=() rss=()
    shift
    for _ in $(seq "$runs"); do
        rm -rf "$work/out"
        /usr/bin/time -f "%e %M" -o "$work/time.txt" java $opts -jar cli/target/wfa.jar "$@" >/dev/null || true
        read -r t m < <(tail -1 "$work/time.txt")
        times+=("$t"); rss+=("$m")
    done
    local t m
    t=$(printf '%s\n' "${times[@]}" | median)
    m=$(printf '%s\n' "${rss[@]}" | median)
    printf '| %s | %s s | %s MiB |\n' "$name" "$t" "$((m / 1024))"
}
echo "| command (1,001 files, 50,000 steps) | wall (median of $runs) | peak RSS |"
echo "|---|---|---|"
measure "wfa check" check "$work/w50k"
measure "wfa build --target docs" build --target docs --out "$work/out" "$work/w50k"
measure "wfa build --target html" build --target html --out "$work/out" "$work/w50k"
measure "wfa build (docs and html)" build --out "$work/out" "$work/w50k"
echo "JVM options: $opts; $(nproc) cores; $(java -version 2>&1 | head -1)"
