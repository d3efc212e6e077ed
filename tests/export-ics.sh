#!/bin/sh
# export-ics.sh - weekplan export --format ics as people use it: the file
# for a campaign (compared with a reviewed golden file), the file for one
# unit, and the file imported into a real calendar program (calcurse).
# After an intended change: UPDATE_GOLDEN=1 and review the diff.
. "${top_srcdir:-.}/tests/lib.sh"
golden="$top_srcdir/tests/golden"
W="$WEEKPLAN --demo --today 2026-04-20"

# The golden file names no version: PRODID is the one line that changes
# with a release.
version=$($WEEKPLAN --version | sed 's/^weekplan //')
unversion() { sed "s|^PRODID:-//weekplan//weekplan $version//ZH|PRODID:-//weekplan//weekplan VERSION//ZH|" "$1"; }

tests=$((tests + 1))
if ! $W export 荣昌 --format ics -o "$tmp/rongchang.ics" 2>"$tmp/err"; then
	fail "export 荣昌 --format ics: $(cat "$tmp/err")"
elif [ -n "${UPDATE_GOLDEN:-}" ]; then
	unversion "$tmp/rongchang.ics" >"$golden/export-rongchang.ics"
	echo "updated export-rongchang.ics"
elif unversion "$tmp/rongchang.ics" | cmp -s - "$golden/export-rongchang.ics"; then
	ok "荣昌 as ics is tests/golden/export-rongchang.ics"
else
	fail "荣昌 as ics differs from tests/golden/export-rongchang.ics:"
	unversion "$tmp/rongchang.ics" | tr -d '\r' | diff -u "$golden/export-rongchang.ics" - | tr -d '\r' >&2
fi

# Standard output and -o write the same bytes; every line ends in CRLF.
tests=$((tests + 1))
$W export 荣昌 --format ics >"$tmp/stdout.ics"
if cmp -s "$tmp/stdout.ics" "$tmp/rongchang.ics"; then
	ok "standard output and -o agree"
else
	fail "export to standard output differs from -o"
fi
tests=$((tests + 1))
if [ "$(grep -c "$(printf '\r')\$" "$tmp/rongchang.ics")" -eq "$(wc -l <"$tmp/rongchang.ics")" ]; then
	ok "every line ends with CRLF"
else
	fail "some lines do not end with CRLF"
fi

# A unit that owns nothing in 朝阳: a valid calendar, named for the unit,
# without events.
if expect_status 0 "export 朝阳 --unit 市科技局" -- $W export 朝阳 --format ics --unit 市科技局 \
	-o "$tmp/a.ics"; then
	if grep -q '^BEGIN:VEVENT' "$tmp/a.ics" || ! grep -q '^END:VCALENDAR' "$tmp/a.ics" ||
		! tr -d '\r\n ' <"$tmp/a.ics" | grep -q 'X-WR-CALNAME:.*市科技局'; then
		fail "市科技局's calendar is not a valid empty calendar named for it"
	else
		ok "市科技局 owns nothing in 朝阳: an empty calendar named for it"
	fi
fi

# A unit that leads one activity in 荣昌 gets that one and no other.
if expect_status 0 "export 荣昌 --unit 河包镇人民政府" -- $W export 荣昌 --format ics \
	--unit 河包镇人民政府 -o "$tmp/hebao.ics"; then
	n=$(grep -c '^BEGIN:VEVENT' "$tmp/hebao.ics")
	all=$(grep -c '^BEGIN:VEVENT' "$tmp/rongchang.ics")
	if [ "$n" -ge 1 ] && [ "$n" -lt "$all" ] && grep -q '河包粉条' "$tmp/hebao.ics" &&
		! grep -q '知识产权视频宣传' "$tmp/hebao.ics"; then
		ok "河包镇人民政府's calendar: $n of $all events"
	else
		fail "河包镇人民政府's calendar has $n of $all events"
	fi
fi

if expect_status 1 "an unknown unit" -- $W export 荣昌 --format ics --unit 不存在的单位; then
	if grep -q '不存在的单位' "$tmp/err" && [ ! -s "$tmp/out" ]; then
		ok "an unknown unit is named in the error, and nothing is written"
	else
		fail "an unknown unit: $(cat "$tmp/err")"
	fi
fi

# Under zh_CN the labels are Chinese.
if have_zh_locale; then
	tests=$((tests + 1))
	LC_ALL=zh_CN.UTF-8 $W export 荣昌 --format ics >"$tmp/zh.ics"
	if tr -d '\r\n ' <"$tmp/zh.ics" | grep -q '牵头单位：区市场监管局' &&
		grep -q '^SUMMARY:截止：' "$tmp/zh.ics"; then
		ok "the Chinese file says 牵头单位 and 截止"
	else
		fail "the Chinese file lacks its labels"
	fi
fi

# A real calendar program reads the file: calcurse imports it, twice
# (an update, not an error), and lists the events on their days, at
# their hours in Asia/Shanghai.
if ! command -v calcurse >/dev/null 2>&1; then
	echo "SKIP (calcurse): calcurse is not installed"
	finish
	[ "$fails" -eq 0 ] && exit 77
	exit 1
fi
$W export 朝阳 --format ics -o "$tmp/chaoyang.ics"
cc="$tmp/cc"
mkdir -p "$cc"
for round in 1 2; do
	expect_status 0 "calcurse import, round $round" -- \
		env TZ=Asia/Shanghai calcurse -D "$cc" -i "$tmp/chaoyang.ics" || continue
	read_=$(sed -n 's|^\([0-9]*\) apps* / \([0-9]*\) events* / .* \([0-9]*\) skipped$|\1 \2 \3|p' "$tmp/out")
	set -- $read_
	if [ $# -ne 3 ] || [ "$3" -ne 0 ] ||
		[ $(($1 + $2)) -ne "$(grep -c '^BEGIN:VEVENT' "$tmp/chaoyang.ics")" ]; then
		fail "calcurse did not import every event: $(cat "$tmp/out")"
	else
		ok "calcurse imports, round $round: $(tail -1 "$tmp/out")"
	fi
done
expect_status 0 "calcurse lists" -- env TZ=Asia/Shanghai calcurse -D "$cc" --input-datefmt 4 \
	-Q --from 2026-04-01 --days 60
# The hour is Shanghai's when the system knows the zone calcurse is told.
hour='一、举办'
[ -f /usr/share/zoneinfo/Asia/Shanghai ] && hour='09:00 -> 10:00'
for want in "$hour" '一、举办知识产权宣传周启动仪式' '二、组织开展知识产权集中宣传活动' \
	'Due: 参加宣传周启动仪式' 'Due: 报送总结'; do
	tests=$((tests + 1))
	if grep -qF "$want" "$tmp/out"; then
		ok "calcurse shows $want"
	else
		fail "calcurse does not show $want"
	fi
done
finish
