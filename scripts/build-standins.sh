#!/bin/bash
# Builds the stand-in builder images (test/standins/README.md) from Debian minbase, offline.
# Rebuilds an image only when its inputs changed (their hash is kept in an image label).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOCKER_BUILDKIT=0   # the classic builder works offline with a locally imported base

base=ebuild-builder/standin-base:bookworm
base_recipe="mmdebstrap minbase bookworm +tini,zstd,bzip2,xz-utils v1"
label() { docker image inspect --format "{{ index .Config.Labels \"$2\" }}" "$1" 2>/dev/null || true; }

if [ "$(label "$base" ebuild-builder.recipe)" != "$base_recipe" ]; then
  command -v mmdebstrap >/dev/null || { echo "mmdebstrap is missing: apt-get install -y mmdebstrap" >&2; exit 1; }
  tmp=$(mktemp -d)
  echo "building $base with mmdebstrap (about 30 s)…"
  mmdebstrap --quiet --variant=minbase --include=tini,zstd,bzip2,xz-utils bookworm "$tmp/rootfs.tar" \
    http://deb.debian.org/debian
  docker import --change "LABEL ebuild-builder.recipe=\"$base_recipe\"" --change 'CMD ["/bin/bash"]' \
    "$tmp/rootfs.tar" "$base" >/dev/null
  rm -rf "$tmp"
fi

ctx=$(mktemp -d); trap 'rm -rf "$ctx"' EXIT
cp -r test/standins/lib test/standins/sabayon test/standins/gentoo test/standins/eit test/standins/Dockerfile.* "$ctx/"
mkdir -p "$ctx/fixtures/portage"
cp -r test/fixtures/portage/outputs test/fixtures/portage/binpkgs test/fixtures/portage/build-logs \
  test/fixtures/portage/exit-codes.tsv test/fixtures/portage/repos "$ctx/fixtures/portage/"
inputs=$( (cd "$ctx" && find . -type f -print0 | sort -z | xargs -0 sha256sum; echo "$base_recipe") | sha256sum | cut -c1-16)

for kind in sabayon gentoo portage eit; do
  image=ebuild-builder/standin-$kind:test
  if [ "$(label "$image" ebuild-builder.inputs)" = "$inputs" ]; then echo "$image is up to date"; continue; fi
  docker build --network none -q -f "$ctx/Dockerfile.$kind" --label "ebuild-builder.inputs=$inputs" -t "$image" "$ctx" >/dev/null
  echo "built $image"
done
