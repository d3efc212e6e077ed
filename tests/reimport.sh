#!/bin/sh
# reimport.sh - a corrected notice read again with import-notice --update:
# the clerk's edit and the recorded submission survive, the notice's
# corrections arrive, --dry-run changes nothing, and the exit statuses.
. "${top_srcdir:-.}/tests/lib.sh"
# The clerk's edit is made as the planner makes it, on the stored row;
# weekplan has no command line for editing an activity.
command -v sqlite3 >/dev/null 2>&1 || { echo "SKIP: sqlite3 is not installed"; exit 77; }
db="$tmp/plans.db"
W="$WEEKPLAN --db $db --today 2025-04-10"
notice="$top_srcdir/tests/fixtures/notices/variant-short.txt"

# check NAME FILE TEXT: FILE holds the line TEXT (a fixed string).
check() {
	tests=$((tests + 1))
	grep -qxF -- "$3" "$2" && ok "$1" || fail "$1: no line '$3' in: $(cat "$2")"
}
# check_not NAME FILE TEXT: no line of FILE holds TEXT.
check_not() {
	tests=$((tests + 1))
	grep -qF -- "$3" "$2" && fail "$1: '$3' in: $(cat "$2")" || ok "$1"
}

expect_status 0 "import the notice" -- $W import-notice "$notice"
# The clerk's work: 各区县知识产权局 sent its plan (deadline 1), and the
# training (三) moved to the library.
expect_status 0 "record a submission" -- $W submit 1 各区县知识产权局 --on 2025-04-15
sqlite3 "$db" "UPDATE activity SET location = '市图书馆', revision = revision + 1 WHERE number = '三'"

# The corrected notice: another place for the opening (一), another for
# the training (三, a conflict with the clerk's), and a new 五 before the
# white paper, which becomes 六.
sed -e 's/在市民广场举行/在市体育馆举行/' -e 's/在市行政中心开展/在市会展中心开展/' \
	-e 's/^（五）发布白皮书/（五）知识产权竞赛。4月24日，在市科技馆举行。\n（六）发布白皮书/' \
	"$notice" >"$tmp/corrected.txt"

expect_status 1 "a plain re-import is refused" -- $W import-notice "$tmp/corrected.txt"
check "the refusal points to --update" "$tmp/err" \
	"weekplan: $tmp/corrected.txt: campaign '2025年某某市知识产权宣传周活动方案' is already stored (id 1): use --update 1 to merge the plan into it, keeping its edits and submissions, or --replace to replace it"

$W export 1 >"$tmp/before.json"
expect_status 5 "a dry run with a conflict exits 5" -- \
	$W import-notice "$tmp/corrected.txt" --update 1 --dry-run
cp "$tmp/out" "$tmp/dry"
check "the dry run lists the notice's correction" "$tmp/dry" \
	"  from the notice: activity 一: location: 市民广场 -> 市体育馆"
check "the dry run lists the conflict" "$tmp/dry" \
	"  conflict: activity 三: location: 市图书馆 (the notice: 市会展中心)"
check "the dry run lists the renumbering" "$tmp/dry" \
	"  from the notice: activity 五: number: 五 -> 六"
check "the dry run lists the new activity" "$tmp/dry" \
	"  from the notice: activity 五: (none) -> 五 知识产权竞赛"
check "the dry run counts the submission kept" "$tmp/dry" "  1 submission kept"
check "the dry run says it stored nothing" "$tmp/dry" \
	"would update campaign 1: 2025年某某市知识产权宣传周活动方案 (nothing stored)"
$W export 1 >"$tmp/after-dry.json"
tests=$((tests + 1))
cmp -s "$tmp/before.json" "$tmp/after-dry.json" && ok "the dry run changed nothing" ||
	fail "the dry run changed the campaign: $(diff "$tmp/before.json" "$tmp/after-dry.json")"

expect_status 5 "the update with a conflict exits 5" -- \
	$W import-notice "$tmp/corrected.txt" --update 1
check "the update says what it did" "$tmp/out" \
	"updated campaign 1: 2025年某某市知识产权宣传周活动方案"
$W --format tsv agenda --from 2025-04-20 --to 2025-04-30 >"$tmp/agenda"
check_not "the notice's new place arrived" "$tmp/agenda" "市民广场"
tests=$((tests + 4))
grep -q "启动仪式.*市体育馆" "$tmp/agenda" && ok "the opening moved" || fail "the opening: $(cat "$tmp/agenda")"
grep -q "专利代理培训.*市图书馆" "$tmp/agenda" && ok "the clerk's place was kept" ||
	fail "the training: $(cat "$tmp/agenda")"
grep -q "	五	知识产权竞赛" "$tmp/agenda" && ok "the new activity arrived" ||
	fail "no 五 知识产权竞赛: $(cat "$tmp/agenda")"
grep -q "	六	发布白皮书" "$tmp/agenda" && ok "the white paper is 六" ||
	fail "no 六 发布白皮书: $(cat "$tmp/agenda")"
$W export 1 >"$tmp/after.json"
check "the submission survived" "$tmp/after.json" '        "各区县知识产权局": "2025-04-15"'
check "one campaign, not two" "$tmp/after.json" '  "title": "2025年某某市知识产权宣传周活动方案",'
tests=$((tests + 1))
[ "$($W --format tsv campaigns | wc -l)" -eq 1 ] && ok "still one campaign" || fail "campaigns: $($W campaigns)"

# The corrected notice is now the base: reading it again keeps the
# clerk's place without a conflict.
expect_status 0 "reading the same notice again exits 0" -- \
	$W import-notice "$tmp/corrected.txt" --update 1
check "the clerk's place is reported kept" "$tmp/out" \
	"  kept: activity 三: location: 市图书馆 (the notice: 市会展中心)"

# A plan file merges the same way.
sed -e 's/"theme": "知识产权保护"/"theme": "严格保护"/' "$tmp/after.json" >"$tmp/plan.json"
expect_status 0 "import --update merges a plan file" -- $W import "$tmp/plan.json" --update 1
check "the plan's change is listed" "$tmp/out" "  from the notice: theme: 知识产权保护 -> 严格保护"

expect_status 2 "--update and --replace exclude each other" -- \
	$W import-notice "$tmp/corrected.txt" --update 1 --replace
expect_status 2 "import --dry-run needs --update" -- $W import "$tmp/plan.json" --dry-run
expect_status 1 "an unknown campaign is an error" -- \
	$W import-notice "$tmp/corrected.txt" --update 99 --dry-run

# --replace still throws the clerk's work away, as asked.
expect_status 0 "--replace replaces" -- $W import-notice "$tmp/corrected.txt" --replace
id=$(sed -n 's/^imported campaign \([0-9]*\): .*/\1/p' "$tmp/out")
expect_status 0 "export the replaced campaign" -- $W export "$id"
check_not "--replace dropped the submission" "$tmp/out" '"各区县知识产权局": "2025-04-15"'
check "--replace dropped the clerk's place" "$tmp/out" '      "location": "市会展中心",'

if have_zh_locale; then
	expect_status 0 "the change list in Chinese" -- env -u LC_ALL LANG=zh_CN.UTF-8 \
		$W import "$tmp/plan.json" --update "$id" --dry-run
	check "the Chinese change list" "$tmp/out" "  采用通知: 主题: 知识产权保护 -> 严格保护"
fi
finish
