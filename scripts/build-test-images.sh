#!/bin/bash
# Builds the builder test images (test/images/README.md): Debian minbase with real Portage built from PyPI's source
# distribution, playing gentoo/stage3 (+ pkgcheck), gentoo/portage and sabayon/builder-amd64; and the eit stand-in.
# Downloads only from Debian (mmdebstrap) and PyPI, into a cache folder; `docker build` itself runs offline.
# Rebuilds an image only when its inputs changed (their hash is kept in an image label).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOCKER_BUILDKIT=0   # the classic builder works offline with a locally imported base

PORTAGE_VERSION=3.0.83
PORTAGE_SHA256=deac3ae1e03aea1ff09a0e831fa8d06e89bfc49440394b66ed6223338d5f9c4e
# pkgcore from 0.12.31 needs bash 5.3 for EAPI 9 (Debian bookworm has 5.2): the last pkgcheck that takes 0.12.30.
PYPI_TOOLS=(pkgcheck==0.10.37 pkgcore==0.12.30 snakeoil==0.10.11)
DEBIAN_PACKAGES=python3,python3-dev,python3-pip,gcc,g++,make,meson,ninja-build,pkgconf,bzip2,xz-utils,zstd,pax-utils,file,patch,gawk,rsync,ca-certificates,tar,findutils,procps,util-linux,libc6-dev,tini,git,locales,curl,wget
CACHE=${EBUILD_BUILDER_IMAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ebuild-builder-images}
mkdir -p "$CACHE"

label() { docker image inspect --format "{{ index .Config.Labels \"$2\" }}" "$1" 2>/dev/null || true; }

# Portage's sdist from PyPI's simple index, checked against its known hash.
sdist=$CACHE/portage-$PORTAGE_VERSION.tar.gz
if [ ! -f "$sdist" ] || ! echo "$PORTAGE_SHA256  $sdist" | sha256sum -c --quiet 2>/dev/null; then
  echo "downloading portage $PORTAGE_VERSION (sdist) from PyPI…"
  python3 - "portage-$PORTAGE_VERSION.tar.gz" "$sdist.part" <<'PY'
import re, sys, urllib.parse, urllib.request
name, out = sys.argv[1], sys.argv[2]
index = "https://pypi.org/simple/portage/"  # PEP 503, as pip reads it
page = urllib.request.urlopen(index, timeout=120).read().decode()
href = next(h for h in re.findall(r'href="([^"]+)"', page) if h.split("#")[0].endswith("/" + name))
urllib.request.urlretrieve(urllib.parse.urljoin(index, href.split("#")[0]), out)
PY
  echo "$PORTAGE_SHA256  $sdist.part" | sha256sum -c --quiet || { echo "portage sdist: hash mismatch" >&2; exit 1; }
  mv "$sdist.part" "$sdist"
fi
# pkgcheck, pkgcore and their dependencies as wheels for the images' Python (Debian bookworm: CPython 3.11).
wheels=$CACHE/wheels
if [ "$(cat "$wheels/.request" 2>/dev/null)" != "${PYPI_TOOLS[*]}" ]; then
  echo "downloading ${PYPI_TOOLS[*]} (wheels) from PyPI…"
  rm -rf "$wheels"
  python3 -m pip download --quiet --disable-pip-version-check --dest "$wheels" --only-binary=:all: \
    --python-version 3.11 --implementation cp --abi cp311 --abi abi3 --abi none \
    --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 --platform any \
    "${PYPI_TOOLS[@]}"
  echo "${PYPI_TOOLS[*]}" > "$wheels/.request"
fi

base=ebuild-builder/test-debian:bookworm
base_recipe="mmdebstrap minbase bookworm +$DEBIAN_PACKAGES v2"
if [ "$(label "$base" ebuild-builder.recipe)" != "$base_recipe" ]; then
  command -v mmdebstrap >/dev/null || { echo "mmdebstrap is missing: apt-get install -y mmdebstrap" >&2; exit 1; }
  tmp=$(mktemp -d)
  echo "building $base with mmdebstrap (about 90 s)…"
  mmdebstrap --quiet --variant=minbase --include="$DEBIAN_PACKAGES" bookworm "$tmp/rootfs.tar" http://deb.debian.org/debian
  docker import --change "LABEL ebuild-builder.recipe=\"$base_recipe\"" --change 'CMD ["/bin/bash"]' \
    "$tmp/rootfs.tar" "$base" >/dev/null
  rm -rf "$tmp"
fi

ctx=$(mktemp -d); trap 'rm -rf "$ctx"' EXIT
cp -r test/images/. "$ctx/"
mkdir -p "$ctx/tree"
cp -r test/fixtures/portage/repos/gentoo "$ctx/tree/gentoo"
cp "$sdist" "$ctx/portage.tar.gz"
cp -r "$wheels" "$ctx/wheels"


# image name, Dockerfile, what it is built from (its own inputs hashed with its parent's id)
build() {
  local image=$1 dockerfile=$2 parent=$3; shift 3
  local inputs
  inputs=$( (cd "$ctx" && for p in "$dockerfile" "$@"; do find "$p" -type f; done | sort | xargs sha256sum
             docker image inspect --format '{{.Id}}' "$parent") | sha256sum | cut -c1-16)
  if [ "$(label "$image" ebuild-builder.inputs)" = "$inputs" ]; then echo "$image is up to date"; return; fi
  echo "building $image…"
  local out
  # Quiet unless it fails (the classic builder's deprecation notice is noise here).
  out=$(docker build --network none -q -f "$ctx/$dockerfile" --label "ebuild-builder.inputs=$inputs" -t "$image" "$ctx" 2>&1) \
    || { echo "$out" >&2; echo "building $image failed" >&2; exit 1; }
  echo "built $image"
}

build ebuild-builder/test-portage:bookworm Dockerfile.portage "$base" portage.tar.gz portage
build ebuild-builder/test-gentoo:test Dockerfile.gentoo ebuild-builder/test-portage:bookworm gentoo wheels
build ebuild-builder/test-gentoo-tree:test Dockerfile.gentoo-tree "$base" tree
build ebuild-builder/test-sabayon:test Dockerfile.sabayon ebuild-builder/test-portage:bookworm sabayon tree
build ebuild-builder/test-eit:test Dockerfile.eit "$base" eit
