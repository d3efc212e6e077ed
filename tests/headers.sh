#!/bin/sh
# headers.sh - every core header compiles on its own with -std=c11 -pedantic,
# so a header never relies on what its includer happened to include first.
. "${top_srcdir:-.}/tests/lib.sh"
for h in "$top_srcdir"/core/*.h; do
	tests=$((tests + 1))
	printf '#include "%s"\ntypedef int header_check_translation_unit;\n' "$(basename "$h")" >"$tmp/h.c"
	if ${CC:-cc} -std=c11 -pedantic -Wall -Wextra -Werror -fsyntax-only \
		-I"$top_srcdir/core" -I"$top_builddir" $CPPFLAGS "$tmp/h.c" 2>"$tmp/err"; then
		ok "$(basename "$h")"
	else
		fail "$(basename "$h") does not compile alone: $(head -3 "$tmp/err")"
	fi
done
finish
