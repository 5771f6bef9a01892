#!/bin/bash
# Everything the tests and the sample run need on a fresh Debian machine (run as root, or with sudo for apt):
# Debian packages, the npm dependencies, a running Docker engine, the builder test images (real Portage), the bundles.
# Idempotent: what is already there is kept. Set SETUP_E2E=0 / SETUP_ENGINES=0 to skip those parts.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

need=()
for pkg in docker.io mmdebstrap shellcheck neovim ripgrep openssh-server podman openssl zstd git chromium libkrb5-dev build-essential uidmap; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}"
  as_root apt-get update -qq
  as_root apt-get install -y -qq "${need[@]}" >/dev/null
fi

# A Docker engine: use the running one, else start dockerd detached (it must outlive this script).
if ! docker info >/dev/null 2>&1; then
  echo "setup: starting dockerd"
  mkdir -p /var/log/ebuild-builder
  as_root setsid nohup /usr/sbin/dockerd >/var/log/ebuild-builder/dockerd.log 2>&1 < /dev/null &
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || { echo "setup: dockerd did not start; see /var/log/ebuild-builder/dockerd.log" >&2; exit 1; }
fi

export npm_config_nodedir=/usr   # node-gyp: Debian's Node headers, never a download
# A fresh clone (or CI) gets exactly the lockfile; a working checkout keeps its node_modules.
if [ ! -d node_modules ] || [ -n "${CI:-}" ]; then npm ci --no-audit --no-fund; fi
node scripts/bundle.mjs
scripts/build-test-images.sh
[ "${SETUP_ENGINES:-1}" = 0 ] || [ ! -x scripts/test-engines.sh ] || scripts/test-engines.sh start
[ "${SETUP_E2E:-1}" = 0 ] || [ ! -x scripts/e2e-setup.sh ] || scripts/e2e-setup.sh >/dev/null
echo "setup: done"
