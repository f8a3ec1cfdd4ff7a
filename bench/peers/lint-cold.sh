#!/usr/bin/env bash
# Whole-process (cold) figures of the peer: the real bpmnlint CLI with the recommended rules,
# run the way a build would run it, under /usr/bin/time -v. Prints one line of JSON.
#
#   bench/peers/lint-cold.sh PATH [RUNS]
#
# PATH is a folder (every *.bpmn under it, recursively, linted by ONE CLI process: the CLI takes
# several files or globs and lints them in turn with one shared moddle) or one .bpmn file.
# RUNS (default 3) separate processes are timed; the JSON has the median wall time and the largest
# peak RSS. bpmnlint exits 1 when it reports problems: that is its answer, not a failure here.
# A crash (no summary line, a rule that threw, a signal, a file that does not parse) is a failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cli="$here/node_modules/.bin/bpmnlint"

fail() {
    echo "lint-cold: $*" >&2
    exit 2
}

[ $# -ge 1 ] && [ $# -le 2 ] || fail "usage: lint-cold.sh PATH [RUNS] (PATH: a folder of .bpmn files, or one .bpmn file)"
runs="${2:-3}"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || fail "RUNS '$runs' is not a valid number of runs (expected a whole number >= 1)"
[ -x "$cli" ] || fail "'$cli' is missing (expected the pinned install: run 'npm ci' in $here)"
[ -x /usr/bin/time ] || fail "'/usr/bin/time' is missing (expected GNU time: apt-get install time)"

if [ -d "$1" ]; then
    target="$(cd "$1" && pwd)"
    files="$(find "$target" -type f -name '*.bpmn' | wc -l)"
    [ "$files" -gt 0 ] || fail "no .bpmn files under '$1' (expected the output of 'wfa build --target bpmn:...')"
    # One argument, a glob the CLI expands itself (as its help shows): no argument-list limit.
    pattern="$target/**/*.bpmn"
elif [ -f "$1" ]; then
    target="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
    files=1
    pattern="$target"
else
    fail "cannot read '$1' (expected a folder of .bpmn files or one .bpmn file)"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

walls=()
peak=0
for ((i = 1; i <= runs; i++)); do
    # The CLI reads .bpmnlintrc from, and resolves its rules relative to, the working directory.
    set +e
    (cd "$here" && /usr/bin/time -v -o "$work/time" "$cli" "$pattern" >"$work/out" 2>"$work/err")
    rc=$?
    set -e
    summary="$(grep -E '^✖ [0-9]+ problems? \([0-9]+ errors?, [0-9]+ warnings?\)$' "$work/out" || true)"
    if [ "$rc" -ne 0 ] && { [ "$rc" -ne 1 ] || [ -z "$summary" ]; }; then
        echo "lint-cold: bpmnlint failed (exit $rc) on '$target':" >&2
        grep -v '^\s' "$work/time" | head -n 3 >&2 || true
        tail -n 20 "$work/err" >&2
        exit 1
    fi
    # A rule that throws is logged on stderr and reported as a mere 'rule-error': not a lint finding.
    if [ -s "$work/err" ]; then
        echo "lint-cold: bpmnlint wrote errors on '$target' (expected none):" >&2
        tail -n 20 "$work/err" >&2
        exit 1
    fi
    parse_errors="$(grep -c 'Parse error:' "$work/out" || true)"
    [ "$parse_errors" -eq 0 ] || fail "$parse_errors file(s) under '$target' are not valid BPMN for bpmn-moddle (see 'bpmnlint $pattern')"
    # "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:01.23"
    wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + p[j]; printf "%.3f", s }' "$work/time")"
    rss="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time")"
    user="$(awk -F': ' '/User time \(seconds\)/ { print $2 }' "$work/time")"
    sys="$(awk -F': ' '/System time \(seconds\)/ { print $2 }' "$work/time")"
    walls+=("$wall")
    [ "$rss" -gt "$peak" ] && peak="$rss"
done

if [ -n "$summary" ]; then
    read -r problems errors warnings < <(sed -E 's/^✖ ([0-9]+) problems? \(([0-9]+) errors?, ([0-9]+) warnings?\)$/\1 \2 \3/' <<<"$summary")
else
    problems=0 errors=0 warnings=0
fi
median="$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
all="$(IFS=,; echo "${walls[*]}")"
version="$(cd "$here" && "$cli" --version)"
json_path="$(printf '%s' "$target" | sed 's/\\/\\\\/g; s/"/\\"/g')"

printf '{"tool":"bpmnlint","bpmnlint":"%s","node":"%s","mode":"cold","path":"%s","files":%d,"runs":%d,"wallSeconds":%s,"wallSecondsAll":[%s],"peakRssKiB":%d,"lastRunUserSeconds":%s,"lastRunSystemSeconds":%s,"exitCode":%d,"problems":%d,"errors":%d,"warnings":%d}\n' \
    "$version" "$(node --version | sed 's/^v//')" "$json_path" "$files" "$runs" "$median" "$all" "$peak" "$user" "$sys" "$rc" \
    "$problems" "$errors" "$warnings"
