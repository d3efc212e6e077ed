#!/bin/sh
# man-options.sh - weekplan(1) documents every command and option that
# --help lists, so the two cannot drift apart.
. "${top_srcdir:-.}/tests/lib.sh"
# The man page with roff's \- read as a plain hyphen.
man="$tmp/weekplan.1"
sed 's/\\-/-/g' "$top_srcdir/man/weekplan.1.in" >"$man"
commands=$("$WEEKPLAN" --help | sed -n 's/^  \([a-z][a-z-]\{1,\}\) .*/\1/p')
for c in $commands; do
	tests=$((tests + 1))
	grep -q "^\.SS $c\b" "$man" && ok "command $c" || fail "weekplan.1 lacks a section for $c"
	for o in $("$WEEKPLAN" "$c" --help | sed -n 's/^  --\([a-z-]*\).*/\1/p'); do
		tests=$((tests + 1))
		grep -q -- "--$o\b" "$man" && ok "$c --$o" || fail "weekplan.1 lacks --$o (of $c)"
	done
done
for o in $("$WEEKPLAN" --help | sed -n 's/^  \(-h, \)\{0,1\}--\([a-z-]*\).*/\2/p'); do
	tests=$((tests + 1))
	grep -q -- "--$o\b" "$man" && ok "global --$o" || fail "weekplan.1 lacks --$o"
done

# The pages make builds (and installs) carry the version, and nothing is
# left of the .in files' @...@ placeholders.
version=$("$WEEKPLAN" --version | sed 's/^weekplan //')
for page in weekplan.1 weekplan-plan.5 weekplan-holidays.5; do
	built="${top_builddir:-.}/man/$page"
	tests=$((tests + 1))
	if [ ! -f "$built" ]; then
		fail "man/$page is not built"
	elif grep -q '@[A-Z_]*@' "$built"; then
		fail "man/$page still holds $(grep -o '@[A-Z_]*@' "$built" | head -1)"
	elif ! head -1 "$built" | grep -qF "\"weekplan $version\""; then
		fail "man/$page does not say weekplan $version: $(head -1 "$built")"
	else
		ok "man/$page says weekplan $version"
	fi
done
finish
