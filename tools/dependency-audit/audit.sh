#!/usr/bin/env bash
# Offline dependency audit of what WFA ships: the runtime classpath of the `wfa` distribution (cli:
# dsl, dsl.ide, cli and their dependencies), of the Maven plugin, and the VS Code extension's npm
# production dependencies, checked against the curated table advisories.tsv.
#
#   tools/dependency-audit/audit.sh              # resolve the trees with Maven, then check
#   tools/dependency-audit/audit.sh --self-test  # the checker must flag fake vulnerable versions
#
# Extra Maven options go in WFA_AUDIT_MAVEN_OPTS (e.g. "-o" when the local repository has everything).
# Exit 1 when a shipped version is in an affected range of the table; 2 on bad input.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

if [[ "${1:-}" == "--self-test" ]]; then
  exec node "$here/audit.mjs" --self-test
fi

cd "$root"
# dependency:tree only collects (POMs), so the reactor modules need not be built first; runtime
# scope leaves out test and provided dependencies (maven-plugin-api comes from Maven itself).
# Maven's output is shown only if it fails (even -q leaves terminal escapes behind).
# shellcheck disable=SC2086
if ! log="$(mvn -B -ntp -q -Dstyle.color=never ${WFA_AUDIT_MAVEN_OPTS:-} dependency:tree -pl cli,maven-plugin -am \
    -Dscope=runtime -DoutputFile=target/dependency-tree.txt 2>&1)"; then
  echo "$log" >&2
  echo "dependency audit: 'mvn dependency:tree' failed" >&2
  exit 2
fi
exec node "$here/audit.mjs" \
  --maven cli/target/dependency-tree.txt \
  --maven maven-plugin/target/dependency-tree.txt \
  --npm vscode-extension/package-lock.json
