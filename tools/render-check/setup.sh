#!/usr/bin/env bash
# Installs what render-check.mjs needs: Debian's Chromium and the pinned npm packages.
# Idempotent and silent when everything is already in place, so CI can call it on every run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
chromium="${RENDER_CHECK_CHROMIUM:-/usr/bin/chromium}"
log="${TMPDIR:-/tmp}/render-check-setup.$$.log"

# apt is noisy; keep its output in a log and show it only when something goes wrong.
run_logged() {
  if ! "$@" >>"$log" 2>&1; then
    tail -n 30 "$log" >&2
    return 1
  fi
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_chromium() {
  echo "render-check setup: installing Debian chromium (log: $log)" >&2
  export DEBIAN_FRONTEND=noninteractive
  # Wait for another apt run to finish instead of failing on its lock.
  local apt=(apt-get -o DPkg::Lock::Timeout=600 -y -q)
  # The package lists are often already fresh; refresh them only when the install fails.
  if ! as_root "${apt[@]}" install chromium >>"$log" 2>&1; then
    run_logged as_root "${apt[@]}" update
    run_logged as_root "${apt[@]}" install chromium
  fi
}

if [ ! -x "$chromium" ]; then
  install_chromium
fi

# npm writes node_modules/.package-lock.json on every install: it is older than the lock file
# when the pinned versions changed since, and missing after an interrupted install.
cd "$here"
if [ ! -f node_modules/mermaid/dist/mermaid.min.js ] \
  || [ ! -f node_modules/bpmn-js/dist/bpmn-viewer.production.min.js ] \
  || [ ! -d node_modules/playwright-core ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "render-check setup: npm ci" >&2
  npm ci --no-audit --no-fund
fi
rm -f "$log"
