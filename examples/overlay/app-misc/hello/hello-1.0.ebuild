# Copyright 2026 Ebuild Builder contributors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

DESCRIPTION="Prints a greeting; the sample that builds"
HOMEPAGE="https://example.invalid/hello"
S="${WORKDIR}/${P}"

LICENSE="MIT"
SLOT="0"
KEYWORDS="amd64 ~arm64"

src_unpack() {
	mkdir -p "${S}" || die
	cp "${FILESDIR}/hello.c" "${S}/" || die
}

src_compile() {
	${CC:-gcc} ${CFLAGS} ${LDFLAGS} -o hello hello.c || die "compiling hello failed"
}

src_install() {
	dobin hello
}
