# Copyright 2026 Ebuild Builder contributors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

DESCRIPTION="USE flags with REQUIRED_USE; the sample for USE-matrix builds"
HOMEPAGE="https://example.invalid/matrix"
S="${WORKDIR}"

LICENSE="MIT"
SLOT="0"
KEYWORDS="amd64"
IUSE="+ssl gnutls static doc"
# One TLS library at most; a static build has no documentation.
REQUIRED_USE="
	?? ( ssl gnutls )
	static? ( !doc )
"

src_unpack() { :; }

src_install() {
	insinto /usr/share/matrix
	newins - use <<< "ssl=$(usex ssl) gnutls=$(usex gnutls) static=$(usex static) doc=$(usex doc)"
}
