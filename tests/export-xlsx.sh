#!/bin/sh
# export-xlsx.sh - weekplan export --format xlsx writes a workbook Excel
# opens: read back with openpyxl, its sheets say what weekplan's own
# commands say (the matrix, the plan's activities and deadlines), it is
# set up for printing, and a workbook that cannot be written is an error
# that leaves nothing behind.
. "${top_srcdir:-.}/tests/lib.sh"

# The first Python that has openpyxl (python3-openpyxl): a python3 of a
# virtual environment found first on PATH may not.
py=
for candidate in python3 /usr/bin/python3; do
	if "$candidate" -c 'import openpyxl' >/dev/null 2>&1; then
		py=$candidate
		break
	fi
done
[ -n "$py" ] || { echo "SKIP: python3-openpyxl is not installed"; exit 77; }

W="$WEEKPLAN --demo --today 2026-04-20"

# check_py NAME SCRIPT ARGS...: runs a Python check; it prints what is
# wrong and exits non-zero, or exits 0.
check_py() {
	name=$1 script=$2
	shift 2
	tests=$((tests + 1))
	if "$py" - "$@" <"$script" >"$tmp/py.out" 2>&1; then
		ok "$name"
	else
		fail "$name: $(cat "$tmp/py.out")"
	fi
}

for c in 朝阳 荣昌; do
	expect_status 0 "export $c" -- $W export "$c" --format xlsx -o "$tmp/$c.xlsx" &&
		ok "export $c writes a workbook"
done

# ---- sheet names, in the C locale and in Chinese ---------------------------
cat >"$tmp/names.py" <<'EOF'
import sys, openpyxl
want = sys.argv[2:]
got = openpyxl.load_workbook(sys.argv[1]).sheetnames
if got != want:
    sys.exit("sheets %r, expected %r" % (got, want))
EOF
check_py "sheet names (C)" "$tmp/names.py" "$tmp/朝阳.xlsx" \
	Schedule Responsibilities Submissions Committee Contacts
if have_zh_locale; then
	expect_status 0 "export in Chinese" -- env LC_ALL=zh_CN.UTF-8 LANG=zh_CN.UTF-8 \
		$W export 荣昌 --format xlsx -o "$tmp/zh.xlsx" &&
		check_py "sheet names (zh_CN)" "$tmp/names.py" "$tmp/zh.xlsx" \
			活动安排 分工表 报送情况 组委会 联系人
else
	echo "skipped: the Chinese sheet names (no zh_CN.UTF-8 locale)"
fi

# ---- the responsibility matrix is the one weekplan matrix shows ------------
$W matrix 荣昌 --format tsv >"$tmp/matrix.tsv"
cat >"$tmp/matrix.py" <<'EOF'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Responsibilities"]
rows = [list(r) for r in ws.iter_rows(values_only=True)]
head = next(i for i, r in enumerate(rows) if r[0] == "Unit")
header = rows[head]
# Activity columns: headed "NUMBER TITLE", between the committee role
# and the two totals.
acts = {h.split(" ", 1)[0]: c for c, h in enumerate(header) if c >= 2 and h and " " in h}
units = [r[0] for r in rows[head + 1:] if r[0]]
cells = {}
order = []
for line in open(sys.argv[2], encoding="utf-8"):
    unit, rank, number, role = line.rstrip("\n").split("\t")
    cells[(unit, number)] = {"lead": "Lead", "cooperate": "Coop."}[role]
    if unit not in order:
        order.append(unit)
if not cells:
    sys.exit("weekplan matrix printed no cells")
# The tsv lists the units that have a cell, in the matrix's order.
listed = [u for u in units if u in order]
if listed != order:
    sys.exit("unit order %r, weekplan matrix says %r" % (listed, order))
by_unit = {r[0]: r for r in rows[head + 1:] if r[0]}
for unit in units:
    for number, col in acts.items():
        want = cells.get((unit, number))
        got = by_unit[unit][col]
        if got != want:
            sys.exit("%s x %s: %r, weekplan matrix says %r" % (unit, number, got, want))
    lead = sum(1 for n in acts if cells.get((unit, n)) == "Lead")
    coop = sum(1 for n in acts if cells.get((unit, n)) == "Coop.")
    if by_unit[unit][-2:] != [lead, coop]:
        sys.exit("%s totals %r, expected %r" % (unit, by_unit[unit][-2:], [lead, coop]))
if len(acts) < 2:
    sys.exit("only %d activity columns" % len(acts))
# Frozen below the headings and right of the unit and role; A4 landscape,
# one page wide, the heading row on every page.
if ws.freeze_panes != "C3":
    sys.exit("freeze panes at %r" % ws.freeze_panes)
ps = ws.page_setup
if ps.orientation != "landscape" or str(ps.paperSize) != "9":
    sys.exit("page %r %r, expected landscape A4 (9)" % (ps.orientation, ps.paperSize))
if not ws.sheet_properties.pageSetUpPr.fitToPage or str(ps.fitToWidth or 1) != "1" \
        or str(ps.fitToHeight) != "0":
    sys.exit("not fit to one page wide: %r x %r" % (ps.fitToWidth, ps.fitToHeight))
if ws.print_title_rows != "$2:$2":
    sys.exit("repeated rows %r" % ws.print_title_rows)
EOF
check_py "the matrix sheet is weekplan matrix's, printed landscape" "$tmp/matrix.py" \
	"$tmp/荣昌.xlsx" "$tmp/matrix.tsv"

# ---- the schedule and the submissions are the plan's -----------------------
cat >"$tmp/plan.py" <<'EOF'
import sys, json, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
plan = json.load(open(sys.argv[2], encoding="utf-8"))
today = datetime.datetime(2026, 4, 20)

ws = wb["Schedule"]
rows = [list(r) for r in ws.iter_rows(values_only=True)]
if rows[0][0] != plan["title"]:
    sys.exit("title row %r" % rows[0][0])
if rows[1][0] != "No." or ws.freeze_panes != "A3":
    sys.exit("heading %r frozen at %r" % (rows[1], ws.freeze_panes))
if ws.page_setup.orientation != "landscape" or not ws.sheet_properties.pageSetUpPr.fitToPage \
        or ws.print_title_rows != "$2:$2":
    sys.exit("the schedule does not print landscape, one page wide, headings repeated")
got = [(r[0], r[1], r[4]) for r in rows[2:]]
want = [(a["no"], a["title"], a["location"]) for a in plan["activities"]]
if got != want:
    sys.exit("schedule %r, the plan has %r" % (got, want))
for r, a in zip(rows[2:], plan["activities"]):
    if a["start"] and not r[2].startswith(a["start"] + " ("):
        sys.exit("dates %r for %s" % (r[2], a["start"]))
    if a["end"] and a["end"] != a["start"] and " to " + a["end"] not in r[2]:
        sys.exit("dates %r do not end %s" % (r[2], a["end"]))
    if not a["start"] and r[2] != "undated":
        sys.exit("dates %r for an undated activity" % r[2])
    if (r[5] or "") != "、".join(a["lead"]) or (r[6] or "") != "、".join(a["cooperate"]):
        sys.exit("units %r %r, the plan has %r %r" % (r[5], r[6], a["lead"], a["cooperate"]))

ws = wb["Submissions"]
rows = [list(r) for r in ws.iter_rows(values_only=True)][2:]
pairs = [(d["what"], w) for d in plan["deadlines"] for w in (d["who"] or [None])]
if [(r[0], r[3]) for r in rows] != pairs:
    sys.exit("submissions %r, the plan has %r" % ([(r[0], r[3]) for r in rows], pairs))
for r in rows:
    d = next(d for d in plan["deadlines"] if d["what"] == r[0])
    # A date of the plan, one resolved from a rule relative to the
    # period (after the campaign), or none.
    if d["due"]:
        ok = r[1] == datetime.datetime.fromisoformat(d["due"])
    elif d["relative"]:
        ok = isinstance(r[1], datetime.datetime)
    else:
        ok = r[1] == "undated"
    if not ok:
        sys.exit("%s: due %r, the plan says %r %r" % (r[0], r[1], d["due"], d["relative"]))
    dated = isinstance(r[1], datetime.datetime)
    want_status = "overdue" if dated and r[1] < today else "pending"
    if r[4] != want_status:
        sys.exit("%s: due %r %r, expected %r" % (r[0], r[1], r[4], want_status))
    if r[2] != d["rule"]:
        sys.exit("%s: rule %r, the plan has %r" % (r[0], r[2], d["rule"]))
EOF
for c in 朝阳 荣昌; do
	$W export "$c" >"$tmp/$c.json"
	check_py "schedule and submissions of $c are the plan's" "$tmp/plan.py" \
		"$tmp/$c.xlsx" "$tmp/$c.json"
done

# ---- committee and contacts ------------------------------------------------
cat >"$tmp/people.py" <<'EOF'
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
plan = json.load(open(sys.argv[2], encoding="utf-8"))
c = plan["committee"]
want = [("chair", u) for u in c["chair"]] + [("vice-chair", u) for u in c["vice_chair"]] + \
    [("member", u) for u in c["members"]] + [("office", u) for u in c["office"]]
got = [tuple(r) for r in wb["Committee"].iter_rows(min_row=3, values_only=True)]
if got != want:
    sys.exit("committee %r, the plan has %r" % (got, want))
want = [(p["name"], p["phone"], p["email"], p["unit"], p["activity"]) for p in plan["contacts"]]
got = [tuple(r) for r in wb["Contacts"].iter_rows(min_row=3, values_only=True)]
if got != want or not want:
    sys.exit("contacts %r, the plan has %r" % (got, want))
EOF
check_py "committee and contacts of 朝阳 are the plan's" "$tmp/people.py" \
	"$tmp/朝阳.xlsx" "$tmp/朝阳.json"

# ---- --unit cuts the schedule and the submissions --------------------------
expect_status 0 "export --unit" -- $W export 荣昌 --format xlsx --unit 区林业局 \
	-o "$tmp/unit.xlsx"
cat >"$tmp/unit.py" <<'EOF'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
sched = [r for r in wb["Schedule"].iter_rows(min_row=3, values_only=True)]
if [r[0] for r in sched] != ["三"]:
    sys.exit("schedule of 区林业局: %r" % [r[0] for r in sched])
subs = [r for r in wb["Submissions"].iter_rows(min_row=3, values_only=True)]
if [r[3] for r in subs] != ["区林业局"]:
    sys.exit("submissions of 区林业局: %r" % [r[3] for r in subs])
EOF
check_py "--unit keeps what the unit leads, cooperates in and owes" "$tmp/unit.py" \
	"$tmp/unit.xlsx"

# ---- a submission, and text no workbook may hold ---------------------------
db="$tmp/plans.db"
D="$WEEKPLAN --db $db --today 2026-04-20"
$D import "$top_srcdir/data/plans/001-chaoyang-2026.json" >/dev/null
$D submit 3 组委会成员单位 --on 2026-04-16 >/dev/null
# An old database may hold what import refuses: ESC, a C1 CSI and a bidi
# override (bytes that are not UTF-8 are the unit test's: the share reads
# the plan through JSON, which never holds them).
sqlite3 "$db" "UPDATE activity SET title = title || char(27) || '[31m' || char(155) \
	|| char(8238) || '尾' WHERE number = '一'" 2>/dev/null ||
	echo "skipped: the control characters (no sqlite3)"
expect_status 0 "export a database with control characters" -- \
	$D export 朝阳 --format xlsx -o "$tmp/db.xlsx"
cat >"$tmp/db.py" <<'EOF'
import sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
title = wb["Schedule"]["B3"].value
if any(ord(ch) < 0x20 or 0x7f <= ord(ch) <= 0x9f or 0x202a <= ord(ch) <= 0x202e for ch in title):
    sys.exit("control character in %r" % title)
if not title.startswith("举办知识产权宣传周启动仪式") or not title.endswith("尾"):
    sys.exit("title %r" % title)
rows = [r for r in wb["Submissions"].iter_rows(min_row=3, values_only=True)]
done = [r for r in rows if r[0] == "报送总结"]
if not done or done[0][4] != "submitted" or done[0][5] != datetime.datetime(2026, 4, 16):
    sys.exit("the submitted report reads %r" % (done,))
EOF
check_py "a submission, and no control character reaches the workbook" "$tmp/db.py" \
	"$tmp/db.xlsx"

# ---- errors ----------------------------------------------------------------
expect_status 2 "xlsx without -o" -- $W export 荣昌 --format xlsx &&
	if [ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q -- "-o FILE" "$tmp/err"; then
		ok "xlsx without -o: $(cat "$tmp/err")"
	else
		fail "xlsx without -o: expected one line asking for -o FILE, got: $(cat "$tmp/err")"
	fi

mkdir "$tmp/ro"
chmod 555 "$tmp/ro"
if touch "$tmp/ro/probe" 2>/dev/null; then
	# root writes anywhere: a directory that does not exist fails the same way.
	rm -f "$tmp/ro/probe"
	target="$tmp/missing/plan.xlsx"
else
	target="$tmp/ro/plan.xlsx"
fi
expect_status 1 "unwritable directory" -- $W export 荣昌 --format xlsx -o "$target" &&
	if [ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q -- "$target: " "$tmp/err"; then
		ok "unwritable directory: $(cat "$tmp/err")"
	else
		fail "unwritable directory: expected one line naming $target, got: $(cat "$tmp/err")"
	fi
tests=$((tests + 1))
if [ -n "$(ls -A "$tmp/ro")" ]; then
	fail "a failed export left $(ls -A "$tmp/ro") behind"
else
	ok "a failed export leaves no file behind"
fi
chmod 755 "$tmp/ro"

# Written beside the target, renamed over it at the end: when the rename
# fails (the target is a directory), the written file goes too.
mkdir "$tmp/outdir"
expect_status 1 "target is a directory" -- $W export 荣昌 --format xlsx -o "$tmp/outdir" &&
	ok "target is a directory: $(cat "$tmp/err")"
tests=$((tests + 1))
left=$(ls -d "$tmp"/outdir.* 2>/dev/null)
[ -z "$left" ] && ok "no temporary workbook is left beside it" || fail "left behind: $left"

finish
