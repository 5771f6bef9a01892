# Copyright 2026 Ebuild Builder contributors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

DESCRIPTION="Needs libfoo built with USE=ssl; the sample that asks for a USE change"
HOMEPAGE="https://example.invalid/needs-ssl"
S="${WORKDIR}"

LICENSE="MIT"
SLOT="0"
KEYWORDS="amd64"

RDEPEND="app-misc/libfoo[ssl]"

src_unpack() { :; }

src_install() {
	insinto /usr/share/needs-ssl
	newins - marker <<< "needs-ssl"
}
