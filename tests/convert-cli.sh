#!/bin/sh
# convert-cli.sh - import-notice reads an old Word .doc (or WPS), an .odt and
# an RTF through LibreOffice: the same plan as the .docx or text they were
# made from, a note that they were converted, nothing left in TMPDIR, and a
# damaged one refused in one line with nothing stored. Skipped when
# LibreOffice is not installed (tests/docx-cli.sh checks the message then).
. "${top_srcdir:-.}/tests/lib.sh"
command -v soffice >/dev/null 2>&1 || { echo "soffice not installed: skipped"; exit 77; }
C="$top_srcdir/tests/fixtures/convert"
D="$top_srcdir/tests/fixtures/docx"
N="$top_srcdir/tests/fixtures/notices"
db="$tmp/plans.db"
W="$WEEKPLAN --db $db --today 2026-04-10"
mkdir -p "$tmp/tmpdir"
export TMPDIR="$tmp/tmpdir"

same_plan() { # same_plan FILE EXPECTED.json: the dry run of FILE gives EXPECTED
	expect_status 0 "$(basename "$1") read" -- $W import-notice "$1" --dry-run || return
	tests=$((tests + 1))
	cmp -s "$2" "$tmp/out" && ok "$(basename "$1"): the same plan" ||
		fail "$(basename "$1"): the plan differs: $(diff "$2" "$tmp/out" | head -5)"
	tests=$((tests + 1))
	grep -q "converted to .docx with LibreOffice" "$tmp/err" && ok "$(basename "$1"): says it was converted" ||
		fail "$(basename "$1"): no note of the conversion: $(cat "$tmp/err")"
	tests=$((tests + 1))
	[ -z "$(ls -A "$TMPDIR")" ] && ok "$(basename "$1"): nothing left in TMPDIR" ||
		fail "$(basename "$1"): left in TMPDIR: $(ls -A "$TMPDIR")"
}

expect_status 0 "the .docx" -- $W import-notice "$D/seed-001.docx" --dry-run && cp "$tmp/out" "$tmp/docx.json"
expect_status 0 "the text" -- $W import-notice "$N/002_f3eb5e40a0807c49.txt" --dry-run && cp "$tmp/out" "$tmp/text.json"
same_plan "$C/seed-001.doc" "$tmp/docx.json"
same_plan "$C/seed-001.odt" "$tmp/docx.json"
same_plan "$C/seed-002.rtf" "$tmp/text.json"
# Known by its content: a .wps is the same kind of file as a .doc, and a
# name that says nothing changes nothing.
cp "$C/seed-001.doc" "$tmp/通知.wps"
same_plan "$tmp/通知.wps" "$tmp/docx.json"
cp "$C/seed-001.doc" "$tmp/notice"
same_plan "$tmp/notice" "$tmp/docx.json"

# A damaged document: one line, exit 1, nothing stored, nothing left.
expect_status 1 "a damaged .doc refused" -- $W import-notice "$D/bad-old.doc"
tests=$((tests + 1))
[ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q "bad-old.doc: LibreOffice" "$tmp/err" &&
	ok "damaged: $(cat "$tmp/err")" || fail "damaged: expected one line, got: $(cat "$tmp/err")"
expect_status 0 "campaigns" -- $W campaigns --format tsv
tests=$((tests + 1))
[ "$(grep -c . "$tmp/out")" -le 1 ] && ok "nothing was stored" || fail "stored: $(cat "$tmp/out")"

# Stored, as a .docx is.
expect_status 0 ".doc imported" -- $W import-notice "$C/seed-001.doc"
expect_status 0 "campaigns" -- $W campaigns
tests=$((tests + 1))
grep -q "朝阳" "$tmp/out" && ok "the .doc's campaign is stored" || fail "not stored: $(cat "$tmp/out")"
tests=$((tests + 1))
[ -z "$(ls -A "$TMPDIR")" ] && ok "nothing left in TMPDIR" || fail "left: $(ls -A "$TMPDIR")"
finish
