#!/bin/sh
# docx-cli.sh - import-notice takes a Word .docx or a PDF as it takes the text:
# recognised by its content (not its name), the same plan out of it, and a
# bad file refused in one line with nothing stored.
. "${top_srcdir:-.}/tests/lib.sh"
D="$top_srcdir/tests/fixtures/docx"
N="$top_srcdir/tests/fixtures/notices"
db="$tmp/plans.db"
W="$WEEKPLAN --db $db --today 2026-04-10"

# The same plan as from the text, whatever the file is called.
expect_status 0 "text dry run" -- $W import-notice "$N/001_2e61a39d674edb67.txt" --dry-run &&
	cp "$tmp/out" "$tmp/text.json"
cp "$D/seed-001.docx" "$tmp/notice.txt"
for f in "$D/seed-001.docx" "$tmp/notice.txt"; do
	expect_status 0 "docx dry run $(basename "$f")" -- $W import-notice "$f" --dry-run || continue
	tests=$((tests + 1))
	cmp -s "$tmp/text.json" "$tmp/out" && ok "$(basename "$f"): the plan of the text" ||
		fail "$(basename "$f"): the plan differs from the text's"
done
expect_status 0 "docx on stdin" -- sh -c "$W import-notice - --dry-run <'$D/seed-001.docx'"
tests=$((tests + 1))
cmp -s "$tmp/text.json" "$tmp/out" && ok "stdin: the plan of the text" || fail "stdin: the plan differs"

# A dry run reports the plan check's findings too, and stores nothing.
expect_status 0 "a dry run of a notice with a finding" -- \
	$W import-notice "$top_srcdir/tests/fixtures/notices/review-no-lead.txt" --dry-run
tests=$((tests + 1))
grep -q '^  check: activity 3 .*\[no-lead\]$' "$tmp/err" && ok "the dry run lists the check's finding" ||
	fail "no check finding after the dry run: $(cat "$tmp/err")"
expect_status 0 "campaigns after the dry run" -- $W campaigns --format tsv
tests=$((tests + 1))
[ "$(grep -c . "$tmp/out")" -eq 0 ] && ok "the dry run stored nothing" || fail "stored: $(cat "$tmp/out")"

# Bad files: one line naming the trouble, exit 1, nothing stored.
# The formats LibreOffice converts are refused, naming the package and the
# command, when it is not installed (a PATH without it: weekplan is run by
# its full path). tests/convert-cli.sh reads them with it.
mkdir -p "$tmp/nobin"
for case in "bad-truncated.docx:cut short" "bad-bomb.docx:MiB" "bad-doctype.docx:DOCTYPE" \
	"bad-encrypted.docx:encrypted or not a .docx" "bad-old.doc:soffice --headless --convert-to docx" \
	"bad-notice.odt:libreoffice-writer-nogui" "bad-notice.rtf:LibreOffice"; do
	file=${case%%:*} says=${case#*:}
	expect_status 1 "$file refused" -- env PATH="$tmp/nobin" $W import-notice "$D/$file" || continue
	tests=$((tests + 1))
	if [ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -qF -- "$says" "$tmp/err"; then
		ok "$file: $(cat "$tmp/err")"
	else
		fail "$file: expected one line with '$says', got: $(cat "$tmp/err")"
	fi
done
expect_status 0 "campaigns after the bad files" -- $W campaigns --format tsv
tests=$((tests + 1))
[ "$(grep -c . "$tmp/out")" -le 1 ] && ok "nothing was stored" || fail "a bad file stored: $(cat "$tmp/out")"

# A PDF: the plan of its text; a scan says it needs OCR; nothing stored.
P="$top_srcdir/tests/fixtures/pdf"
expect_status 0 "seed 002 as text" -- $W import-notice "$N/002_f3eb5e40a0807c49.txt" --dry-run &&
	cp "$tmp/out" "$tmp/text2.json"
expect_status 0 "seed 002 as a PDF" -- $W import-notice "$P/seed-002.pdf" --dry-run
tests=$((tests + 1))
cmp -s "$tmp/text2.json" "$tmp/out" && ok "PDF: the plan of the text" || fail "PDF: the plan differs"
for case in "scan.pdf:OCR" "encrypted.pdf:encrypted" "truncated.pdf:cut short"; do
	file=${case%%:*} says=${case#*:}
	expect_status 1 "$file refused" -- $W import-notice "$P/$file" || continue
	tests=$((tests + 1))
	[ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -qF -- "$says" "$tmp/err" && ok "$file: $(cat "$tmp/err")" ||
		fail "$file: expected one line with '$says', got: $(cat "$tmp/err")"
done
expect_status 0 "campaigns after the bad PDFs" -- $W campaigns --format tsv
tests=$((tests + 1))
[ "$(grep -c . "$tmp/out")" -le 1 ] && ok "nothing was stored" || fail "a bad PDF stored: $(cat "$tmp/out")"

# A good one is stored.
expect_status 0 "docx imported" -- $W import-notice "$D/seed-001.docx"
expect_status 0 "campaigns" -- $W campaigns
tests=$((tests + 1))
grep -q "朝阳" "$tmp/out" && ok "the .docx's campaign is stored" || fail "not stored: $(cat "$tmp/out")"
finish
