#!/usr/bin/env bash
# README's first command: builds the extension and its .vsix, then opens the sample overlay (examples/overlay)
# with the extension loaded — in VS Code (--extensionDevelopmentPath) when `code` is installed, otherwise in
# code-server, printing the URL to open in a browser.
#
# The real builder images (sabayon/builder-amd64, gentoo/stage3 + gentoo/portage) come from Docker Hub, which this
# machine cannot reach. The sample workspace therefore points the profiles at the local test images
# (ebuild-builder/test-*:test, built by scripts/build-test-images.sh), which run real Portage (test/images/README.md).
# On a machine with Docker Hub access, delete the "ebuildBuilder.*" settings from the generated workspace file.
#
# Usage: scripts/run-sample.sh [--port N] [--no-open]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PORT=8080
OPEN=1
while (($#)); do
  case "$1" in
    --port) PORT=$2; shift 2 ;;
    --no-open) OPEN=0; shift ;;
    *) echo "usage: $0 [--port N] [--no-open]" >&2; exit 2 ;;
  esac
done

# A fresh machine: Debian and npm packages, a Docker engine, the test images (the loopback test engines are not needed).
echo "» setting up (scripts/setup.sh)"
SETUP_ENGINES=0 SETUP_E2E=$(command -v code >/dev/null && echo 0 || echo 1) scripts/setup.sh

echo "» building the extension bundle and the .vsix"
mkdir -p test-output/sample
VSIX=$ROOT/test-output/sample/ebuild-builder.vsix
scripts/package-vsix.sh "$VSIX" >/dev/null
echo "  $VSIX"

if command -v docker >/dev/null && docker info >/dev/null 2>&1; then
  missing=0
  for img in ebuild-builder/test-sabayon:test ebuild-builder/test-gentoo:test ebuild-builder/test-gentoo-tree:test ebuild-builder/test-eit:test; do
    docker image inspect "$img" >/dev/null 2>&1 || missing=1
  done
  if ((missing)); then
    echo "» building the builder test images (real Portage on Debian, in place of the Docker Hub images)"
    scripts/build-test-images.sh
  fi
else
  echo "! No Docker engine answers here: the extension will open, and its Builds view will say how to fix that."
fi

# A workspace file carries the sample's settings without touching examples/overlay or your user settings.
WS=$ROOT/test-output/sample/ebuild-builder-sample.code-workspace
cat > "$WS" <<JSON
{
  "folders": [{ "path": "$ROOT/examples/overlay" }],
  "settings": {
    // Docker Hub is out of reach here: the profiles use the local test images (scripts/build-test-images.sh).
    "ebuildBuilder.images": {
      "sabayon": "ebuild-builder/test-sabayon:test",
      "gentoo": "ebuild-builder/test-gentoo:test",
      "eit": "ebuild-builder/test-eit:test"
    },
    "ebuildBuilder.gentooTree": "volume:ebuild-builder/test-gentoo-tree:test",
    // The sample packages need no download (and a real build with every distfile cached does not either).
    "ebuildBuilder.network": "none",
    // Keep the sample's artifacts out of the repository's example folder.
    "ebuildBuilder.artifactsFolder": "$ROOT/test-output/sample/artifacts"
  }
}
JSON
echo "» sample workspace: $WS"
echo "  The real builder images cannot be pulled on this machine; the profiles point at the test images (real Portage on Debian)."

if command -v code >/dev/null; then
  echo "» opening VS Code with the extension under development"
  exec code --extensionDevelopmentPath="$ROOT" "$WS"
fi

echo "» VS Code (code) is not installed: starting code-server in the browser instead"
CACHE=$(scripts/e2e-setup.sh | tail -1)
SERVER_MAIN=$CACHE/node_modules/code-server/lib/vscode/out/server-main.js
DATA=$ROOT/test-output/sample/code-server
mkdir -p "$DATA/user-data/User" "$DATA/server-data" "$DATA/home"
[[ -f $DATA/user-data/User/settings.json ]] || cat > "$DATA/user-data/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "terminal.integrated.enablePersistentSessions": false,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "telemetry.telemetryLevel": "off"
}
JSON
export HOME=$DATA/home
node "$SERVER_MAIN" --server-data-dir "$DATA/server-data" --user-data-dir "$DATA/user-data" \
  --install-extension "$VSIX" --force >/dev/null
URL="http://127.0.0.1:$PORT/?workspace=$(node -e 'process.stdout.write(encodeURIComponent(process.argv[1]))' "$WS")"
echo
echo "  Open this URL in a browser:  $URL"
echo "  (right-click app-misc/hello/hello-1.0.ebuild → Build in Sabayon container; Ctrl+C here stops the server)"
echo
if ((OPEN)) && command -v xdg-open >/dev/null && [[ -n ${DISPLAY:-} ]]; then xdg-open "$URL" >/dev/null 2>&1 || true; fi
exec node "$SERVER_MAIN" --server-data-dir "$DATA/server-data" --user-data-dir "$DATA/user-data" \
  --host 127.0.0.1 --port "$PORT" --without-connection-token --accept-server-license-terms --telemetry-level off
