#!/bin/sh
# csv-injection.sh - a plan whose unit, title or place begins with = + - @
# (a formula a spreadsheet would run) comes out of every csv as text: with
# a leading apostrophe, in the matrix, the agenda, the campaigns and the
# export, and the quotes and commas of the value read back exactly.
. "${top_srcdir:-.}/tests/lib.sh"

cat >"$tmp/plan.json" <<'PLAN'
{"weekplan_plan": 1, "title": "=测试宣传周", "region": "测试县", "issued_on": "2026-04-01",
 "period": {"start": "2026-04-20", "end": "2026-04-26"},
 "activities": [
  {"no": "一", "title": "=HYPERLINK(\"http://example.invalid\",\"点此\")", "start": "2026-04-22",
   "time": "09:00", "location": "+礼堂, 二楼", "lead": ["=县市场监管局"],
   "cooperate": ["@县教育局", "-3"]},
  {"no": "二", "title": "普通活动", "start": "2026-04-23", "lead": ["县市场监管局"]}]}
PLAN
P="$WEEKPLAN --db $tmp/plan.db --today 2026-04-20"
$P import "$tmp/plan.json" >/dev/null || { fail "importing the plan"; finish; exit; }

# has NAME FILE TEXT: FILE holds TEXT (a fixed string).
has() {
	tests=$((tests + 1))
	if grep -qF -- "$3" "$2"; then ok "$1"; else fail "$1: no $3 in: $(cat "$2")"; fi
}

$P matrix 测试 --format csv >"$tmp/matrix.csv"
has "matrix: unit =… prefixed" "$tmp/matrix.csv" "'=县市场监管局,,lead,"
has "matrix: unit @… prefixed" "$tmp/matrix.csv" "'@县教育局,"
has "matrix: unit -3 prefixed" "$tmp/matrix.csv" "'-3,"
$P agenda --week 2026-04-20 --format csv >"$tmp/agenda.csv"
has "agenda: title =… prefixed and quoted" "$tmp/agenda.csv" \
	",\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"点此\"\")\","
has "agenda: place +… prefixed" "$tmp/agenda.csv" ",\"'+礼堂, 二楼\","
has "agenda: lead =… prefixed" "$tmp/agenda.csv" ",'=县市场监管局,"
$P campaigns --format csv >"$tmp/campaigns.csv"
has "campaigns: title =… prefixed" "$tmp/campaigns.csv" ",'=测试宣传周"
$P export 测试 --format csv >"$tmp/export.csv"
has "export: title =… prefixed" "$tmp/export.csv" ",\"'=HYPERLINK("
has "export: lead =… prefixed" "$tmp/export.csv" ",'=县市场监管局,"
has "export: cooperating units @… prefixed" "$tmp/export.csv" ",'@县教育局、-3"

# Read back as a spreadsheet would: no cell begins with a formula
# character, and the value after the apostrophe is the stored text.
if command -v python3 >/dev/null 2>&1; then
	tests=$((tests + 1))
	if python3 -c '
import csv, sys
cells = []
for path in sys.argv[1:]:
    with open(path, newline="", encoding="utf-8-sig") as f:
        cells += [c for row in csv.reader(f) for c in row]
bad = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
assert not bad, bad
assert "'\''=HYPERLINK(\"http://example.invalid\",\"点此\")" in cells
assert "'\''+礼堂, 二楼" in cells
' "$tmp/matrix.csv" "$tmp/agenda.csv" "$tmp/campaigns.csv" "$tmp/export.csv" 2>"$tmp/err"; then
		ok "no cell reads as a formula; values read back exactly"
	else
		fail "a cell reads as a formula: $(cat "$tmp/err")"
	fi
else
	echo "SKIP: read-back (python3 is not installed)"
fi

finish
