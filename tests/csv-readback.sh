#!/bin/sh
# csv-readback.sh - what --format csv writes reads back, with python3's csv
# module (as a spreadsheet or a script would), as the same facts as
# --format tsv: the matrix's units, committee roles and lead/cooperate
# cells and totals, and the agenda's records field for field.
. "${top_srcdir:-.}/tests/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 is not installed"; exit 77; }

W="$WEEKPLAN --demo --today 2026-04-20"
V="$WEEKPLAN --db $tmp/vice.db --today 2026-05-18"
$V import "$top_srcdir/tests/fixtures/plans/vice-chair.json" >/dev/null

# compare_matrix NAME CMD...: the matrix of CMD as csv against its tsv.
compare_matrix() {
	name=$1
	shift
	tests=$((tests + 1))
	"$@" --format csv >"$tmp/m.csv" && "$@" --format tsv >"$tmp/m.tsv" || {
		fail "$name: the matrix command failed"
		return
	}
	if python3 -c '
import csv, sys
raw = open(sys.argv[1], "rb").read()
assert raw.startswith(b"\xef\xbb\xbf"), "no byte-order mark"
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    rows = list(csv.reader(f))
head, body = rows[0], rows[1:]
assert head[:2] == ["Unit", "Committee role"], head
assert head[-2:] == ["Leads", "Cooperates"], head
numbers = [h.split(" ", 1)[0] for h in head[2:-2]]
cells, roles = set(), {}
for r in body:
    assert len(r) == len(head), r
    roles[r[0]] = r[1]
    marks = r[2:-2]
    assert set(marks) <= {"", "lead", "cooperate"}, marks
    assert int(r[-2]) == marks.count("lead"), r
    assert int(r[-1]) == marks.count("cooperate"), r
    cells |= {(r[0], n, m) for n, m in zip(numbers, marks) if m}
label = {"chair": "chair", "vice_chair": "vice-chair", "member": "member",
         "office": "office", "": ""}
want = set()
for line in open(sys.argv[2], encoding="utf-8"):
    unit, rank, number, role = line.rstrip("\n").split("\t")
    want.add((unit, number, role))
    assert roles.get(unit) == label[rank], (unit, rank, roles.get(unit))
assert cells == want, (sorted(cells ^ want))
assert len(cells) > 0
' "$tmp/m.csv" "$tmp/m.tsv" 2>"$tmp/err"; then
		ok "$name: same units, roles and cells as tsv"
	else
		fail "$name: csv and tsv disagree: $(cat "$tmp/err")"
	fi
}

compare_matrix "matrix 荣昌" $W matrix 荣昌
compare_matrix "matrix 朝阳" $W matrix 朝阳
compare_matrix "matrix with vice-chairs" $V matrix 科技活动周

# The agenda: the same records as tsv, but for "dated", which csv words
# for people (yes/no).
tests=$((tests + 1))
A="$W agenda --from 2022-01-01 --to 2026-12-31"
$A --format csv >"$tmp/a.csv" && $A --format tsv >"$tmp/a.tsv"
if python3 -c '
import csv, re, sys
def untsv(v):
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r"}.get(m[1], m[1]), v)
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    rows = list(csv.reader(f))
head, body = rows[0], rows[1:]
assert head[0] == "Start date" and len(head) == 12, head
tsv = [[untsv(v) for v in l.rstrip("\n").split("\t")] for l in open(sys.argv[2], encoding="utf-8")]
assert len(body) == len(tsv) > 0, (len(body), len(tsv))
for c, t in zip(body, tsv):
    t[2] = {"dated": "yes", "undated": "no"}[t[2]]
    assert c == t, (c, t)
' "$tmp/a.csv" "$tmp/a.tsv" 2>"$tmp/err"; then
	ok "agenda: same records as tsv"
else
	fail "agenda: csv and tsv disagree: $(cat "$tmp/err")"
fi

# deadlines: days left are numbers a spreadsheet can sort, negative when
# overdue, never prefixed with an apostrophe.
tests=$((tests + 1))
$WEEKPLAN --demo --today 2023-04-28 deadlines --within 30 --format csv >"$tmp/d.csv"
if python3 -c '
import csv, sys
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    rows = list(csv.reader(f))
left = [int(r[1]) for r in rows[1:]]
assert any(n < 0 for n in left), left
' "$tmp/d.csv" 2>"$tmp/err"; then
	ok "deadlines: days left are plain numbers, overdue negative"
else
	fail "deadlines: days left do not read as numbers: $(cat "$tmp/err")"
fi

finish
