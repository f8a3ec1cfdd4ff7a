#!/usr/bin/env bash
# Soundness and condition reasoning, apart from parsing and linking (docs/performance.md,
# "Execution semantics and condition reasoning"): the phases of an in-process check of the
# examples, of one workflow of 5,000 steps and of the 100,000-stage workspace, each in a JVM of
# its own (the first round cold, the median of the others warm), then the soundness checker alone
# on structured workflows of growing size and width. Prints Markdown.
#
#   bench/semantics.sh            the sizes of docs/performance.md; about 10 minutes on two cores
#   bench/semantics.sh --quick    the examples, one workflow of 500 steps, small shapes (CI, via bench/run.sh --quick)
#
# Builds the harness first unless WFA_BENCH_BUILT=1 (bench/run.sh has built it). Workspaces go to
# $WFA_BENCH_DIR (default /tmp/wfa-bench-run)/semantics.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
quick=""
[ "${1:-}" = "--quick" ] && quick=1
work="${WFA_BENCH_DIR:-${TMPDIR:-/tmp}/wfa-bench-run}/semantics"
bench_cp="bench/target/benchmarks.jar"
if [ "${WFA_BENCH_BUILT:-}" != 1 ]; then
    echo "semantics: building the harness" >&2
    mkdir -p "$work"
    mvn -q -B -ntp -pl bench -am package -DskipTests > "$work/build.log" 2>&1 \
        || { tail -n 30 "$work/build.log" >&2; echo "semantics: the build failed (log: $work/build.log)" >&2; exit 1; }
fi
rm -rf "$work"
mkdir -p "$work"

phases() { # heap label rounds path...
    local heap="$1"; shift
    echo "semantics: $1" >&2
    java "-Xmx$heap" -cp "$bench_cp" org.wfa.bench.SemanticsPhases workspace "$@" 2>>"$work/log.txt"
}
if [ -n "$quick" ]; then
    java -cp "$bench_cp" org.wfa.bench.SyntheticWorkspace "$work/one500" 1 500 42 2>>"$work/log.txt"
    phases 1g "examples/" 2 examples
    phases 1g "one synthetic workflow of 500 steps" 2 "$work/one500"
    echo "semantics: structured shapes" >&2
    java -Xmx1g -cp "$bench_cp" org.wfa.bench.SemanticsPhases scaling 2 --quick 2>>"$work/log.txt"
else
    java -cp "$bench_cp" org.wfa.bench.SyntheticWorkspace "$work/one5000" 1 5000 42 2>>"$work/log.txt"
    java -cp "$bench_cp" org.wfa.bench.BenchWorkspaces "$work/ws100000" 100000 2>>"$work/log.txt"
    phases 2g "examples/" 10 examples
    phases 2g "one synthetic workflow of 5,000 steps" 5 "$work/one5000"
    # The whole workspace in one resource set (wfa check would check it a cluster at a time), so
    # that every phase covers every file.
    phases 6g "the 100,000-stage workspace" 3 "$work/ws100000"
    echo "semantics: structured shapes" >&2
    java -Xmx2g -cp "$bench_cp" org.wfa.bench.SemanticsPhases scaling 5 2>>"$work/log.txt"
fi
