#!/bin/sh
# csv-golden.sh - --format csv of every report and export --format csv on
# the bundled plans, compared byte for byte with tests/golden/*.csv (real
# CSV files: a byte-order mark, CRLF records; open one in a spreadsheet to
# review it). After an intended change, run "make update-golden".
. "${top_srcdir:-.}/tests/lib.sh"
golden="$top_srcdir/tests/golden"

# csv_case NAME WANT_STATUS CMD...: one run, its stdout compared with
# tests/golden/NAME.csv, its exit status with WANT_STATUS.
csv_case() {
	name=$1 want=$2
	shift 2
	tests=$((tests + 1))
	"$@" >"$tmp/out.csv" 2>"$tmp/err"
	got=$?
	if [ "$got" -ne "$want" ]; then
		fail "$name: exit status $got, expected $want: $(cat "$tmp/err")"
	elif [ -n "${UPDATE_GOLDEN:-}" ]; then
		cp "$tmp/out.csv" "$golden/$name.csv"
		echo "updated $name.csv"
	elif ! cmp -s "$golden/$name.csv" "$tmp/out.csv"; then
		fail "$name differs from tests/golden/$name.csv:"
		diff -u "$golden/$name.csv" "$tmp/out.csv" | cat -A >&2
	else
		ok "$name"
	fi
}

W="$WEEKPLAN --demo --today 2026-04-20"
csv_case matrix-rongchang 0 $W matrix 荣昌 --format csv
csv_case agenda-all-plans 0 $W agenda --from 2022-01-01 --to 2026-12-31 --format csv
csv_case export-chaoyang 0 $W export 朝阳 --format csv
csv_case export-rongchang-unit 0 $W export 荣昌 --format csv --unit 区法院
csv_case campaigns 0 $W campaigns --format csv
csv_case deadlines 0 $W deadlines --within 14 --format csv
csv_case unit-bureau 0 $W unit 区市场监管局 --from 2023-04-01 --to 2023-05-31 --format csv
csv_case check-rongchang 3 $W check 荣昌 --format csv
csv_case conflicts-none 0 $W conflicts --format csv

# The headings in Chinese, as WPS on a Chinese desktop shows them.
if have_zh_locale; then
	ZH="env -u LC_ALL LANG=zh_CN.UTF-8"
	csv_case matrix-rongchang-zh 0 $ZH $W matrix 荣昌 --format csv
	csv_case export-chaoyang-zh 0 $ZH $W export 朝阳 --format csv
else
	echo "SKIP: Chinese headings (no zh_CN.UTF-8 locale: run locale-gen)"
	[ -n "${CI:-}" ] && fail "CI must have the zh_CN.UTF-8 locale"
fi

# What a spreadsheet needs at the start: the byte-order mark, then the heading.
tests=$((tests + 1))
if [ "$(head -c 22 "$golden/matrix-rongchang.csv")" = "$(printf '\357\273\277Unit,Committee role')" ]; then
	ok "matrix csv starts with a BOM and its heading"
else
	fail "matrix csv does not start with a BOM and 'Unit,Committee role'"
fi

# Every line of every golden ends with CR LF (a newline inside a quoted
# cell may stand alone; the bundled plans have none).
tests=$((tests + 1))
bare=0
for f in "$golden"/*.csv; do
	n=$(LC_ALL=C grep -c -v "$(printf '\r')\$" "$f")
	[ "$n" -eq 0 ] || { bare=1; echo "$f: $n lines without CR" >&2; }
done
[ "$bare" -eq 0 ] && ok "records end with CRLF" || fail "a golden csv has a record not ended by CRLF"

# -o FILE writes the same bytes as standard output.
tests=$((tests + 1))
$W export 朝阳 --format csv -o "$tmp/chaoyang.csv" 2>"$tmp/err"
if cmp -s "$tmp/chaoyang.csv" "$golden/export-chaoyang.csv"; then
	ok "export -o FILE.csv"
else
	fail "export -o FILE.csv differs from standard output: $(cat "$tmp/err")"
fi

# csv is a table: refused where a command writes none.
expect_status 2 "csv for calendar" -- $W calendar holidays 2026 --format csv &&
	if [ -s "$tmp/out" ]; then fail "csv for calendar wrote output"; else ok "csv refused for calendar"; fi

finish
