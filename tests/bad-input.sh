#!/bin/sh
# bad-input.sh - text that would command the user's terminal never reaches
# it: C1 controls (U+009B is CSI) and bidi overrides (U+202E) are dropped
# from a notice, refused in a plan file, and escaped when an old database
# holds them. Outputs are compared byte for byte (cmp), not by eye.
. "${top_srcdir:-.}/tests/lib.sh"
N="$top_srcdir/tests/fixtures/notices/variant-short.txt"
plan="$top_srcdir/data/plans/004-rongchang-2023.json"
CSI=$(printf '\302\233') RLO=$(printf '\342\200\256') LRI=$(printf '\342\201\246')
NEL=$(printf '\302\205') ESC=$(printf '\033')

# same NAME FILE EXPECTED: FILE must equal EXPECTED byte for byte.
same() {
	tests=$((tests + 1))
	if cmp "$2" "$3" >"$tmp/cmp" 2>&1; then
		ok "$1"
	else
		fail "$1: $(cat "$tmp/cmp"); got:"
		od -c "$2" | head -20 >&2
	fi
}

# none NAME FILE: FILE holds no C1 control, bidi override/isolate or ESC.
none() {
	tests=$((tests + 1))
	if LC_ALL=C grep -q -e "$CSI" -e "$RLO" -e "$LRI" -e "$NEL" -e "$ESC" "$2"; then
		fail "$1: a control character reached the output:"
		od -c "$2" | LC_ALL=C grep -e '302 233' -e '342 200 256' -e '033' | head -5 >&2
	else
		ok "$1 holds no control character"
	fi
}

# ---- a notice carrying them: the reader drops them ------------------------
# In the title, an activity, a place and a unit name.
sed -e "s/宣传周活动方案/宣传周${CSI}活动${RLO}方案/" \
	-e "s/启动仪式/启动${CSI}[2J仪式${LRI}/" -e "s/市民广场/市民${NEL}广场${RLO}/" \
	-e "s/市中级人民法院/市中级${RLO}人民法院/" "$N" >"$tmp/crafted.txt"
tests=$((tests + 1))
LC_ALL=C grep -q "$CSI" "$tmp/crafted.txt" && LC_ALL=C grep -q "$RLO" "$tmp/crafted.txt" &&
	ok "the crafted notice carries U+009B and U+202E" || fail "the crafted notice is not crafted"

for which in clean crafted; do
	src=$N
	[ $which = crafted ] && src="$tmp/crafted.txt"
	W="$WEEKPLAN --db $tmp/$which.db --today 2025-04-20"
	$W import-notice "$src" >"$tmp/$which.import" 2>&1 || fail "$which notice not imported"
	$W import-notice "$src" --dry-run >"$tmp/$which.dry-run" 2>/dev/null
	$W campaigns >"$tmp/$which.campaigns"
	$W campaigns --format tsv >"$tmp/$which.campaigns-tsv"
	$W agenda --week 2025-04-20 >"$tmp/$which.agenda"
	$W agenda --week 2025-04-20 --format tsv >"$tmp/$which.agenda-tsv"
	$W deadlines --within 30 >"$tmp/$which.deadlines"
	$W matrix 1 >"$tmp/$which.matrix"
	$W matrix 1 --format tsv >"$tmp/$which.matrix-tsv"
	$W check >"$tmp/$which.check"
	$W export 1 >"$tmp/$which.export"
done
# "[2J" is left of the CSI: it is plain text, and only in the crafted plan.
for out in import dry-run campaigns campaigns-tsv agenda agenda-tsv deadlines matrix matrix-tsv check export; do
	none "notice: $out" "$tmp/crafted.$out"
	sed 's/\[2J//' "$tmp/crafted.$out" >"$tmp/crafted.$out.2j"
	same "notice: $out as from the clean notice" "$tmp/crafted.$out.2j" "$tmp/clean.$out"
done

# ---- a plan file carrying them: refused, naming the field, nothing stored --
db="$tmp/plans.db"
W="$WEEKPLAN --db $db --today 2023-04-20"
$W import "$plan" >/dev/null || fail "the bundled plan is not imported"
$W export 荣昌 >"$tmp/before.json"
refused() { # refused NAME MESSAGE FILE
	expect_status 1 "$1" -- $W import "$3" || return
	tests=$((tests + 1))
	if [ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -qF -- "$2" "$tmp/err"; then
		ok "$1: $(cat "$tmp/err")"
	else
		fail "$1: expected one line with '$2', got: $(cat "$tmp/err")"
	fi
	none "$1: the error" "$tmp/err"
}
sed -e "s/\"荣昌区2023年知识产权宣传周活动方案\"/\"荣昌区2024${CSI}[2J年\"/" "$plan" >"$tmp/c1-title.json"
refused "U+009B in the title" "plan: 'title' contains a control character (U+009B)" "$tmp/c1-title.json"
sed -e "s/荣昌区2023/荣昌区2024/" -e "s/\"知识产权网络媒体宣传\"/\"知识产权网络${RLO}媒体宣传\"/" "$plan" >"$tmp/bidi-activity.json"
refused "U+202E in an activity title" "activity 2 (二): 'title' contains a bidirectional control character (U+202E)" "$tmp/bidi-activity.json"
sed -e "s/荣昌区2023/荣昌区2024/" -e "s/\"区融媒体中心\"/\"区融${RLO}媒体中心\"/" "$plan" >"$tmp/bidi-unit.json"
refused "U+202E in a unit name" "activity 1 (一): 'cooperate' item 1 contains a bidirectional control character (U+202E)" "$tmp/bidi-unit.json"
sed -e "s/荣昌区2023/荣昌区2024/" -e 's/"荣昌电视台、/"荣昌\\u009b电视台、/' "$plan" >"$tmp/escaped.json"
refused "U+009B written as \\u009b" "activity 1 (一): 'location' contains a control character (U+009B)" "$tmp/escaped.json"
$W export 荣昌 >"$tmp/after.json"
same "nothing stored changed" "$tmp/after.json" "$tmp/before.json"
tests=$((tests + 1))
[ "$($W campaigns --format tsv | wc -l)" -eq 1 ] && ok "one campaign stored" || fail "a refused plan was stored"

# ---- the same plan under LANG=C: the Chinese bytes pass through intact ------
# A C (ASCII) locale must neither escape nor mangle UTF-8 text: every
# output equals the one under C.UTF-8 byte for byte.
W="$WEEKPLAN --db $db --today 2023-04-20"
for cmd in "agenda --week 2023-04-17" "agenda --week 2023-04-17 --format tsv" "campaigns" \
	"deadlines --within 30" "matrix 荣昌" "unit 区市场监管局" "check" "export 荣昌"; do
	$W $cmd >"$tmp/utf8.out" 2>&1
	env LANG=C LC_ALL=C $W $cmd >"$tmp/c.out" 2>&1
	same "LANG=C: $cmd" "$tmp/c.out" "$tmp/utf8.out"
done
# The title's bytes spelt out, so that the check does not rest on the
# C.UTF-8 output being right: 荣昌区 is e8 8d a3 e6 98 8c e5 8c ba.
env LANG=C LC_ALL=C $W campaigns --format tsv | cut -f5 >"$tmp/out"
printf '\350\215\243\346\230\214\345\214\2722023\345\271\264' >"$tmp/want"
head -c 16 "$tmp/out" >"$tmp/got"
same "LANG=C: the title's first bytes (荣昌区2023年)" "$tmp/got" "$tmp/want"

# ---- a plan with a UTF-8 byte-order mark, notices in UTF-16 -----------------
# Windows editors save plans with a BOM and notices as "Unicode" (UTF-16
# with a BOM): they import as the same campaign as the plain UTF-8 file.
{ printf '\357\273\277'; cat "$plan"; } >"$tmp/bom.json"
for which in plain bom; do
	src=$plan
	[ $which = bom ] && src="$tmp/bom.json"
	W="$WEEKPLAN --db $tmp/$which-plan.db --today 2023-04-20"
	expect_status 0 "import a $which JSON plan" -- $W import "$src" && ok "import a $which JSON plan"
	$W export 1 >"$tmp/$which-plan.export"
	$W agenda --week 2023-04-17 --format tsv >"$tmp/$which-plan.agenda"
done
same "a JSON plan with a BOM: export" "$tmp/bom-plan.export" "$tmp/plain-plan.export"
same "a JSON plan with a BOM: agenda" "$tmp/bom-plan.agenda" "$tmp/plain-plan.agenda"
expect_status 0 "a JSON plan with a BOM from stdin" -- \
	$WEEKPLAN --db "$tmp/stdin-plan.db" import - <"$tmp/bom.json" && ok "a JSON plan with a BOM from stdin"

notices="$top_srcdir/tests/fixtures/notices"
utf8="$notices/003_1ac52fcfac32619d.txt"
tests=$((tests + 1))
[ "$(head -c 2 "$notices/003.utf16le.txt" | od -An -tx1 | tr -d ' ')" = fffe ] &&
	[ "$(head -c 2 "$notices/003.utf16be.txt" | od -An -tx1 | tr -d ' ')" = feff ] &&
	ok "the UTF-16 fixtures start with their byte-order marks" ||
	fail "the UTF-16 fixtures lack their byte-order marks"
for enc in utf8 utf16le utf16be; do
	src=$utf8
	[ $enc = utf8 ] || src="$notices/003.$enc.txt"
	W="$WEEKPLAN --db $tmp/notice-$enc.db --today 2024-04-01"
	expect_status 0 "import-notice in $enc" -- $W import-notice "$src" && ok "import-notice in $enc"
	# The report names the file; the rest of it is compared.
	sed "s|$src|NOTICE|g" "$tmp/out" >"$tmp/notice-$enc.import"
	$W export 1 >"$tmp/notice-$enc.export"
	$W campaigns --format tsv >"$tmp/notice-$enc.campaigns"
done
for enc in utf16le utf16be; do
	for out in import export campaigns; do
		same "a $enc notice: $out as from UTF-8" "$tmp/notice-$enc.$out" "$tmp/notice-utf8.$out"
	done
done

# ---- an old database holding them: escaped wherever they are printed ------
if ! command -v sqlite3 >/dev/null 2>&1; then
	echo "SKIP: the old-database checks need the sqlite3 tool"
	[ "$fails" -eq 0 ] && exit 77
	finish
fi
cp "$db" "$tmp/old.db"
W="$WEEKPLAN --db $tmp/old.db --today 2023-04-20"
$W campaigns >"$tmp/old.campaigns.clean"
$W campaigns --format tsv >"$tmp/old.campaigns-tsv.clean"
$W agenda --week 2023-04-17 --format tsv >"$tmp/old.agenda-tsv.clean"
$W agenda --week 2023-04-17 >"$tmp/old.agenda.clean"
$W matrix 1 >"$tmp/old.matrix.clean"
sqlite3 "$tmp/old.db" "UPDATE campaign SET title = title || char(155) || '[2J' || char(8238);
	UPDATE activity SET title = 'a' || char(9) || 'b' || char(10) || 'c\\d' || char(27) || ']0;x'
		|| char(7) WHERE number = '二';
	UPDATE unit SET name = '区' || char(8238) || '城管局' || char(155) WHERE name = '区城管局';" ||
	fail "sqlite3 could not change the old database"
t=荣昌区2023年知识产权宣传周活动方案
$W campaigns >"$tmp/out" 2>&1
sed "s/$t/$t<U+009B>[2J<U+202E>/" "$tmp/old.campaigns.clean" >"$tmp/want"
same "old database: campaigns" "$tmp/out" "$tmp/want"
$W campaigns --format tsv >"$tmp/out" 2>&1
sed "s/$t/$t\\\\u009b[2J\\\\u202e/" "$tmp/old.campaigns-tsv.clean" >"$tmp/want"
same "old database: campaigns tsv" "$tmp/out" "$tmp/want"
# A tab and a newline in a title keep the row whole; a backslash doubles.
$W agenda --week 2023-04-17 --format tsv >"$tmp/out" 2>&1
sed -e "s/$t/$t\\\\u009b[2J\\\\u202e/" -e 's/\t知识产权网络媒体宣传\t/\ta\\tb\\nc\\\\d\\u001b]0;x\\u0007\t/' \
	-e 's/区城管局/区\\u202e城管局\\u009b/g' "$tmp/old.agenda-tsv.clean" >"$tmp/want"
same "old database: agenda tsv" "$tmp/out" "$tmp/want"
$W agenda --week 2023-04-17 >"$tmp/out" 2>&1
sed -e 's/  知识产权网络媒体宣传$/  a\tb\nc\\d<U+001B>]0;x<U+0007>/' \
	-e 's/区城管局/区<U+202E>城管局<U+009B>/g' "$tmp/old.agenda.clean" >"$tmp/want"
same "old database: agenda" "$tmp/out" "$tmp/want"
for cmd in "deadlines --within 30" "matrix 1" "matrix 1 --format tsv" "check" "check --format tsv" \
	"unit 区市场监管局" "export 1" "import-notice $tmp/crafted.txt --dry-run"; do
	$W $cmd >"$tmp/out" 2>&1
	none "old database: $cmd" "$tmp/out"
done
$W export 1 >"$tmp/out"
tests=$((tests + 1))
grep -qF '"title": "荣昌区2023年知识产权宣传周活动方案\u009b[2J\u202e"' "$tmp/out" &&
	ok "export writes \\u009b, exact JSON" || fail "export: $(grep '"title"' "$tmp/out" | head -1)"
# An error that quotes stored text is escaped too.
$W unit 城管局 >"$tmp/out" 2>"$tmp/err"
none "old database: an error quoting a unit" "$tmp/err"
$W matrix 'x'"$CSI" >"$tmp/out" 2>"$tmp/err"
printf "weekplan: no campaign matches 'x<U+009B>' (see 'weekplan campaigns')\n" >"$tmp/want"
same "an argument quoted in an error" "$tmp/err" "$tmp/want"

finish
