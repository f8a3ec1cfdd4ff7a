#!/usr/bin/env bash
# The performance benchmark (docs/performance.md), in one command: WFA and its peers on the same
# seeded synthetic workspaces, cold (whole process, GNU time) and warm (in process: JMH for WFA and
# the BPMN model API, bench/peers/lint-warm.mjs for bpmnlint), reported as ratios, with the
# scaling exponent of time against size, the language server's edit latency and its memory
# through a long editing session, and the analyses of the execution semantics (soundness and
# condition reasoning, bench/semantics.sh) apart from parsing and linking.
#
#   bench/run.sh            1,000, 10,000 and 100,000 stages; about half an hour on two cores
#   bench/run.sh --quick    small sizes and one run of everything: checks that the harness works
#
# Raw figures and the report go to $WFA_BENCH_DIR (default /tmp/wfa-bench-run)/results.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
quick=""
[ "${1:-}" = "--quick" ] && quick=1
work="${WFA_BENCH_DIR:-${TMPDIR:-/tmp}/wfa-bench-run}"
results="$work/results"
heap="${WFA_BENCH_HEAP:-1g}"
if [ -n "$quick" ]; then
    sizes=(250 1000); runs=1; peer_runs=1; lsp_steps=500; lsp_edits=5; churn_edits=50; churn_cycles=5
    jmh_opts=(-f 1 -wi 1 -i 1 -w 1s -r 1s)
else
    sizes=(1000 10000 100000); runs=3; peer_runs=3; lsp_steps=2000; lsp_edits=20; churn_edits=1000; churn_cycles=100
    jmh_opts=(-f 1 -wi 4 -w 5s -i 3 -r 5s)
fi
jmh_sizes="$(IFS=,; echo "${sizes[*]:0:2}")"   # warm figures: the two smaller sizes (100,000 is cold only)

[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
command -v node >/dev/null || { echo "bench: node is missing (Node.js 20 or later)" >&2; exit 2; }

rm -rf "$work"
mkdir -p "$results"
echo "bench: building WFA, the harness and the peers" >&2
# The harness first: building it regenerates the language's sources, after which the launcher
# would rebuild the distribution inside the first timed run.
mvn -q -B -ntp -pl bench -am package -DskipTests > "$work/build.log" 2>&1 \
    || { tail -n 30 "$work/build.log" >&2; echo "bench: the build failed (log: $work/build.log)" >&2; exit 1; }
./wfa --version >/dev/null                       # the distribution and its class-data archive
(cd bench/peers && npm ci --silent --no-audit --no-fund >/dev/null)
bench_cp="bench/target/benchmarks.jar"
uptime > "$results/load-before.txt"

# The workspaces: workflows of 50 steps over one shared organisation model (SyntheticWorkspace),
# and one small self-contained file; then the BPMN that WFA generates from each, for the peers.
gen() { java -cp "$bench_cp" org.wfa.bench.SyntheticWorkspace "$work/$1" "$2" "$3" 42 >/dev/null 2>&1; }
gen single-src 1 20
{ echo "package bench.single"; sed '1d' "$work/single-src/organisation.wfa"
  sed '/^package /d; /^import /d' "$work/single-src/area0/flow0.wfa"; } > "$work/single.wfa"
java -Xmx3g -jar cli/target/wfa.jar build --target bpmn:operaton --out "$work/single-bpmn" "$work/single.wfa" >/dev/null
for n in "${sizes[@]}"; do
    echo "bench: workspace of $n stages" >&2
    gen "ws$n" $((n / 50)) 50
    java -Xmx3g -jar cli/target/wfa.jar build --target bpmn:operaton --out "$work/bpmn$n" "$work/ws$n" >/dev/null
done

# Cold: whole processes, as a build runs them.
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
cold_wfa() { # name stages path
    local walls=() peak=0
    for _ in $(seq "$runs"); do
        WFA_JAVA_OPTS="-Xmx$heap -XX:TieredStopAtLevel=1 -XX:+UseParallelGC" \
            /usr/bin/time -v -o "$work/time.txt" ./wfa check "$3" >/dev/null || true
        walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$work/time.txt")")
        local rss; rss=$(awk -F': ' '/Maximum resident/ {print $2}' "$work/time.txt")
        [ "$rss" -gt "$peak" ] && peak=$rss
    done
    printf '{"tool":"wfa","workspace":"%s","stages":%s,"wallSeconds":%s,"peakRssKiB":%s}\n' "$1" "$2" \
        "$(printf '%s\n' "${walls[@]}" | median)" "$peak" >> "$results/cold.jsonl"
}
cold_peer() { # name stages path
    local line; line=$(bench/peers/lint-cold.sh "$3" "$peer_runs")
    echo "$line" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const o=JSON.parse(s);
        console.log(JSON.stringify({tool:"bpmnlint",workspace:process.argv[1],stages:+process.argv[2],
        wallSeconds:o.wallSeconds,peakRssKiB:o.peakRssKiB}))})' "$1" "$2" >> "$results/cold.jsonl"
}
echo "bench: cold runs" >&2
cold_wfa "one small file" 20 "$work/single.wfa"
cold_peer "one small file" 20 "$(find "$work/single-bpmn" -name '*.bpmn' | sort | head -1)"
for n in "${sizes[@]}"; do
    name="$(echo "$n" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta') stages"
    cold_wfa "$name" "$n" "$work/ws$n"
    # bpmnlint takes minutes on the largest workspace: one run of it there.
    [ "$n" -ge 100000 ] && peer_runs=1
    cold_peer "$name" "$n" "$work/bpmn$n"
done

# Warm: in process, after warm-up.
echo "bench: warm runs (JMH; bpmnlint in Node)" >&2
# Checking and BPMN parsing at both warm sizes; each generator at the larger one.
java -jar "$bench_cp" 'CheckBenchmark|BpmnParseBenchmark' -p stages="$jmh_sizes" \
    "${jmh_opts[@]}" -rf json -rff "$results/jmh-check.json" > "$results/jmh-check.txt"
java -jar "$bench_cp" 'GeneratorBenchmark' -p stages="${sizes[1]}" \
    "${jmh_opts[@]}" -rf json -rff "$results/jmh-generators.json" > "$results/jmh-generators.txt"
node -e 'const fs=require("fs");const [a,b,o]=process.argv.slice(1);
    fs.writeFileSync(o, JSON.stringify([...JSON.parse(fs.readFileSync(a)), ...JSON.parse(fs.readFileSync(b))]))' \
    "$results/jmh-check.json" "$results/jmh-generators.json" "$results/jmh.json"
for n in "${sizes[@]:0:2}"; do
    if [ -n "$quick" ]; then
        node bench/peers/lint-warm.mjs "$work/bpmn$n" 1 1 > "$results/lint-warm-$n.json"
    else
        node bench/peers/lint-warm.mjs "$work/bpmn$n" > "$results/lint-warm-$n.json"
    fi
done

# The language server: edit to diagnostics on one large workflow file.
echo "bench: language server" >&2
java -Xmx2g -XX:+UseSerialGC -cp "$bench_cp" org.wfa.bench.LspLatency edits "$work/lsp" "$lsp_steps" "$lsp_edits" \
    > "$results/lsp.txt" 2>&1
# Its memory through a long session: heap after GC as edits and re-opens pile up (docs/reliability.md).
java -Xmx1g -XX:+UseSerialGC -cp "$bench_cp" org.wfa.bench.LspLatency churn "$work/lsp-churn" "$lsp_steps" \
    "$churn_edits" "$churn_cycles" > "$results/lsp-memory.txt" 2>&1

# Soundness and condition reasoning, phase by phase and on structured shapes of growing size.
echo "bench: soundness and condition reasoning" >&2
WFA_BENCH_BUILT=1 WFA_BENCH_DIR="$work" bench/semantics.sh ${quick:+--quick} > "$results/semantics.md"

uptime > "$results/load-after.txt"
{
    echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, $(java -version 2>&1 | head -1), node $(node --version);"
    echo "load average before: $(sed 's/.*load average: //' "$results/load-before.txt"), after: $(sed 's/.*load average: //' "$results/load-after.txt")."
    echo
    java -cp "$bench_cp" org.wfa.bench.BenchReport "$results"
    echo "Language server ($lsp_steps steps, $lsp_edits edits):"
    echo
    echo '```'
    grep -E '^(steps|files)=' "$results/lsp.txt"
    echo '```'
    echo
    echo "Language server memory ($churn_edits edits, then $churn_cycles closes and re-opens; MB):"
    echo
    echo '```'
    grep -E '^churn ' "$results/lsp-memory.txt"
    echo '```'
    echo
    echo "### Soundness and condition reasoning (bench/semantics.sh)"
    echo
    cat "$results/semantics.md"
} > "$results/report.md"
cat "$results/report.md"
