#!/bin/sh
# cli-errors.sh - bad input gets one clear line on stderr, a non-zero exit,
# and leaves what is stored as it was.
. "${top_srcdir:-.}/tests/lib.sh"
db="$tmp/plans.db"
W="$WEEKPLAN --db $db --today 2026-04-20"
plan="$top_srcdir/data/plans/004-rongchang-2023.json"

# stderr must be exactly one line naming the problem.
expect_error() { # expect_error STATUS NAME PATTERN -- CMD...
	status=$1 name=$2 pattern=$3
	shift 4
	expect_status "$status" "$name" -- "$@" || return
	if [ "$(wc -l <"$tmp/err")" -ne 1 ] || ! grep -q -- "$pattern" "$tmp/err"; then
		fail "$name: expected one line matching '$pattern', got: $(cat "$tmp/err")"
	else
		ok "$name: $(cat "$tmp/err")"
	fi
}

expect_status 0 "import a plan" -- $W import "$plan" || true
snapshot() { $W export 荣昌 >"$tmp/snapshot.$1"; }
snapshot before

expect_error 2 "impossible date" "invalid date '2026-02-30': month 2 has 28 days" -- $W agenda --week 2026-02-30
expect_error 2 "month 13" "there is no month 13" -- $W agenda --from 2026-13-01
expect_error 2 "bad --today" "--today: invalid date" -- $WEEKPLAN --db "$db" --today 2026-04-31 agenda
expect_error 1 "unknown campaign" "no campaign matches '杭州'" -- $W matrix 杭州
$W import "$top_srcdir/data/plans/001-chaoyang-2026.json" >/dev/null
$W import "$top_srcdir/data/plans/000-luzhai-2026.json" >/dev/null
expect_error 1 "ambiguous campaign" "'2026' matches 2 campaigns: 3 2026年全国知识产权宣传周鹿寨县活动方案; 2 2026年朝阳市知识产权宣传周活动方案" -- $W matrix 2026
expect_error 1 "unknown unit" "no unit matches '县交通局'" -- $W unit 县交通局
expect_error 2 "unknown command" "unknown command 'agend'" -- $W agend
expect_error 2 "unknown option" "unknown option '--weak'" -- $W agenda --weak 2026-04-20
expect_error 2 "missing argument" "usage: weekplan matrix CAMPAIGN" -- $W matrix
expect_error 2 "bad number" "--within: 'soon' is not a whole number" -- $W deadlines --within soon
expect_error 2 "bad format" "--format: 'xml' is not text, tsv or csv" -- $W campaigns --format xml

# A truncated plan, invalid UTF-8, a binary file, an empty file.
head -c 500 "$plan" >"$tmp/truncated.json"
expect_error 1 "truncated JSON" "truncated.json: line" -- $W import "$tmp/truncated.json"
sed 's/知识产权视频宣传/\xff\xfe/' "$plan" | sed 's/荣昌区2023/荣昌区2033/' >"$tmp/badutf8.json"
expect_error 1 "invalid UTF-8" "badutf8.json: .*UTF-8" -- $W import "$tmp/badutf8.json"
head -c 300 /bin/sh >"$tmp/binary.json"
expect_error 1 "binary file" "binary.json: " -- $W import "$tmp/binary.json"
: >"$tmp/empty.json"
expect_error 1 "empty file" "empty.json: " -- $W import "$tmp/empty.json"
expect_error 1 "duplicate import" "already stored" -- $W import "$plan"
expect_error 1 "missing file" "nope.json: No such file or directory" -- $W import "$tmp/nope.json"

# Notices that cannot be read are refused and store nothing.
expect_error 1 "empty notice" "empty.json: the file is empty" -- $W import-notice "$tmp/empty.json"
expect_error 1 "binary notice" "binary.json: this is a binary file" -- $W import-notice "$tmp/binary.json"
printf '今天去超市买了苹果。\n' >"$tmp/shopping.txt"
expect_error 1 "not a notice" "does not read as a plan notice" -- $W import-notice "$tmp/shopping.txt"
printf '\201\060\377\377\377\n' >"$tmp/garbage.txt"
expect_error 1 "undecodable notice" "neither UTF-8 nor GB18030" -- $W import-notice "$tmp/garbage.txt"
head -c 3000000 /dev/zero | tr '\0' 'a' >"$tmp/huge.txt"
expect_error 1 "huge notice" "too large for a notice" -- $W import-notice "$tmp/huge.txt"

snapshot after
tests=$((tests + 1))
if cmp -s "$tmp/snapshot.before" "$tmp/snapshot.after" &&
	[ "$($W campaigns --format tsv | wc -l)" -eq 3 ]; then
	ok "nothing stored changed"
else
	fail "the stored plans changed after refused input"
fi

# Files that are not weekplan databases.
printf 'not a database\n' >"$tmp/text.db"
expect_error 1 "text file as database" "text.db is not a weekplan database (not an SQLite file)" -- $WEEKPLAN --db "$tmp/text.db" campaigns
tests=$((tests + 1))
[ "$(cat "$tmp/text.db")" = "not a database" ] && ok "the text file is untouched" || fail "the text file was changed"
head -c 8192 "$db" >"$tmp/cut.db"
dd if=/dev/urandom of="$tmp/cut.db" bs=1024 seek=2 count=6 conv=notrunc 2>/dev/null
"$WEEKPLAN" --db "$tmp/cut.db" campaigns >"$tmp/out" 2>"$tmp/err"
status=$?
tests=$((tests + 1))
if [ "$status" -ne 0 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q '^weekplan: ' "$tmp/err"; then
	ok "corrupt database: $(cat "$tmp/err")"
else
	fail "corrupt database: status $status, stderr: $(cat "$tmp/err")"
fi

# A database the user may read but not write. Root can write anything, so
# under root the check runs as nobody (setpriv), otherwise as the user.
ro="$tmp/ro"
mkdir -p "$ro"
cp "$db" "$ro/plans.db"
chmod 0755 "$tmp" "$ro"
chmod 0444 "$ro/plans.db"
as_user=""
if [ "$(id -u)" -eq 0 ]; then
	if command -v setpriv >/dev/null 2>&1; then
		as_user="setpriv --reuid=nobody --regid=nogroup --clear-groups"
	fi
fi
if [ "$(id -u)" -ne 0 ] || [ -n "$as_user" ]; then
	expect_error 1 "read-only database" "read-only" -- $as_user "$WEEKPLAN" --db "$ro/plans.db" import "$top_srcdir/data/plans/000-luzhai-2026.json"
	"$WEEKPLAN" --db "$db" campaigns >"$tmp/want"
	expect_status 0 "reading a read-only database" -- $as_user "$WEEKPLAN" --db "$ro/plans.db" campaigns &&
		if cmp -s "$tmp/out" "$tmp/want"; then ok "reading a read-only database"; else
			fail "reading a read-only database: $(cat "$tmp/out")"; fi
fi

# --- core: a database name that keeps nothing is refused --------------------
expect_error 2 "empty --db" "--db: an empty name" -- "$WEEKPLAN" --db "" import "$plan"
expect_error 2 "--db :memory:" "--db: ':memory:' keeps nothing" -- "$WEEKPLAN" --db :memory: import "$plan"
expect_error 2 "--db=:memory:" "--db: ':memory:' keeps nothing" -- "$WEEKPLAN" --db=:memory: campaigns
[ ! -e ":memory:" ] || fail "--db :memory: created a file"
# --- end core: database names ------------------------------------------------

# --- core: --from without --to ends relative to --from ----------------------
# Today 2022-01-01: a --from in 2023 is past the default end (today + 365).
expect_status 0 "unit --from in the future" -- "$WEEKPLAN" --db "$db" --today 2022-01-01 unit 区法院 --from 2023-04-01 &&
	if grep -q "报送有奖竞答" "$tmp/out"; then ok "unit --from in the future"; else fail "unit --from: $(cat "$tmp/out")"; fi
expect_status 0 "conflicts --from in the future" -- "$WEEKPLAN" --db "$db" --today 2022-01-01 conflicts --from 2026-01-01 &&
	ok "conflicts --from in the future"
# --- end core: --from without --to -------------------------------------------

# --- core: a database in a directory the user may not write -----------------
# The file itself is writable, but SQLite cannot create its -wal and -shm
# files there: reading must still work, and writing must say why it cannot.
rodir="$tmp/rodir"
mkdir -p "$rodir"
cp "$db" "$rodir/plans.db"
if [ "$(id -u)" -eq 0 ]; then
	chmod 0666 "$rodir/plans.db" # root owns the directory: nobody cannot write it
	chmod 0755 "$rodir"
else
	chmod 0644 "$rodir/plans.db"
	chmod 0555 "$rodir"
fi
if [ "$(id -u)" -ne 0 ] || [ -n "$as_user" ]; then
	R="$as_user $WEEKPLAN --db $rodir/plans.db --today 2023-04-10"
	for c in campaigns agenda deadlines conflicts "matrix 荣昌" "unit 区法院" "export 荣昌"; do
		# shellcheck disable=SC2086
		"$WEEKPLAN" --db "$db" --today 2023-04-10 $c >"$tmp/want" 2>&1
		# shellcheck disable=SC2086
		if expect_status 0 "read-only directory: $c" -- $R $c; then
			tests=$((tests + 1))
			if cmp -s "$tmp/out" "$tmp/want" && [ -s "$tmp/out" ]; then
				ok "read-only directory: $c reads what a writable copy holds"
			else
				fail "read-only directory: $c: $(diff "$tmp/want" "$tmp/out" | head -5)"
			fi
		fi
	done
	# shellcheck disable=SC2086
	expect_error 1 "read-only directory: import" "read-only" -- $R import "$top_srcdir/data/plans/002-linxia-2024.json"
	[ ! -e "$rodir/plans.db-wal" ] || fail "read-only directory: a -wal file appeared"
fi
chmod 0755 "$rodir"
# --- end core: read-only directory -------------------------------------------

# --- calendar import: a bad file is refused whole, naming its line -----------
K="$WEEKPLAN --db $tmp/calendar.db"
$K calendar holidays 2027 >"$tmp/cal.before" 2>&1
printf '2027-01-01\toff\t元旦\n2027-01-02\toff\n' >"$tmp/cal-fields.tsv"
printf '2027-01-01\toff\t元旦\n2027-02-29\toff\t春节\n' >"$tmp/cal-date.tsv"
printf '2027-01-01\toff\t元旦\n2027-01-02\toff\t元旦\n2027-01-01\toff\t元旦\n' >"$tmp/cal-twice.tsv"
printf '2027-01-01\toff\t元旦\n2027-01-02\toff\t\324\252\265\251\n' >"$tmp/cal-gbk.tsv"
printf '2027-01-01\toff\t元旦\n2027-02-10\twork\t春节\n' >"$tmp/cal-weekday.tsv"
head -c 300000 /dev/zero | tr '\0' '#' >"$tmp/cal-huge.tsv"
expect_error 1 "calendar import: missing field" "cal-fields.tsv: line 2: expected date, kind and name separated by tabs" -- $K calendar import "$tmp/cal-fields.tsv"
expect_error 1 "calendar import: bad date" "cal-date.tsv: line 2: invalid date '2027-02-29'" -- $K calendar import "$tmp/cal-date.tsv"
expect_error 1 "calendar import: day twice" "cal-twice.tsv: line 3: 2027-01-01 is already listed on line 1" -- $K calendar import "$tmp/cal-twice.tsv"
expect_error 1 "calendar import: not UTF-8" "cal-gbk.tsv: line 2: not UTF-8 text" -- $K calendar import "$tmp/cal-gbk.tsv"
expect_error 1 "calendar import: make-up weekday" "line 2: 2027-02-10 is a weekday" -- $K calendar import "$tmp/cal-weekday.tsv"
expect_error 1 "calendar import: huge" "larger than 262144 bytes" -- $K calendar import "$tmp/cal-huge.tsv"
expect_error 1 "calendar import: no file" "No such file" -- $K calendar import "$tmp/nothing.tsv"
expect_error 1 "calendar import: no argument" "usage: weekplan calendar import FILE" -- $K calendar import
tests=$((tests + 1))
$K calendar holidays 2027 >"$tmp/cal.after" 2>&1
if cmp -s "$tmp/cal.before" "$tmp/cal.after" && grep -q provisional "$tmp/cal.after"; then
	ok "calendar import: refused files stored nothing (2027 is still provisional)"
else
	fail "calendar import: a refused file changed the calendar: $(diff "$tmp/cal.before" "$tmp/cal.after" | head -5)"
fi

# --- the same errors in Chinese under zh_CN.UTF-8 ----------------------------
if have_zh_locale; then
	Z="env -u LC_ALL LANG=zh_CN.UTF-8 $WEEKPLAN --db $db --today 2026-04-20"
	expect_error 2 "zh: month 13" "日期“2026-13-01”无效：没有 13 月" -- $Z agenda --from 2026-13-01
	expect_error 1 "zh: unknown campaign" "没有与“杭州”相符的方案" -- $Z matrix 杭州
	expect_error 2 "zh: unknown command" "未知命令“frob”" -- $Z frob
	expect_error 2 "zh: unknown option" "未知选项“--bogus”" -- $Z agenda --bogus
	expect_error 2 "zh: bad number" "不是 0 到 3660 之间的整数" -- $Z deadlines --within x
	expect_error 2 "zh: range backwards" "日期范围的结束早于开始" -- $Z agenda --from 2026-04-30 --to 2026-04-01
	expect_error 2 "zh: export format" "格式“pdf”不是" -- $Z export 荣昌 --format pdf
fi

finish
