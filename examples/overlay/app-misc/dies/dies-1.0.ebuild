# Copyright 2026 Ebuild Builder contributors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

DESCRIPTION="Calls die in src_install; the sample whose install phase fails"
HOMEPAGE="https://example.invalid/dies"
S="${WORKDIR}"

LICENSE="MIT"
SLOT="0"
KEYWORDS="amd64"

src_unpack() {
	echo "data" > "${S}/data.txt" || die
}

src_install() {
	insinto /usr/share/dies
	doins data.txt
	die "custom message"
}
