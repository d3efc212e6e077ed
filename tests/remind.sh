#!/bin/sh
# remind.sh - weekplan remind (催报): the reports still owed, unit by unit,
# with their contacts, as text and as one mail per unit; its exit status.
. "${top_srcdir:-.}/tests/lib.sh"
wp() { "$WEEKPLAN" "$@"; }

# A plan whose units have contacts of their own, and reports due soon.
db="$tmp/remind.db"
cat >"$tmp/plan.json" <<'JSON'
{"weekplan_plan": 1, "title": "测试县2026年知识产权宣传周活动方案", "region": "测试县",
 "organizer": "县市场监管局", "period": {"start": "2026-04-20", "end": "2026-04-26"},
 "activities": [{"no": "一", "title": "启动仪式", "start": "2026-04-20", "end": "2026-04-20",
   "lead": ["县市场监管局"], "cooperate": ["县公安局", "县教育局"]}],
 "deadlines": [
   {"what": "报送活动总结", "rule": "4月29日前", "due": "2026-04-29",
    "who": ["县公安局", "县教育局"], "submitted": {"县教育局": "2026-04-27"},
    "submit_to": "scjgj@example.cn"},
   {"what": "报送宣传照片", "rule": "4月22日前", "due": "2026-04-22", "who": ["县公安局"]},
   {"what": "报送明年计划", "rule": "12月1日前", "due": "2026-12-01", "who": ["县教育局"]}],
 "contacts": [{"name": "王一", "phone": "0772-1234567", "email": "gaj@example.cn", "unit": "县公安局"},
   {"name": "丁伟", "phone": "13800000000", "unit": "县市场监管局"}]}
JSON
expect_status 0 "import the plan" -- wp --db "$db" import "$tmp/plan.json"

# 2026-04-27 (Mon): 报送宣传照片 overdue, 报送活动总结 due Wed, within 3
# working days; 县教育局 has sent its summary; 明年计划 is months away.
expect_status 4 "remind with reports owed exits 4" -- wp --db "$db" --today 2026-04-27 remind
cp "$tmp/out" "$tmp/text"
tests=$((tests + 5))
[ "$(head -1 "$tmp/text")" = "县公安局  (contact 王一 0772-1234567 gaj@example.cn)" ] &&
	ok "the unit with its contact" || fail "unit line: $(head -1 "$tmp/text")"
grep -q "OVERDUE 3 working days  #2 报送宣传照片" "$tmp/text" && ok "overdue, in working days" ||
	fail "the overdue report is not listed: $(cat "$tmp/text")"
grep -q "2 working days left  #1 报送活动总结" "$tmp/text" && ok "due soon" ||
	fail "the report due Wednesday is not listed"
! grep -q "县教育局" "$tmp/text" && ok "a unit that sent its report is not chased" ||
	fail "县教育局 sent its summary but is listed"
[ "$(grep -n '#2' "$tmp/text" | cut -d: -f1)" -lt "$(grep -n '#1' "$tmp/text" | cut -d: -f1)" ] &&
	ok "most urgent first" || fail "reports not in due order"

expect_status 0 "nothing owed exits 0" -- wp --db "$db" --today 2026-04-10 remind --within 1
tests=$((tests + 1))
grep -q "Nothing owed" "$tmp/out" && ok "says nothing is owed" || fail "no 'Nothing owed' line"
expect_status 4 "--within reaches further" -- wp --db "$db" --today 2026-11-20 remind --within 10
tests=$((tests + 1))
grep -q "县教育局" "$tmp/out" && grep -q "报送明年计划" "$tmp/out" && ok "--within 10 finds 12月1日" ||
	fail "--within 10 misses the report due 2026-12-01"
expect_status 0 "--unit keeps one unit's" -- wp --db "$db" --today 2026-04-27 remind --unit 县教育局

# One mail per unit, parsed back by Python's email package.
mkdir "$tmp/mail"
expect_status 4 "mail" -- wp --db "$db" --today 2026-04-27 remind --format mail --to-dir "$tmp/mail" \
	--from office@example.cn
tests=$((tests + 1))
[ "$(find "$tmp/mail" -name '*.eml' | wc -l)" -eq 1 ] && ok "one message per unit owing" ||
	fail "expected one message, got $(ls "$tmp/mail")"
if command -v python3 >/dev/null 2>&1; then
	tests=$((tests + 1))
	if python3 - "$tmp/mail"/*.eml <<'PY'
import email, email.header, email.policy, sys
raw = open(sys.argv[1], 'rb').read()
for line in raw.split(b'\r\n\r\n', 1)[0].split(b'\r\n'):
    assert len(line) <= 78 and line.isascii(), line
m = email.message_from_bytes(raw, policy=email.policy.default)
assert m['To'] == 'gaj@example.cn', m['To']
assert m['From'] == 'office@example.cn'
assert '县公安局' in str(m['Subject']), m['Subject']
body = m.get_content()
assert '报送宣传照片' in body and '报送活动总结' in body and 'scjgj@example.cn' in body, body
PY
	then ok "the message parses: headers ASCII and short, subject and body Chinese"
	else fail "the message does not parse as expected"
	fi
fi

# CSV: a record per report owed, the unit's contact on it, for a spreadsheet
expect_status 4 "csv" -- wp --db "$db" --today 2026-04-27 remind --format csv
if command -v python3 >/dev/null 2>&1; then
	tests=$((tests + 1))
	if python3 - "$tmp/out" <<'PY'
import csv, sys
raw = open(sys.argv[1], 'rb').read()
assert raw.startswith(b'\xef\xbb\xbf') and b'\r\n' in raw
rows = list(csv.reader(raw.decode('utf-8-sig').splitlines()))
assert rows[0][:4] == ['Unit', 'Contact', 'Phone', 'Email'], rows[0]
owed = [r for r in rows[1:] if r]
assert len(owed) == 2 and all(r[0] == '县公安局' and r[1] == '王一' for r in owed), owed
assert sorted(r[5] for r in owed) == ['报送宣传照片', '报送活动总结'], owed
PY
	then ok "csv: the header, and one record per report owed"
	else fail "the csv does not read back as expected"
	fi
fi

expect_status 2 "an unknown format" -- wp --db "$db" remind --format pdf
expect_status 2 "mail needs --to-dir" -- wp --db "$db" remind --format mail
expect_status 2 "--to-dir needs mail" -- wp --db "$db" remind --to-dir "$tmp"
expect_status 1 "an unknown unit" -- wp --db "$db" remind --unit 不存在的单位
finish
