# Copyright 2026 Ebuild Builder contributors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

DESCRIPTION="A library with optional SSL support"
HOMEPAGE="https://example.invalid/libfoo"
S="${WORKDIR}"

LICENSE="MIT"
SLOT="0"
KEYWORDS="amd64"
IUSE="ssl"

src_unpack() { :; }

src_install() {
	insinto /usr/share/libfoo
	newins - features <<< "ssl=$(usex ssl yes no)"
}
