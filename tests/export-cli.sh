#!/bin/sh
# export-cli.sh - weekplan export's command line: formats, --unit, -o and
# what a failed export leaves behind (nothing new, nothing half written).
. "${top_srcdir:-.}/tests/lib.sh"
wp() { "$WEEKPLAN" --demo --today 2026-04-20 "$@"; }

# One line on stderr, naming what is wrong.
one_line() { # NAME WORD
	tests=$((tests + 1))
	if [ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q -- "$2" "$tmp/err"; then
		ok "$1"
	else
		fail "$1: expected one line naming '$2', got: $(cat "$tmp/err")"
	fi
}

expect_status 2 "xlsx to stdout" -- wp export 朝阳 --format xlsx && one_line "xlsx needs -o" "-o FILE"
expect_status 2 "xlsx to -" -- wp export 朝阳 --format xlsx -o - && one_line "xlsx not to -" "-o FILE"
expect_status 2 "unknown format" -- wp export 朝阳 --format pdf && one_line "unknown format" "pdf"
expect_status 2 "--unit of a plan file" -- wp export 朝阳 --unit 市科技局 && one_line "--unit json" "--unit"
expect_status 1 "unknown unit" -- wp export 荣昌 --format csv --unit 区不存在局 &&
	one_line "unknown unit" "区不存在局"
expect_status 1 "unknown campaign" -- wp export 不存在 --format ics && one_line "unknown campaign" "不存在"

# -o FILE writes what standard output would, and -o - is standard output.
expect_status 0 "json to stdout" -- wp export 朝阳 && cp "$tmp/out" "$tmp/stdout.json"
mkdir "$tmp/dir"
expect_status 0 "json -o" -- wp export 朝阳 -o "$tmp/dir/plan.json"
tests=$((tests + 2))
cmp -s "$tmp/stdout.json" "$tmp/dir/plan.json" && ok "-o writes the same bytes" ||
	fail "-o FILE differs from standard output"
[ ! -s "$tmp/out" ] && ok "-o leaves stdout empty" || fail "-o FILE also wrote to stdout"
expect_status 0 "json --output" -- wp export 朝阳 --output "$tmp/dir/plan2.json"
expect_status 0 "json -o -" -- wp export 朝阳 -o -
tests=$((tests + 2))
cmp -s "$tmp/stdout.json" "$tmp/dir/plan2.json" && ok "--output is -o" || fail "--output differs"
cmp -s "$tmp/stdout.json" "$tmp/out" && ok "-o - is stdout" || fail "-o - differs from stdout"

# The file is a document to share: readable as the umask allows, not 0600.
tests=$((tests + 1))
perm=$(umask 022 && wp export 朝阳 -o "$tmp/dir/perm.json" && stat -c %a "$tmp/dir/perm.json")
[ "$perm" = 644 ] && ok "mode follows the umask" || fail "mode $perm, expected 644"

# A failed export leaves the old file as it was and no temporary file.
echo "old contents" >"$tmp/dir/keep.json"
expect_status 1 "export of an unknown campaign over a file" -- \
	wp export 不存在 -o "$tmp/dir/keep.json"
tests=$((tests + 2))
[ "$(cat "$tmp/dir/keep.json")" = "old contents" ] && ok "old file kept" ||
	fail "a failed export changed the file"
left=$(find "$tmp/dir" -name '*.json.*' | wc -l)
[ "$left" -eq 0 ] && ok "no temporary file left" || fail "$left temporary files left"
expect_status 1 "a directory that does not exist" -- wp export 朝阳 -o "$tmp/nodir/x.json" &&
	one_line "missing directory" "nodir"

finish
