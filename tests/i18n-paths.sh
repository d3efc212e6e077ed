#!/bin/sh
# i18n-paths.sh - under a Chinese locale weekplan speaks Chinese as built
# (./weekplan, never installed, as ./quickstart runs it) and as installed,
# whatever the prefix: it finds its catalogue beside itself, not only
# under the prefix compiled in.
. "${top_srcdir:-.}/tests/lib.sh"
have_zh_locale || { echo "SKIP: no zh_CN.UTF-8 locale (run locale-gen)"; exit 77; }
# The real lookup, not the catalogue the other tests point weekplan at.
unset WEEKPLAN_LOCALEDIR

speaks_chinese() { # speaks_chinese NAME BINARY
	tests=$((tests + 1))
	env -u LC_ALL LANG=zh_CN.UTF-8 "$2" --demo --today 2026-04-20 deadlines --within 14 \
		>"$tmp/out" 2>&1
	if grep -q '^已逾期：$' "$tmp/out"; then
		ok "$1 speaks Chinese"
	else
		fail "$1 does not speak Chinese under zh_CN.UTF-8 ($2): $(head -1 "$tmp/out")"
	fi
}

speaks_chinese "the built weekplan" "$WEEKPLAN"

# make install into a staging directory (DESTDIR): the program lands
# outside its prefix, beside its catalogue (bin/../share/locale).
dest="$tmp/dest"
if ! env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C "${top_builddir:-.}" install \
	DESTDIR="$dest" >"$tmp/install.log" 2>&1; then
	fail "make install DESTDIR=$dest failed:"
	tail -20 "$tmp/install.log" >&2
	finish
	exit 1
fi
bin=$(find "$dest" -type f -name weekplan -path '*/bin/*' | head -1)
prefix=${bin%/bin/weekplan}
speaks_chinese "the installed weekplan" "$bin"
# The same installed tree under another prefix.
mv "$prefix" "$tmp/elsewhere"
speaks_chinese "an installed tree moved to another prefix" "$tmp/elsewhere/bin/weekplan"

# The installed man pages carry the version.
version=$("$WEEKPLAN" --version | sed 's/^weekplan //')
for page in "$tmp"/elsewhere/share/man/man1/weekplan.1 "$tmp"/elsewhere/share/man/man5/weekplan-plan.5; do
	tests=$((tests + 1))
	if head -1 "$page" | grep -qF "\"weekplan $version\"" && ! grep -q '@[A-Z_]*@' "$page"; then
		ok "installed ${page##*/} says weekplan $version"
	else
		fail "installed ${page##*/}: $(head -1 "$page" 2>&1)"
	fi
done
finish
