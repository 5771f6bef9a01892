#!/usr/bin/env bash
# Installs what the end-to-end tests need into a cache folder, once: code-server 4.100.3 (VS Code 1.100.3),
# playwright-core, with node-pty rebuilt against the system Node, and Debian's Chromium.
# Idempotent: a finished install leaves a stamp file and later runs return at once.
# Usage: scripts/e2e-setup.sh            (prints the cache folder on the last line)
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
CACHE="${EBUILD_BUILDER_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ebuild-builder-e2e}"
STAMP="$CACHE/.installed-$CODE_SERVER_VERSION"
VSCODE="$CACHE/node_modules/code-server/lib/vscode"

if [[ -f "$STAMP" && -f "$VSCODE/out/server-main.js" ]]; then
  echo "$CACHE"
  exit 0
fi

# System packages (see docs: without libkrb5-dev node-pty is never built).
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v rg >/dev/null || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
dpkg -s build-essential >/dev/null 2>&1 || need_apt+=(build-essential)
command -v python3 >/dev/null || need_apt+=(python3)
if (( ${#need_apt[@]} )); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "e2e-setup: please install: ${need_apt[*]} (apt-get install -y ...)" >&2
    exit 1
  fi
  flock /tmp/apt.lock apt-get install -y "${need_apt[@]}"
fi

mkdir -p "$CACHE"
cd "$CACHE"
[[ -f package.json ]] || echo '{"name":"ebuild-builder-e2e-cache","private":true}' > package.json

# Node headers ship with Debian's nodejs in /usr/include/node; without this node-gyp downloads them.
export npm_config_nodedir="${npm_config_nodedir:-/usr}"

if [[ ! -f "$VSCODE/out/server-main.js" || ! -d node_modules/playwright-core ]]; then
  flock /tmp/npm.lock npm install --no-audit --no-fund --ignore-scripts \
    "code-server@$CODE_SERVER_VERSION" playwright-core
fi

cd "$VSCODE"
if [[ ! -d node_modules/@vscode/ripgrep ]]; then
  flock /tmp/npm.lock npm install --no-audit --no-fund --omit=dev --ignore-scripts
fi
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg

pty_node() { find node_modules/node-pty/build -name pty.node 2>/dev/null | head -1; }
if [[ -z "$(pty_node)" ]]; then
  # A failing compile_commands step after the build can make this exit 1 with a page of npm errors although
  # pty.node was built: keep npm's output in a log, check the file, and show the log only when it is missing.
  flock /tmp/npm.lock npm rebuild > "$CACHE/npm-rebuild.log" 2>&1 || true
fi
if [[ -z "$(pty_node)" ]]; then
  tail -n 40 "$CACHE/npm-rebuild.log" >&2 2>/dev/null || true
  echo "e2e-setup: node-pty did not build (pty.node missing under $VSCODE/node_modules/node-pty; npm's output: $CACHE/npm-rebuild.log)" >&2
  exit 1
fi
ln -sfn node_modules node_modules.asar

touch "$STAMP"
echo "$CACHE"
