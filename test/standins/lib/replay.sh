#!/bin/bash
# Shared by the stand-in builders. They stand in for Portage offline: they check what the real builder's
# contract says must reach the container, then replay REAL emerge output captured from Portage 3.0.82
# (/standin/fixtures, copied from test/fixtures) and write real binary packages. They never build anything.
set -u

FIX=/standin/fixtures
OUT=$FIX/portage/outputs
DELAY=${STANDIN_LINE_DELAY:-0.01}
trap 'echo "[stand-in] terminated" >&2; exit 143' TERM INT

say() { printf '[stand-in] %s\n' "$*"; }
violation() { printf '[stand-in] CONTRACT VIOLATION: %s\n' "$*" >&2; exit 97; }

# replay FILE [stderr]: prints a capture line by line, paced, so output streams like a real build.
replay() {
  local file=$1 fd=${2:-1} line
  [ -f "$file" ] || return 0
  while IFS= read -r line || [ -n "$line" ]; do
    if [ "$fd" = 2 ]; then printf '%s\n' "$line" >&2; else printf '%s\n' "$line"; fi
    sleep "$DELAY"
  done < "$file"
}

# replay_case CASE [FROM TO]: the real stdout then stderr of a capture (what `docker run` without -t gives);
# on a tty the real pty capture (CRLF, spinner, title escapes). FROM/TO rename the package in the text.
replay_case() {
  local case=$1 from=${2:-} to=${3:-} tmp
  if [ -t 1 ]; then
    tmp=$OUT/$case-color.txt
    [ -n "${NOCOLOR:-}" ] && tmp=$OUT/$case-nocolor.txt
    rename_replay "$tmp" 1 "$from" "$to"
  else
    rename_replay "$OUT/$case-nocolor.stdout.txt" 1 "$from" "$to"
    rename_replay "$OUT/$case-nocolor.stderr.txt" 2 "$from" "$to"
  fi
}

rename_replay() {
  local file=$1 fd=$2 from=$3 to=$4 t
  if [ -z "$from" ]; then replay "$file" "$fd"; return; fi
  # hello's elog message is hello's own: drop it from another package's replay
  t=$(mktemp); sed -e "s|$from|$to|g" -e "/hello has been installed/d" "$file" > "$t"; replay "$t" "$fd"; rm -f "$t"
}

exit_of() { awk -v c="$1" -F'\t' '$1==c {print $2}' "$FIX/portage/exit-codes.tsv"; }

# overrides_text KIND DIR...: every override line of one kind, from files or directories (as Portage reads them).
overrides_text() {
  local p
  for p in "$@"; do
    if [ -d "$p" ]; then find "$p" -type f ! -name '.*' ! -name '*~' -print0 | sort -z | xargs -0r cat
    elif [ -f "$p" ]; then cat "$p"; fi
  done | sed 's/#.*//' | tr -s ' \t' '  '
}

# report_overrides LABEL PATH: proves where an override arrived (the integration tests read these lines).
report_overrides() {
  local label=$1 p=$2 n sum
  if [ -e "$p" ]; then
    if [ -d "$p" ]; then n=$(find "$p" -type f | wc -l); sum=$(find "$p" -type f -print0 | sort -z | xargs -0r cat | sha256sum | cut -c1-16)
      say "override $label: directory $p ($n files, sha256 $sum)"
    else n=$(grep -c '' "$p"); sum=$(sha256sum < "$p" | cut -c1-16); say "override $label: file $p ($n lines, sha256 $sum)"; fi
  fi
}

# parse_atom ATOM: sets CAT PN PV PF REPO from =cat/pn-ver[::repo] (or cat/pn[::repo]: the newest ebuild in OVERLAY_DIR).
parse_atom() {
  local a=$1 rest
  REPO=""; [[ "$a" == *::* ]] && { REPO=${a##*::}; a=${a%%::*}; }
  a=${a#[<>=~]}; a=${a#=}
  CAT=${a%%/*}; rest=${a#*/}
  if [[ "$rest" =~ ^(.+)-([0-9][0-9.]*[a-z]?(_(alpha|beta|pre|rc|p)[0-9]*)*(-r[0-9]+)?)$ ]]; then
    PN=${BASH_REMATCH[1]}; PV=${BASH_REMATCH[2]}
  else PN=$rest; PV=""; fi
  PF=$PN${PV:+-$PV}
}

# make_gpkg OUTFILE EBUILD: writes a real GPKG (gpkg-1, metadata.tar.zst, image.tar.zst, Manifest with
# SHA512/BLAKE2B) for packages that have no real captured binary package.
make_gpkg() {
  local out=$1 ebuild=$2 t v k
  t=$(mktemp -d); mkdir -p "$t/$PF" "$t/metadata" "$t/image/usr/share/$PN"
  printf '%s\n' "$CAT" > "$t/metadata/CATEGORY"; printf '%s\n' "$PF" > "$t/metadata/PF"
  printf '%s\n' "${REPO:-unknown}" > "$t/metadata/repository"; printf '%s\n' "$(date +%s)" > "$t/metadata/BUILD_TIME"
  for k in EAPI SLOT DESCRIPTION HOMEPAGE LICENSE KEYWORDS IUSE RDEPEND DEPEND BDEPEND; do
    v=$(sed -n "s/^$k=\"\\{0,1\\}\\([^\"]*\\)\"\\{0,1\\}\$/\\1/p" "$ebuild" | head -n1)
    [ -n "$v" ] || [ "$k" = IUSE ] && printf '%s\n' "$v" > "$t/metadata/$k"
  done
  printf '\n' > "$t/metadata/USE"; printf 'x86_64-pc-linux-gnu\n' > "$t/metadata/CHOST"
  cp "$ebuild" "$t/metadata/$PF.ebuild"
  printf 'built by the Ebuild Builder stand-in for %s/%s\n' "$CAT" "$PF" > "$t/image/usr/share/$PN/marker"
  (cd "$t" && tar --format=ustar --owner=0 --group=0 --numeric-owner -cf - metadata | zstd -q -c > "$PF/metadata.tar.zst")
  (cd "$t" && tar --format=ustar --owner=0 --group=0 --numeric-owner -cf - image | zstd -q -c > "$PF/image.tar.zst")
  : > "$t/$PF/gpkg-1"
  for k in gpkg-1 metadata.tar.zst image.tar.zst; do
    printf 'DATA %s %s SHA512 %s BLAKE2B %s\n' "$k" "$(stat -c %s "$t/$PF/$k")" \
      "$(sha512sum < "$t/$PF/$k" | cut -d' ' -f1)" "$(b2sum < "$t/$PF/$k" | cut -d' ' -f1)"
  done > "$t/$PF/Manifest"
  mkdir -p "$(dirname "$out")"
  (cd "$t" && tar --format=ustar --owner=0 --group=0 --numeric-owner --mode=0644 -cf "$out" \
    "$PF/gpkg-1" "$PF/metadata.tar.zst" "$PF/image.tar.zst" "$PF/Manifest")
  rm -rf "$t"
}

# keep_build_log CASE: a failed build leaves its real build.log where Portage leaves it.
keep_build_log() {
  local case=$1 log
  log=$(ls "$FIX"/portage/build-logs/"$case"__*.build.log 2>/dev/null | head -n1)
  [ -n "$log" ] || return 0
  mkdir -p "/var/tmp/portage/$CAT/$PF/temp"; cp "$log" "/var/tmp/portage/$CAT/$PF/temp/build.log"
}
