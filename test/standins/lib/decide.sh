#!/bin/bash
# decide_and_run FAMILY PKGDIR EBUILD AUTOUNMASK: picks the real capture that Portage would have printed for
# this package given the overrides that reached the container (USE, KEYWORDS, LICENSE, UNMASK texts in
# OV_USE, OV_KW, OV_LIC, OV_UNMASK), replays it, writes the binary packages, and exits as emerge did.
# FAMILY is gentoo (gpkg captures) or sabayon (xpak captures, ACCEPT_LICENSE="*").

has_line() { # has_line TEXT PN WORD: an override line naming the package (any operator/version) with WORD
  printf '%s\n' "$1" | grep -Eq "(^|[[:space:]])[<>=~]*$CAT/$2([-:[[:space:]]|$).*([[:space:]])$3([[:space:]]|$)"
}

succeed() { # succeed [RENAME]: the real success output, renamed for packages without a capture of their own
  local case=success-gpkg; [ "$FAMILY" = sabayon ] && case=success-xpak
  if [ "$PF" = hello-1.0 ]; then replay_case "$case"
    if [ "$FAMILY" = sabayon ]; then install -D -m0644 "$FIX/portage/binpkgs/xpak-single/app-misc/hello-1.0.tbz2" "$PKGDIR/app-misc/hello-1.0.tbz2"
    else install -D -m0644 "$FIX/portage/binpkgs/gpkg-single/app-misc/hello-1.0.gpkg.tar" "$PKGDIR/app-misc/hello-1.0.gpkg.tar"; fi
  else
    replay_case "$case" "app-misc/hello-1.0" "$CAT/$PF"
    make_gpkg "$PKGDIR/$CAT/$PF.gpkg.tar" "$EBUILD"
  fi
  exit 0
}

fail_with() { replay_case "$1"; keep_build_log "$1"; exit "$(exit_of "$1")"; }

decide_and_run() {
  FAMILY=$1 PKGDIR=$2 EBUILD=$3 AUTOUNMASK=$4
  case "$CAT/$PF" in
    app-misc/hello-1.0) succeed ;;
    app-misc/broken-1.0) fail_with compile-fail ;;
    app-misc/dies-1.0) fail_with die-install ;;
    app-misc/qa-issues-1.0) replay_case qa-notice; exit 0 ;;
    app-misc/blocker-1.0) fail_with blocker ;;
    app-misc/needs-ssl-1.0)
      if has_line "$OV_USE" libfoo ssl; then
        install -D -m0644 "$FIX/portage/binpkgs/withdep/app-misc/libfoo/libfoo-1.0-1.gpkg.tar" "$PKGDIR/app-misc/libfoo/libfoo-1.0-1.gpkg.tar"
        succeed
      fi
      fail_with use-change ;;
    app-misc/testing-2.0)
      has_line "$OV_KW" testing '(~amd64|\*\*|~\*)' && succeed
      [ "$AUTOUNMASK" = 1 ] && fail_with keyword-change
      fail_with keyword-masked ;;
    app-misc/eula-1.0)
      [ "$FAMILY" = sabayon ] && succeed   # the Sabayon builder appends ACCEPT_LICENSE="*"
      has_line "$OV_LIC" eula 'TestEULA|\*|@[A-Z-]+' && succeed
      fail_with license-change ;;
    app-misc/masked-1.0)
      printf '%s\n' "$OV_UNMASK" | grep -Eq "$CAT/masked" && succeed
      fail_with masked ;;
    app-misc/matrix-1.0)   # the USE-matrix sample: a static build fails, to show failures per combination
      has_line "$OV_USE" matrix static && fail_with compile-fail
      succeed ;;
    *) succeed ;;
  esac
}
