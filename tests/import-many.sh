#!/bin/sh
# import-many.sh - `weekplan import` of many plan files in one run: each
# plan all or nothing on its own, so a bad file keeps only itself out,
# is named, and makes the exit status non-zero.
. "${top_srcdir:-.}/tests/lib.sh"
plans="$top_srcdir/data/plans"
W="$WEEKPLAN --db $tmp/many.db"

# A directory with three good plans and, in the middle by name, a plan
# that is valid JSON but wrong at its second activity: its first
# activity must not be left behind either.
mkdir "$tmp/dir"
cp "$plans/000-luzhai-2026.json" "$plans/001-chaoyang-2026.json" "$tmp/dir/"
cp "$plans/004-rongchang-2023.json" "$tmp/dir/009-rongchang.json"
# (the period's end is the first "end": "2026-04-26", activity 2's the second)
awk '/"end": "2026-04-26"/ && ++n == 2 { sub(/2026-04-26/, "2026-04-19") } { print }' \
	"$plans/001-chaoyang-2026.json" | sed 's/2026年朝阳市/2026年坏朝阳市/' >"$tmp/dir/005-bad.json"
printf 'not a plan\n' >"$tmp/dir/notes.txt" # not *.json: not read

expect_status 1 "a directory with one bad plan" -- $W import "$tmp/dir"
[ "$(grep -c '^imported campaign ' "$tmp/out")" -eq 3 ] &&
	grep -q '^imported campaign 1: 2026年全国知识产权宣传周鹿寨县活动方案$' "$tmp/out" &&
	grep -q '^imported campaign 2: 2026年朝阳市知识产权宣传周活动方案$' "$tmp/out" &&
	grep -q '^imported campaign 3: 荣昌区2023年' "$tmp/out" &&
	ok "the three good plans are stored, one line each" ||
	fail "stored lines: $(cat "$tmp/out")"
grep -q "005-bad.json: activity 2 (二): 'end' is before 'start'" "$tmp/err" &&
	grep -q "1 of 4 plans was refused; the others are stored" "$tmp/err" &&
	[ "$(wc -l <"$tmp/err")" -eq 2 ] &&
	ok "the bad plan is named, with its place, and counted" ||
	fail "stderr: $(cat "$tmp/err")"
expect_status 0 "campaigns" -- $W campaigns
grep -q 坏朝阳 "$tmp/out" && fail "the refused plan left a campaign: $(cat "$tmp/out")" ||
	ok "nothing of the refused plan is stored"
[ "$(grep -c 知识产权宣传周 "$tmp/out")" -eq 3 ] && ok "three campaigns stored" ||
	fail "campaigns: $(cat "$tmp/out")"

# Files and a directory mixed, in the order given; an already stored
# plan is refused, the new one after it still stored.
expect_status 1 "files after a refused one" -- $W import "$plans/000-luzhai-2026.json" \
	"$plans/002-linxia-2024.json" "$tmp/nope.json"
[ "$(wc -l <"$tmp/out")" -eq 1 ] && grep -q '临夏' "$tmp/out" && ok "the new plan is stored" ||
	fail "stdout: $(cat "$tmp/out")"
grep -q "000-luzhai-2026.json: campaign .* is already stored" "$tmp/err" &&
	grep -q "nope.json: No such file or directory" "$tmp/err" &&
	grep -q "2 of 3 plans were refused" "$tmp/err" &&
	ok "both refusals named" || fail "stderr: $(cat "$tmp/err")"

# --replace applies to each; all good: status 0, no summary line.
expect_status 0 "--replace of two" -- $W import --replace "$plans/000-luzhai-2026.json" \
	"$plans/002-linxia-2024.json"
[ "$(wc -l <"$tmp/out")" -eq 2 ] && [ ! -s "$tmp/err" ] && ok "two replaced, nothing on stderr" ||
	fail "stdout: $(cat "$tmp/out") stderr: $(cat "$tmp/err")"

mkdir "$tmp/empty"
expect_status 1 "an empty directory" -- $W import "$tmp/empty"
grep -q "no plan files" "$tmp/err" && ok "an empty directory is said" || fail "$(cat "$tmp/err")"
expect_status 2 "--update takes one file" -- $W import --update 1 "$plans/000-luzhai-2026.json" \
	"$plans/002-linxia-2024.json"

finish
