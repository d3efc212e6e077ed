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
finish
