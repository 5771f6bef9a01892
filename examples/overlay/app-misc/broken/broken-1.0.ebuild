# Copyright 2026 Ebuild Builder contributors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

DESCRIPTION="C source with a syntax error; the sample that fails to compile"
HOMEPAGE="https://example.invalid/broken"
S="${WORKDIR}/${P}"

LICENSE="MIT"
SLOT="0"
KEYWORDS="amd64"

src_unpack() {
	mkdir -p "${S}" || die
	printf '#include <stdio.h>\nint main(void)\n{\n\tputs("no semicolon")\n\treturn 0;\n}\n' > "${S}/broken.c" || die
	printf 'broken: broken.c\n\t$(CC) $(CFLAGS) -o $@ broken.c\n' > "${S}/Makefile" || die
}

src_compile() {
	emake CC="${CC:-gcc}"
}

src_install() {
	dobin broken
}
