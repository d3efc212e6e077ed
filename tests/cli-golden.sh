#!/bin/sh
# cli-golden.sh - the command line's output on the bundled plans, compared
# with reviewed files under tests/golden/. After an intended change, run
# "make update-golden" and review the diff.
. "${top_srcdir:-.}/tests/lib.sh"
golden="$top_srcdir/tests/golden"

# case NAME [env VAR=VALUE...] -- ARGS...: one weekplan run on the demo data.
case_() {
	name=$1
	shift
	tests=$((tests + 1))
	"$@" >"$tmp/out" 2>&1
	echo "[exit $?]" >>"$tmp/out"
	if [ -n "${UPDATE_GOLDEN:-}" ]; then
		cp "$tmp/out" "$golden/$name.txt"
		echo "updated $name"
	elif ! diff -u "$golden/$name.txt" "$tmp/out" >"$tmp/diff"; then
		fail "$name differs from tests/golden/$name.txt:"
		cat "$tmp/diff" >&2
	else
		ok "$name"
	fi
}

W="$WEEKPLAN --demo --today 2026-04-20"
case_ help $WEEKPLAN --help
case_ help-deadlines $WEEKPLAN deadlines --help
case_ campaigns $W campaigns
case_ campaigns-tsv $W campaigns --format tsv
case_ agenda-week $W agenda --week 2026-04-20
case_ agenda-default $W agenda
case_ agenda-tsv $W agenda --from 2026-04-17 --to 2026-04-22 --format tsv
case_ agenda-linxia $W agenda --from 2024-04-15 --to 2024-04-30
case_ deadlines-within $W deadlines --within 14
case_ deadlines-tsv $W deadlines --within 14 --format tsv
case_ deadlines-overdue $WEEKPLAN --demo --today 2023-04-20 deadlines --overdue
case_ deadlines-unit $WEEKPLAN --demo --today 2023-04-10 deadlines --unit 区法院
# a campaign's every deadline, the one without a date apart, however far
case_ deadlines-campaign $W deadlines 朝阳
case_ deadlines-campaign-tsv $W deadlines --campaign 朝阳 --format tsv
case_ deadlines-campaign-later $WEEKPLAN --demo --today 2020-01-06 deadlines 荣昌
case_ matrix-rongchang $W matrix 荣昌
case_ matrix-tsv $W matrix 朝阳 --format tsv
# roles through a group on its members' rows (c: through 组委会成员单位)
case_ matrix-chaoyang $W matrix 朝阳
case_ unit-bureau $W unit 区市场监管局 --from 2023-04-01 --to 2023-05-31
case_ check-all $W check
case_ check-rongchang $W check 荣昌
case_ check-tsv $W check --format tsv
case_ holidays-2026 $W calendar holidays 2026
case_ holidays-2027 $W calendar holidays 2027
case_ calendar-add $W calendar add 2026-04-26 2

# Next year's arrangement, entered by hand, then declared known.
C="$WEEKPLAN --db $tmp/calendar.db"
$C calendar set 2027-05-03 off 劳动节 && $C calendar set 2027-04-25 work 劳动节
case_ calendar-2027-entered $C calendar holidays 2027
$C calendar known 2027
case_ calendar-2027-known $C calendar holidays 2027

# A plan for 2027 before the State Council's notice: its due dates count the
# provisional holidays, and check and deadlines say so. Then the notice (a
# made-up one: a make-up Saturday) is imported and replaces them.
P="$WEEKPLAN --db $tmp/provisional.db --today 2027-04-20"
$P import "$top_srcdir/data/plans/001-chaoyang-2026.json" >/dev/null
$P clone 朝阳 --year 2027 >/dev/null
case_ check-provisional $P check 2027年朝阳
case_ deadlines-provisional $P deadlines --within 14
printf 'date\tkind\tname\n2027-04-05\toff\t清明节\n2027-05-01\toff\t劳动节\n2027-05-02\toff\t劳动节\n2027-05-03\toff\t劳动节\n2027-05-04\toff\t劳动节\n2027-05-05\toff\t劳动节\n2027-04-25\twork\t劳动节\n' >"$tmp/2027.tsv"
case_ calendar-import $P calendar import "$tmp/2027.tsv"
case_ calendar-2027-imported $P calendar holidays 2027
case_ check-imported $P check 2027年朝阳

# Reading notices: the plan read from a seed, and the report of a real import.
N="$top_srcdir/tests/fixtures/notices"
case_ notice-dry-run-rongchang $W import-notice "$N/004_59eee309cb3bfcb9.txt" --dry-run
case_ notice-import-linxia $WEEKPLAN --db "$tmp/notices.db" --today 2024-04-20 import-notice "$N/002_f3eb5e40a0807c49.txt"
case_ notice-then-agenda $WEEKPLAN --db "$tmp/notices.db" agenda --week 2024-04-22
# rules relative to an activity's end and to the campaign's start, resolved
$WEEKPLAN --db "$tmp/relative.db" import-notice "$N/variant-requirements.txt" >/dev/null 2>&1
case_ notice-relative-deadlines $WEEKPLAN --db "$tmp/relative.db" --today 2025-04-01 deadlines --within 40

# Conflicts: one unit leading two timed activities at once, across plans.
$WEEKPLAN --db "$tmp/conflicts.db" import "$top_srcdir/tests/fixtures/plans/conflict-a.json" >/dev/null
$WEEKPLAN --db "$tmp/conflicts.db" import "$top_srcdir/tests/fixtures/plans/conflict-b.json" >/dev/null
case_ conflicts $WEEKPLAN --db "$tmp/conflicts.db" --today 2026-04-01 conflicts
case_ conflicts-tsv $WEEKPLAN --db "$tmp/conflicts.db" --today 2026-04-01 conflicts --format tsv
case_ conflicts-none $W conflicts

# A committee with vice-chairs (副主任单位): ranked after the chair.
V="$WEEKPLAN --db $tmp/vice.db --today 2026-05-18"
$V import "$top_srcdir/tests/fixtures/plans/vice-chair.json" >/dev/null
case_ matrix-vice-chair $V matrix 科技活动周
case_ matrix-vice-chair-tsv $V matrix 科技活动周 --format tsv

# Next year's plan: 荣昌 (2023) copied to 2024, with what to review; the
# copy as a plan file (dates moved, title's year, no document number, issue
# date or submissions: one submission is recorded in the original first).
case_ clone-rongchang $W clone 荣昌 --year 2024
K="$WEEKPLAN --db $tmp/clone.db --today 2024-04-20"
$K import "$top_srcdir/data/plans/004-rongchang-2023.json" >/dev/null
$K submit 1 区法院 --on 2023-04-12 >/dev/null
$K clone 荣昌 --year 2024 >/dev/null
case_ clone-rongchang-export $K export 荣昌区2024
# A rule in working days resolved again in 2024's calendar: 朝阳's 报送总结
# (2 working days after the end, 26 April) is due Monday 29 April, the
# make-up Sunday 28 April counting; and 2027, whose holidays are not known.
$K import "$top_srcdir/data/plans/001-chaoyang-2026.json" >/dev/null
$K clone 朝阳 --year 2024 >/dev/null
case_ clone-chaoyang-deadlines $K deadlines --campaign 2024年朝阳 --within 14
case_ clone-chaoyang-2027 $K clone 2026年朝阳 --year 2027 --format tsv
case_ clone-refused $K clone 荣昌区2023 --year 2024

# Groups of units. 朝阳's 报送总结 (deadline #3) is owed by 组委会成员单位:
# the committee's 18 member units, each counted. The bundled plans are
# imported in the --demo order, so the ids are the demo's.
case_ group-deadlines-none $WEEKPLAN --demo --today 2026-04-27 deadlines
G="$WEEKPLAN --db $tmp/groups.db --today 2026-04-27"
for f in "$top_srcdir"/data/plans/*.json; do $G import "$f" >/dev/null; done
for u in 市委宣传部 市科技局 朝阳海关; do $G submit 3 "$u"; done
case_ group-deadlines-three $G deadlines
case_ group-remind $G remind
case_ group-unit $G unit 市科技局 --to 2026-05-31
case_ group-committee $G group 组委会成员单位
case_ group-add $G group 各县区局 --add 双塔区局 龙城区局 北票市局
case_ group-remove $G group 各县区局 --remove 龙城区局
case_ group-list $G group
case_ group-committee-refused $G group 组委会成员单位 --add 市科技局
case_ group-submit-refused $G submit 3 双塔区局

# Chinese output needs the zh_CN.UTF-8 locale; without it these cases
# would silently print English, so they are skipped and say so.
if have_zh_locale; then
	ZH="env -u LC_ALL LANG=zh_CN.UTF-8"
	case_ agenda-zh $ZH $W agenda --week 2026-04-20
	case_ deadlines-zh $ZH $W deadlines --within 14
	case_ matrix-luzhai-zh $ZH $W matrix 鹿寨
	case_ matrix-vice-chair-zh $ZH $V matrix 科技活动周
	case_ check-zh $ZH $W check 鹿寨
	case_ clone-zh $ZH $W clone 濮阳 --year 2025
	case_ help-zh $ZH $WEEKPLAN agenda --help
	# the notice reader's report of what it guessed, in Chinese
	case_ notice-import-zh $ZH $WEEKPLAN --db "$tmp/notices-zh.db" --today 2025-04-16 \
		import-notice "$top_srcdir/tests/fixtures/notices/variant-short.txt"
else
	echo "SKIP: Chinese cases (no zh_CN.UTF-8 locale: run locale-gen)"
	[ -n "${CI:-}" ] && fail "CI must have the zh_CN.UTF-8 locale"
fi

# Export gives back the bundled file itself.
for f in "$top_srcdir"/data/plans/*.json; do
	tests=$((tests + 1))
	title=$(sed -n 's/^  "title": "\(.*\)",$/\1/p' "$f")
	if $W export "$title" | cmp -s - "$f"; then
		ok "export $(basename "$f")"
	else
		fail "export of '$title' differs from $f"
	fi
done

finish
