#!/usr/bin/env bash
# End-to-end test of the VS Code extension in the real VS Code workbench (code-server), driven by
# Playwright in Debian's Chromium. Installs what a fresh machine lacks, idempotently and quietly:
# Debian packages, the extension's npm dependencies, code-server into a cache outside the clone; builds
# the server jar if it is missing, packages the .vsix, checks the grammar and runs the test.
# Exits non-zero on any failure. Details of the installs go to .e2e/setup.log.
set -euo pipefail
cd "$(dirname "$0")"
E2E="$PWD/.e2e"
CS_VERSION=4.100.3       # the newest code-server that installs on Node 20 (newer ones need Node 22+)
RG_PKG_VERSION=1.15.11   # @vscode/ripgrep's version in that code-server
mkdir -p "$E2E/tmp"
log="$E2E/setup.log"
: >"$log"
started=$(date +%s)

fail() { echo "e2e: $1 (details in '$log')" >&2; exit 1; }

# Debian: the browser, ripgrep (code-server's search, offered to @vscode/ripgrep from a cache) and
# the tools to build code-server's native modules from source (no prebuilt downloads here).
missing=()
for p in chromium ripgrep build-essential pkg-config libkrb5-dev python3 git; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "e2e: apt-get install ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >>"$log" 2>&1 || fail "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >>"$log" 2>&1 \
    || fail "apt-get install ${missing[*]} failed"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "e2e: npm ci"
  npm ci --no-audit --no-fund --loglevel=error >>"$log" 2>&1 || fail "npm ci failed"
fi

# code-server lives outside the clone, keyed by version: CI starts from a clean clone every time,
# and installing it takes minutes. WFA_E2E_CACHE moves it.
CS_HOME="${WFA_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/wfa-e2e}/code-server-$CS_VERSION"
CS="$CS_HOME/node_modules/.bin/code-server"
if [ ! -x "$CS" ] || ! "$CS" --version >/dev/null 2>&1; then
  echo "e2e: installing code-server@$CS_VERSION (several minutes, once)"
  cache="$E2E/tmp/vscode-ripgrep-cache-$RG_PKG_VERSION"
  mkdir -p "$cache" "$E2E/rg" "$CS_HOME"
  cp "$(command -v rg)" "$E2E/rg/rg"
  tar -czf "$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$E2E/rg" rg
  [ -f "$CS_HOME/package.json" ] || echo '{"name":"wfa-e2e-code-server","private":true}' >"$CS_HOME/package.json"
  # unsafe-perm: install scripts as root; yes: node-pty's post-install runs 'npx node-gyp';
  # nodedir: node-gyp uses the local Node headers instead of downloading them.
  (cd "$CS_HOME" && \
    TMPDIR="$E2E/tmp" XDG_CONFIG_HOME="$E2E/xdg/config" XDG_DATA_HOME="$E2E/xdg/data" XDG_CACHE_HOME="$E2E/xdg/cache" \
    npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr \
    npm install --no-audit --no-fund --foreground-scripts "code-server@$CS_VERSION" >>"$log" 2>&1) \
    || fail "installing code-server@$CS_VERSION failed"
  "$CS" --version >/dev/null 2>&1 || fail "code-server@$CS_VERSION was installed but does not run"
fi

if [ ! -f ../cli/target/wfa.jar ]; then
  echo "e2e: building the server jar (cli/target/wfa.jar)"
  (cd .. && mvn -q -B -ntp package -pl cli -am -DskipTests) >>"$log" 2>&1 || fail "building cli/target/wfa.jar failed"
fi

npm test --silent || { echo "e2e: the grammar checks failed" >&2; exit 1; }
npm run --silent package >>"$log" 2>&1 || fail "npm run package failed"
echo "e2e: setup and packaging took $(( $(date +%s) - started ))s"
WFA_CODE_SERVER="$CS" node test/e2e/run.mjs
