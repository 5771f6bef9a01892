#!/usr/bin/env bash
# Builds the bundles and packages the extension as a .vsix (what a user installs; the e2e tests install it too).
# The language server loads tree-sitter's wasm files from beside its bundle, so they are copied into dist/ first:
# `vsce package --no-dependencies` leaves node_modules out (everything else is bundled).
# Usage: scripts/package-vsix.sh [OUT.vsix]     (default dist/ebuild-builder.vsix; prints the path)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-dist/ebuild-builder.vsix}
# Bundling rewrites dist/ and vsce reads it: one packager at a time (e2e suites may run side by side).
exec 9>/tmp/ebuild-builder-package-vsix.lock
flock 9
node scripts/bundle.mjs --minify   # what ships: smaller, and faster for VS Code to load
for wasm in node_modules/web-tree-sitter/tree-sitter.wasm node_modules/tree-sitter-bash/tree-sitter-bash.wasm; do
  [[ -f $wasm ]] && cp "$wasm" dist/
done
mkdir -p "$(dirname "$OUT")"
OUT=$(cd "$(dirname "$OUT")" && pwd)/$(basename "$OUT")
# vsce refuses a package.json with a "files" list (npm pack's, for the CLI) beside .vscodeignore: it packages a
# staged copy of what .vscodeignore lets in, with that list left out of the manifest.
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
node -e 'const p = require("./package.json"); delete p.files; process.stdout.write(JSON.stringify(p, null, 2) + "\n")' > "$stage/package.json"
cp -r .vscodeignore README.md LICENSE dist syntaxes media language-configuration*.json "$stage/"
(cd "$stage" && node "$OLDPWD/node_modules/@vscode/vsce/vsce" package --no-dependencies --allow-missing-repository --skip-license \
  --no-rewrite-relative-links -o "$OUT" >/dev/null)
echo "$OUT"
