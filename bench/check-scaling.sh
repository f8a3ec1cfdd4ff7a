#!/usr/bin/env bash
# Whole-process figures for `wfa check` on seeded synthetic workspaces: wall time and peak
# memory (RSS) with GNU time, the heap limit given by WFA_BENCH_HEAP (default 1g), and the
# scaling exponent of time against size. Usage: bench/check-scaling.sh [RUNS]
# Prints a Markdown table for docs/performance.md. Needs /usr/bin/time (Debian: package time).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"
heap="${WFA_BENCH_HEAP:-1g}"
work="${WFA_BENCH_DIR:-${TMPDIR:-/tmp}/wfa-bench}"
cd "$root"
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
./wfa --version >/dev/null   # builds the distribution if needed
mvn -q -B -ntp -pl bench install -DskipTests >/dev/null
gen() { java -cp bench/target/classes org.wfa.bench.SyntheticWorkspace "$work/$1" "$2" "$3" 42 2>/dev/null; }
rm -rf "$work"
gen single 1 20
# One self-contained file: the organisation model and one workflow of 20 steps in one package.
{ echo "package bench.single"; sed '1d' "$work/single/organisation.wfa"
  sed '/^package /d; /^import /d' "$work/single/area0/flow0.wfa"; } > "$work/single.wfa"
gen w10k 100 100
gen w50k 1000 50
gen w100k 1000 100
opts="-Xmx$heap -XX:TieredStopAtLevel=1 -XX:+UseParallelGC"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() { # name path steps
    local times=() rss=()
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$work/time.txt" java $opts -jar cli/target/wfa.jar check "$2" >/dev/null || true
        read -r t m < <(tail -1 "$work/time.txt")
        times+=("$t"); rss+=("$m")
    done
    local t m
    t=$(printf '%s\n' "${times[@]}" | median)
    m=$(printf '%s\n' "${rss[@]}" | median)
    local files
    files=$(find "$2" -name '*.wfa' | wc -l)
    local mb
    mb=$(du -sk "$2" | awk '{ printf "%.1f", $1 / 1024 }')
    printf '| %s | %s | %s | %s MB | %s s | %s MiB |\n' "$1" "$files" "$3" "$mb" "$t" "$((m / 1024))"
    echo "$t" > "$work/$1.t"
}
echo "| workspace | files | steps | size | wall (median of $runs) | peak RSS |"
echo "|---|---|---|---|---|---|"
measure "one small file" "$work/single.wfa" 20
measure "10,000 steps" "$work/w10k" 10000
measure "50,000 steps" "$work/w50k" 50000
measure "100,000 steps" "$work/w100k" 100000
t10=$(cat "$work/10,000 steps.t"); t100=$(cat "$work/100,000 steps.t")
awk -v a="$t10" -v b="$t100" 'BEGIN { printf "\nscaling exponent from 10,000 to 100,000 steps: %.2f (1.00 = linear)\n", log(b/a)/log(10) }'
echo "JVM options: $opts; $(nproc) cores; $(java -version 2>&1 | head -1)"
