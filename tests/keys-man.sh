#!/bin/sh
# keys-man.sh - the man page lists every key of the planner: the keys are
# read from the one key table (tui/keys.c) and looked up in KEYS of
# weekplan(1).
. "${top_srcdir:-.}/tests/lib.sh"
man="$top_srcdir/man/weekplan.1.in"
# The KEYS section, with roff's \- read as a plain hyphen.
sed -n '/^\.SH KEYS/,/^\.SH [^K]/p' "$man" | sed 's/\\-/-/g' >"$tmp/keys"
tests=$((tests + 1))
[ -s "$tmp/keys" ] && ok "weekplan.1 has a KEYS section" || fail "weekplan.1 has no KEYS section"
labels=$(sed -n 's/^[[:space:]]*{[^,]*, "\([^"]*\)", SCOPE_.*/\1/p' "$top_srcdir/tui/keys.c" | sort -u)
for label in $labels; do
	tests=$((tests + 1))
	# In the man page a key is written as \fBLABEL\fR.
	if grep -qF -- "\\fB$label\\fR" "$tmp/keys"; then
		ok "key $label"
	else
		fail "weekplan.1 KEYS does not list '$label'"
	fi
done
finish
