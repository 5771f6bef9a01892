# Copyright 2026 Ebuild Builder contributors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

DESCRIPTION="Has a stable and a testing version; 2.0 is keyword-masked"
HOMEPAGE="https://example.invalid/testing"
S="${WORKDIR}"

LICENSE="GPL-2"
SLOT="0"
KEYWORDS="~amd64"

src_unpack() { :; }

src_install() {
	insinto /usr/share/testing
	newins - version <<< "${PV}"
}
