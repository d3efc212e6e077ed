#!/bin/sh
# export-html.sh - the printable page (export --format html).
#
# First the page of one bundled plan (Rongchang, with one report marked
# submitted) against reviewed files under tests/golden/: in English, and
# with the zh_CN.UTF-8 locale a unit's page in Chinese. After an intended
# change: UPDATE_GOLDEN=1 (make update-golden), then review the diff.
#
# Then the page as it is printed: a headless Chromium prints it to PDF
# and poppler's pdftotext and pdfinfo read it back: the title, an activity
# and a unit of the matrix are on paper, and the matrix is on a landscape
# page after the portrait ones. Without Chromium, poppler or a font with
# Chinese glyphs (pdftotext reads only text whose glyphs were found),
# or when Chromium cannot start here, that part is skipped (exit 77 once
# the golden pages have passed); CI must have them all (quickstart).
. "${top_srcdir:-.}/tests/lib.sh"
golden="$top_srcdir/tests/golden"

# compare NAME FILE: FILE against tests/golden/NAME.html.
compare() {
	tests=$((tests + 1))
	if [ -n "${UPDATE_GOLDEN:-}" ]; then
		cp "$2" "$golden/$1.html"
		echo "updated $1"
	elif diff -u "$golden/$1.html" "$2" >"$tmp/diff"; then
		ok "$1"
	else
		fail "$1 differs from tests/golden/$1.html:"
		cat "$tmp/diff" >&2
	fi
}

W="$WEEKPLAN --db $tmp/html.db --today 2023-04-20"
CAMPAIGN=荣昌区2023年知识产权宣传周活动方案
UNIT=区法院
$W import "$top_srcdir/data/plans/004-rongchang-2023.json" >/dev/null ||
	fail "importing the Rongchang plan"
# the first report the court owes, submitted the day before it was due
id=$($W deadlines --unit "$UNIT" --format tsv | sed -n '1p' | cut -f3)
$W submit "$id" "$UNIT" --on 2023-04-14 >/dev/null || fail "submitting deadline '$id'"

expect_status 0 "export to a file" -- $W export 荣昌 --format html -o "$tmp/page.html" &&
	compare export-html-rongchang "$tmp/page.html"
tests=$((tests + 1))
$W export 荣昌 --format html >"$tmp/stdout.html"
if cmp -s "$tmp/page.html" "$tmp/stdout.html"; then
	ok "the page on standard output is the file's"
else
	fail "export --format html writes another page to standard output than to -o"
fi
print_page=$tmp/page.html
if have_zh_locale; then
	expect_status 0 "export a unit's page in Chinese" -- env -u LC_ALL LANG=zh_CN.UTF-8 \
		$W export 荣昌 --format html --unit "$UNIT" -o "$tmp/unit-zh.html" &&
		compare export-html-rongchang-unit-zh "$tmp/unit-zh.html"
	tests=$((tests + 1))
	grep -q '<html lang="zh-CN">' "$tmp/unit-zh.html" && grep -q '<h2>分工表</h2>' "$tmp/unit-zh.html" &&
		ok "the Chinese page says so" || fail "the Chinese page lacks lang=zh-CN or 分工表"
	print_page=$tmp/unit-zh.html
else
	echo "SKIP: the Chinese page (no zh_CN.UTF-8 locale: run locale-gen)"
	[ -n "${CI:-}" ] && fail "CI must have the zh_CN.UTF-8 locale"
fi

# ---- printed -------------------------------------------------------------
# skip_print REASON: the golden part's verdict, or 77 when it passed.
skip_print() {
	echo "SKIP: printing the page: $*"
	if [ -n "${CI:-}" ]; then
		fail "CI must print the page (quickstart installs chromium, poppler-utils, fonts-noto-cjk)"
	fi
	finish || exit 1
	exit 77
}
chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || skip_print "no chromium"
command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 ||
	skip_print "no pdftotext/pdfinfo (poppler-utils)"
command -v timeout >/dev/null 2>&1 || skip_print "no timeout (coreutils)"
[ -n "$(fc-list :lang=zh 2>/dev/null)" ] || skip_print "no font with Chinese glyphs (fonts-noto-cjk)"

# --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start;
# --disable-dev-shm-usage: a container's /dev/shm is often too small for it.
# Both spellings of "no header and footer" (the name changed in 2023).
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
	--user-data-dir="$tmp/chromium" --no-pdf-header-footer --print-to-pdf-no-header \
	--print-to-pdf="$tmp/page.pdf" "file://$print_page" >"$tmp/chromium.log" 2>&1
[ -s "$tmp/page.pdf" ] || skip_print "chromium did not print: $(tail -n 3 "$tmp/chromium.log")"

# The text in the order it was drawn (-raw: a table cell's lines stay
# together, where the layout order interleaves the cells of a row), as one
# line without spaces, since a cell wraps its text over lines.
flat() {
	pdftotext -raw "$@" - | tr -d ' \n'
}
flat "$tmp/page.pdf" >"$tmp/all.txt"
activity=$($W agenda --from 2023-04-20 --to 2023-04-26 --format tsv |
	awk -F '\t' -v unit="$UNIT" 'index($11 "、" $12, unit) { print $9; exit }')
matrix_unit=$($W matrix 荣昌 --format tsv | tail -n 1 | cut -f1)
for want in "$CAMPAIGN" "$activity" "$matrix_unit"; do
	tests=$((tests + 1))
	if [ -n "$want" ] && grep -qF "$want" "$tmp/all.txt"; then
		ok "the printed page holds $want"
	else
		fail "the printed page lacks '$want'"
	fi
done

# Pages: portrait A4 for the schedule, landscape for the matrix.
pages=$(pdfinfo "$tmp/page.pdf" | sed -n 's/^Pages: *//p')
tests=$((tests + 1))
[ "${pages:-0}" -ge 2 ] && ok "$pages pages" || fail "the page printed on ${pages:-0} page(s), not 2 or more"
# pdfinfo -f N -l N: "Page N size: W x H pts (A4)" and "Page N rot: R".
landscape() {
	pdfinfo -f "$1" -l "$1" "$tmp/page.pdf" | awk -v n="$1" '
		$1 == "Page" && $2 == n && $3 == "size:" { w = $4; h = $6 }
		$1 == "Page" && $2 == n && $3 == "rot:" { r = $4 }
		END { if (r == 90 || r == 270) { t = w; w = h; h = t }; exit !(w > h) }'
}
tests=$((tests + 1))
landscape 1 && fail "page 1 (the schedule) is landscape" || ok "page 1 is portrait"
matrix_page=
n=2
while [ "$n" -le "${pages:-0}" ]; do
	if landscape "$n" && flat -f "$n" -l "$n" "$tmp/page.pdf" | grep -qF "$matrix_unit"; then
		matrix_page=$n
		break
	fi
	n=$((n + 1))
done
tests=$((tests + 1))
if [ -n "$matrix_page" ]; then
	ok "the matrix (with $matrix_unit) is on landscape page $matrix_page"
else
	fail "no landscape page holds the matrix's $matrix_unit"
	pdfinfo -f 1 -l "${pages:-1}" "$tmp/page.pdf" | grep '^Page' >&2
fi

finish
