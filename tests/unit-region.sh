#!/bin/sh
# unit-region.sh - a unit named alike in two regions: the CLI lists them
# as NAME (REGION) and takes that spelling back (half- or full-width
# brackets) to name one, instead of leaving the user no way to choose.
. "${top_srcdir:-.}/tests/lib.sh"
W="$WEEKPLAN --db $tmp/u.db --today 2023-04-20"
plan="$top_srcdir/data/plans/004-rongchang-2023.json"
sed -e 's/"region": "荣昌区"/"region": "某某区"/' -e 's/"title": "荣昌区/"title": "某某区/' "$plan" >"$tmp/other.json"
expect_status 0 "import" -- $W import "$plan" "$tmp/other.json"
unit=区检察院

expect_status 1 "an ambiguous unit" -- $W unit "$unit"
grep -qF "'$unit' matches 2 units: $unit (某某区); $unit (荣昌区) (name one as NAME (REGION))" "$tmp/err" &&
	[ "$(wc -l <"$tmp/err")" -eq 1 ] && ok "an ambiguous unit lists each with its region, and how to name one" ||
	fail "stderr: $(cat "$tmp/err")"

expect_status 0 "the unit in 荣昌区" -- $W unit "$unit (荣昌区)" --format tsv
cp "$tmp/out" "$tmp/luzhai.tsv"
grep -q 荣昌区 "$tmp/luzhai.tsv" && ! grep -q 某某区 "$tmp/luzhai.tsv" &&
	ok "NAME (REGION) names the unit of that region" ||
	fail "output: $(cat "$tmp/luzhai.tsv")"
expect_status 0 "the unit in 某某区" -- $W unit "$unit（某某区）" --format tsv
grep -q 某某区 "$tmp/out" && ! grep -q 荣昌区 "$tmp/out" &&
	ok "NAME（REGION） with full-width brackets names the other" ||
	fail "output: $(cat "$tmp/out")"

# the same spelling for every command that takes a unit
expect_status 0 "deadlines --unit" -- $W deadlines --unit "$unit (荣昌区)" --within 60 &&
	grep -q 荣昌区 "$tmp/out" && ! grep -q 某某区 "$tmp/out" &&
	ok "deadlines --unit takes NAME (REGION)" || fail "deadlines: $(cat "$tmp/out" "$tmp/err")"
expect_status 1 "a region with no such unit" -- $W unit "$unit (临夏州)"
grep -qF "no unit matches '$unit (临夏州)'" "$tmp/err" && ok "a wrong region is no match, said in one line" ||
	fail "stderr: $(cat "$tmp/err")"
finish
