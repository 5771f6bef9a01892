# Copyright 2026 Ebuild Builder contributors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

DESCRIPTION="Under a licence outside @FREE; the sample that needs package.license"
HOMEPAGE="https://example.invalid/eula"
S="${WORKDIR}"

LICENSE="TestEULA"
SLOT="0"
KEYWORDS="amd64"

src_unpack() { :; }

src_install() {
	insinto /usr/share/eula
	newins - marker <<< "eula"
}
