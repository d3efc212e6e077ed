#!/bin/sh
# tui-screens.sh - drives the real planner in tmux at fixed sizes, sends
# keys, and compares the screen (capture-pane) with reviewed text files
# under tests/screens/. After an intended change: make update-golden.
# Every check waits (bounded) for the state it expects, so a slow machine
# cannot fail it; to try that, run it with a slowed planner:
#   WEEKPLAN="valgrind -q --log-file=/tmp/vg.%p $PWD/weekplan" top_srcdir=. sh tests/tui-screens.sh
. "${top_srcdir:-.}/tests/lib.sh"
screens="$top_srcdir/tests/screens"
command -v tmux >/dev/null 2>&1 || { echo "SKIP: tmux is not installed"; exit 77; }
have_zh_locale || { echo "SKIP: no zh_CN.UTF-8 locale (run locale-gen)"; exit 77; }

# Each planner runs on a tmux server of its own: reusing a server right
# after kill-server races with its shutdown.
run=0
sock="weekplan-test-$$-0"
T() { tmux -L "$sock" "$@"; }
trap 'i=0; while [ $i -le $run ]; do tmux -L "weekplan-test-$$-$i" kill-server 2>/dev/null; i=$((i + 1)); done; rm -rf "$tmp"' EXIT

# start COLS ROWS [VAR=VALUE...] -- ARGS: a fresh planner in a new session.
# When it ends, its exit status goes to $tmp/exit.N (see wait_exit).
start() {
	cols=$1 rows=$2
	shift 2
	envs=""
	while [ "$1" != "--" ]; do envs="$envs $1"; shift; done
	shift
	T kill-server 2>/dev/null
	run=$((run + 1))
	sock="weekplan-test-$$-$run"
	T -f /dev/null new-session -d -x "$cols" -y "$rows" \
		"env LC_ALL= LANG=C.UTF-8 TERM=screen WEEKPLAN_LOCALEDIR=$WEEKPLAN_LOCALEDIR \
		ASAN_OPTIONS=log_path=$tmp/sanitizer UBSAN_OPTIONS=log_path=$tmp/sanitizer \
		$envs $WEEKPLAN $*; echo \$? >$tmp/exit.$run; sleep 60"
	T set-option -g status off >/dev/null
}

capture() { T capture-pane -p -t 0 >"$tmp/screen"; }

# Every wait polls every 0.1 s, at most $limit times (10 s): a slow machine
# only makes the test slower, never wrong. No check relies on a fixed delay.
limit=100

# wait_for TEXT: until the screen shows TEXT.
wait_for() {
	i=0
	while [ $i -lt $limit ]; do
		capture
		grep -qF -- "$1" "$tmp/screen" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	fail "timed out waiting for '$1'; screen was:"
	cat "$tmp/screen" >&2
	return 1
}

# wait_for_joined: as wait_for, for a message the planner may wrap over
# two lines (its length depends on a path: longer in a distcheck build).
wait_for_joined() {
	i=0
	while [ $i -lt $limit ]; do
		capture
		tr -d '\n' <"$tmp/screen" | grep -qF -- "$1" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	fail "timed out waiting for '$1' (lines joined); screen was:"
	cat "$tmp/screen" >&2
	return 1
}

# wait_change: until the screen, attributes included, differs from what it
# was at the last mark_screen (for a change that moves only a highlight).
mark_screen() { T capture-pane -e -p -t 0 >"$tmp/marked"; }
wait_change() {
	i=0
	while [ $i -lt $limit ]; do
		T capture-pane -e -p -t 0 >"$tmp/now"
		cmp -s "$tmp/marked" "$tmp/now" || return 0
		sleep 0.1
		i=$((i + 1))
	done
	fail "timed out waiting for the screen to change"
	return 1
}

# wait_exit [STATUS]: until the planner has ended; fails unless its exit
# status was STATUS (0 by default).
wait_exit() {
	i=0
	while [ $i -lt $limit ]; do
		if [ -s "$tmp/exit.$run" ]; then
			[ "$(cat "$tmp/exit.$run")" -eq "${1:-0}" ] && return 0
			fail "the planner ended with status $(cat "$tmp/exit.$run")"
			return 1
		fi
		sleep 0.1
		i=$((i + 1))
	done
	fail "timed out waiting for the planner to end"
	return 1
}

keys() { T send-keys -t 0 "$@"; }

# click COL ROW (0-based): a left-button press and release, sent as the
# X10 mouse report the terminal would send (ESC [ M b x y, offset by 32).
click() {
	x=$(printf '%x' $(($1 + 33)))
	y=$(printf '%x' $(($2 + 33)))
	T send-keys -t 0 -H 1b 5b 4d 20 "$x" "$y" 1b 5b 4d 23 "$x" "$y"
}

# snap NAME: waits until the screen equals tests/screens/NAME.txt, and
# fails with the difference if it never does. Under UPDATE_GOLDEN it waits
# for two equal captures in a row instead, and writes that screen (to be
# reviewed in the diff).
snap() {
	tests=$((tests + 1))
	i=0
	while [ $i -lt $limit ]; do
		capture
		if [ -n "${UPDATE_GOLDEN:-}" ]; then
			cmp -s "$tmp/screen" "$tmp/last" 2>/dev/null && break
			cp "$tmp/screen" "$tmp/last"
		elif cmp -s "$screens/$1.txt" "$tmp/screen"; then
			ok "$1"
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	rm -f "$tmp/last"
	if [ -n "${UPDATE_GOLDEN:-}" ]; then
		cp "$tmp/screen" "$screens/$1.txt"
		echo "updated $1"
	else
		diff -u "$screens/$1.txt" "$tmp/screen" >"$tmp/diff"
		fail "screen $1 differs from tests/screens/$1.txt:"
		cat "$tmp/diff" >&2
	fi
}

D="--demo --today 2026-04-20"

# --- English, 80x24 -----------------------------------------------------------
start 80 24 -- $D
wait_for "April 2026" && snap calendar-month-80x24
keys l l Enter
wait_for "开展宣传活动" && snap day-list-80x24
keys Down Down Down Down Enter
wait_for "Lead:" && snap activity-detail-80x24
keys Escape Escape w
wait_for "Sun 26 Apr" && snap calendar-week-80x24
keys w ']' ']'
wait_for "June 2026" && snap calendar-next-months-80x24
keys g
keys -l "2024-04-22"
keys Enter
wait_for "April 2024" && snap calendar-goto-80x24
keys t 2
wait_for "L/C" && snap matrix-80x24
keys c
wait_for "Campaigns: Enter" && keys Down Down Enter
wait_for "荣昌区2023年" && keys j j Right Right Right && snap matrix-rongchang-cursor-80x24
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25; do keys j; done
wait_for "重庆华森制药" && snap matrix-rongchang-scrolled-80x24
keys 3
wait_for "overdue," && snap deadlines-80x24
keys '?'
wait_for "Everywhere" && snap help-80x24
keys Escape /
keys -l "培训"
keys Enter
wait_for "found" && snap search-80x24
# Up in the search prompt recalls the last search.
keys Escape /
wait_for "Search:" && keys Up
tests=$((tests + 1))
wait_for "Search: 培训" && ok "Up recalls the previous search"
# A bracketed paste goes in whole: its line break does not press Enter,
# so the q after it is text, not the key that closes the list.
keys C-u
T send-keys -t 0 -H 1b 5b 32 30 30 7e 61 0a 71 1b 5b 32 30 31 7e
tests=$((tests + 1))
wait_for "Search: a q" && ok "a pasted line break is a space"
keys C-a
keys M-f C-w
tests=$((tests + 1))
wait_for "Search:  q" && ok "Alt-F and Ctrl-W edit by word"
keys Escape

# --- a message longer than the status line is never cut: it goes on above ------
start 80 24 -- $D
wait_for "April 2026" && keys i
keys -l "/nonexistent/a/rather/long/path/to/a/notice/that/nobody/ever/wrote/notice-2026.txt"
keys Enter
wait_for "No such file or directory" && snap message-long-80x24

# --- the command line on a terminal wraps long values under themselves ---------
start 80 40 -- $D agenda --week 2026-04-20
wait_for "campaign period" && snap cli-agenda-on-terminal-80x40

# --- the mouse: tabs, a day, a second click opens it ---------------------------
start 80 24 -- $D
wait_for "April 2026"
click 26 0
wait_for "without a date" && snap mouse-tab-deadlines-80x24
click 2 0
wait_for "April 2026"
mark_screen
click 25 14
wait_change
click 25 14
wait_for "鹿寨县 一 开展宣传活动" && snap mouse-day-opened-80x24

# --- Chinese, 80x24 and 120x40 ------------------------------------------------
start 80 24 LANG=zh_CN.UTF-8 -- $D
wait_for "2026年4月" && snap calendar-month-zh-80x24
keys 2
wait_for "牵/配" && snap matrix-zh-80x24
keys 3
wait_for "报送总结" && snap deadlines-zh-80x24
tests=$((tests + 1))
wait_for "+6 工作日" && ok "the working days left are not cut at 80 columns"
# The week's header keeps every weekday at 80 columns.
keys 1 w
wait_for "周三" && snap calendar-week-zh-80x24
start 120 40 LANG=zh_CN.UTF-8 -- $D
wait_for "2026年4月" && snap calendar-month-zh-120x40
keys w
wait_for "周日" && snap calendar-week-zh-120x40
start 120 40 -- $D
wait_for "April 2026"
keys 2
wait_for "L/C" && snap matrix-120x40
keys 3
wait_for "报送总结" && snap deadlines-120x40

# --- colours, and NO_COLOR (https://no-color.org) -------------------------------
# capture-pane -e keeps the attributes: colour escapes (30-37, 40-47 and
# 90-97, 100-107) must be there by default and gone under NO_COLOR.
has_colour() { T capture-pane -e -p -t 0 | grep -qE "$(printf '\033')\[([0-9;]*;)?(3[0-7]|4[0-7]|9[0-7]|10[0-7])(;[0-9;]*)?m"; }
start 80 24 -- $D
snap calendar-month-80x24
tests=$((tests + 1))
has_colour && ok "colours by default" || fail "no colours on a colour terminal"
start 80 24 NO_COLOR=1 -- $D
snap calendar-month-80x24
tests=$((tests + 1))
has_colour && fail "colours despite NO_COLOR" || ok "NO_COLOR: monochrome"

# --- a locale that is not UTF-8 -------------------------------------------------
# Under LANG=C the planner takes a UTF-8 character type (C.UTF-8) so that
# Chinese shows as Chinese, not as ~X; the messages stay English.
start 80 24 LC_ALL=C LANG=C -- $D
wait_for "April 2026" && snap calendar-month-80x24
# With no UTF-8 locale at all (here a preloaded setlocale refuses every
# one), it does not start in garbage: one line says why.
cat >"$tmp/no-utf8.c" <<'EOF'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <locale.h>
#include <string.h>
char *setlocale(int category, const char *name)
{
	static char *(*real)(int, const char *);
	if (!real)
		*(void **)&real = dlsym(RTLD_NEXT, "setlocale");
	if (name && (strstr(name, "UTF") || strstr(name, "utf")))
		return NULL;
	return real(category, name);
}
EOF
if ${CC:-cc} -shared -fPIC -o "$tmp/no-utf8.so" "$tmp/no-utf8.c" -ldl 2>/dev/null; then
	start 80 24 LC_ALL=C LANG=C LD_PRELOAD="$tmp/no-utf8.so" \
		ASAN_OPTIONS=log_path="$tmp/sanitizer":verify_asan_link_order=0 -- $D
	wait_for "UTF-8" && snap no-utf8-locale-80x24
	wait_exit 1
else
	echo "skipped: no C compiler for the setlocale stub"
fi

# --- resize and the too-small message ----------------------------------------
start 80 24 -- $D
wait_for "April 2026"
T resize-window -t 0 -x 100 -y 30
snap resized-100x30
T resize-window -t 0 -x 50 -y 12
wait_for "60x16" && snap too-small-50x12
T resize-window -t 0 -x 70 -y 12
wait_for "Terminal too small: 70x12" && snap too-small-70x12
T resize-window -t 0 -x 80 -y 24
wait_for "April 2026" && snap calendar-month-80x24

# --- an edit persists; undo; another process's change shows up ---------------
db="$tmp/screens.db"
$WEEKPLAN --db "$db" import "$top_srcdir/data/plans/004-rongchang-2023.json" >/dev/null
start 80 24 -- --db "$db" --today 2023-04-10
wait_for "April 2023"
keys 2
wait_for "L/C"
keys j j Right Right Right L
wait_for "now leads" && snap matrix-edit-80x24
keys q
wait_exit
tests=$((tests + 1))
if $WEEKPLAN --db "$db" matrix 荣昌 --format tsv | grep -q "^区发展改革委	member	四	lead$"; then
	ok "the edit is stored"
else
	fail "the lead set in the planner is not in the database"
fi
start 80 24 -- --db "$db" --today 2023-04-10
wait_for "April 2023"
keys 2
wait_for "L/C" && keys j j Right Right Right && snap matrix-after-restart-80x24
keys x u
wait_for "Undone" && snap matrix-undo-80x24
keys 3
wait_for "报送有奖竞答题目" && keys j j j
keys Space
wait_for "区法院: submitted today" && snap deadlines-submitted-80x24
$WEEKPLAN --db "$db" --today 2023-04-12 submit 1 区检察院 >/dev/null
wait_for "submitted 2023-04-12" && snap deadlines-other-process-80x24

# --- a wide matrix: 24 units x 14 activities scroll both ways at 80x24 ----------
wide="$tmp/wide.db"
$WEEKPLAN --db "$wide" import "$top_srcdir/tests/fixtures/plans/wide-matrix.json" >/dev/null
start 80 24 -- --db "$wide" --today 2027-04-20
wait_for "April 2027"
keys 2
wait_for "L/C" && snap wide-matrix-80x24
keys End
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23; do keys j; done
wait_for "十四 第十四项" && snap wide-matrix-scrolled-80x24

# --- a committee with vice-chairs: marked 副主任 / vice-chair, after the chair --
vice="$tmp/vice.db"
$WEEKPLAN --db "$vice" import "$top_srcdir/tests/fixtures/plans/vice-chair.json" >/dev/null
start 80 24 LANG=zh_CN.UTF-8 -- --db "$vice" --today 2026-05-18
wait_for "2026年5月"
keys 2
wait_for "副主任" && snap matrix-vice-chair-zh-80x24
start 80 24 -- --db "$vice" --today 2026-05-18
wait_for "May 2026"
keys 2
wait_for "vice-chair" && snap matrix-vice-chair-80x24

# --- forms: add an activity, a refused value, undo; edit a deadline --------------
# Every field is edited in place: typed text goes into the field under the
# cursor, Tab and Enter go to the next field, Ctrl-S (or F2) saves.
start 80 24 -- --db "$db" --today 2023-04-10
wait_for "April 2023"
keys g
keys -l "2023-04-21"
keys Enter n
wait_for "New activity" && snap form-new-activity-80x24
keys Tab
# j, k, s and q are text in a field, not keys of the planner.
keys -l "新增的宣讲会jksq"
keys BSpace BSpace BSpace BSpace
keys Enter Tab Tab
keys -l "25:00"
# Leaving a field checks it: the reason shows under it at once.
keys Tab
wait_for "is not a time"
tests=$((tests + 1))
grep -A1 "Time  *25:00" "$tmp/screen" | tail -n 1 | grep -q "is not a time" &&
	ok "leaving a field that cannot be read says why under it" ||
	fail "no reason under the Time field after leaving it"
keys BTab C-s
snap form-refused-80x24
# The reason stands on the line under the field it concerns, and the
# cursor is back in that field.
tests=$((tests + 1))
if grep -A1 "Time  *25:00" "$tmp/screen" | tail -n 1 | grep -q "is not a time"; then
	ok "a refused save puts the reason under the field"
else
	fail "the reason is not under the Time field:"
	cat "$tmp/screen" >&2
fi
keys BSpace BSpace BSpace BSpace BSpace
keys -l "14:30"
# A bracketed paste goes into the field whole, its line break a space.
keys Tab Tab
T send-keys -t 0 -H 1b 5b 32 30 30 7e e5 b9 bf e5 9c ba 0a 41 1b 5b 32 30 31 7e
wait_for "广场 A"
keys F2
wait_for "Activity added" && snap form-saved-80x24
tests=$((tests + 1))
$WEEKPLAN --db "$db" agenda --from 2023-04-21 --to 2023-04-21 --format tsv | grep -q "14:30.*新增的宣讲会" &&
	ok "the new activity is stored" || fail "the new activity is not in the database"
tests=$((tests + 1))
$WEEKPLAN --db "$db" export 荣昌 | grep -qF '"location": "广场 A"' &&
	ok "a paste into a form field is stored as one line" ||
	fail "the pasted place was not stored: $($WEEKPLAN --db "$db" export 荣昌 | grep -F '广场')"
keys u
wait_for "Undone" && snap form-undone-80x24
tests=$((tests + 1))
$WEEKPLAN --db "$db" agenda --from 2023-04-21 --to 2023-04-21 --format tsv | grep -q "新增的宣讲会" &&
	fail "undo left the activity in the database" || ok "undo removed the activity"
keys 3
wait_for "报送有奖竞答题目"
keys j j e
wait_for "Edit deadline" && snap form-edit-deadline-80x24
keys Down C-a C-k
keys -l "2 workdays before start"
keys C-s
wait_for "Deadline saved" && snap deadline-rule-saved-80x24
keys 2
wait_for "L/C"
keys End d
wait_for "(y/n)"
keys -l y
wait_for "Activity deleted" && snap matrix-activity-deleted-80x24
keys u
wait_for "Undone" && snap matrix-activity-restored-80x24
tests=$((tests + 1))
$WEEKPLAN --db "$db" matrix 荣昌 --format tsv | grep -q "^重庆华森制药股份有限公司		七	cooperate$" &&
	ok "undo restored the activity with its units" || fail "the restored activity lost its units"

# --- Chinese dates, times and rules typed into the forms, in both locales -------
# 4月22日 takes the campaign's year, 下午3点 is 15:00, 结束后2个工作日 counts
# from the campaign's end (Wed 2023-04-26: due Fri 2023-04-28); y answers
# the delete question without Enter.
for lang in en zh; do
	if [ $lang = zh ]; then
		env=LANG=zh_CN.UTF-8 month="2023年4月" goto="跳到日期" new="新增活动" added="活动已添加"
		edit="编辑截止事项" saved="截止事项已保存" deleted="截止事项已删除"
	else
		env=LANG=C.UTF-8 month="April 2023" goto="Go to date" new="New activity" added="Activity added"
		edit="Edit deadline" saved="Deadline saved" deleted="Deadline deleted"
	fi
	cn="$tmp/chinese-input-$lang.db"
	$WEEKPLAN --db "$cn" import "$top_srcdir/data/plans/004-rongchang-2023.json" >/dev/null
	start 80 24 $env -- --db "$cn" --today 2023-04-10
	wait_for "$month" && keys g
	wait_for "$goto" && keys -l "4月21日"
	keys Enter n
	wait_for "$new" && keys Tab
	keys -l "中文输入的宣讲会"
	keys Enter C-u
	keys -l "4月22日"
	keys Tab Tab
	keys -l "下午3点"
	snap form-chinese-input-$lang-80x24
	keys C-s
	wait_for "$added"
	tests=$((tests + 1))
	$WEEKPLAN --db "$cn" agenda --from 2023-04-22 --to 2023-04-22 --format tsv |
		grep -q "^2023-04-22	.*15:00.*中文输入的宣讲会" &&
		ok "$lang: 4月22日 and 下午3点 are stored as 2023-04-22 15:00" ||
		fail "$lang: the activity typed in Chinese is not stored as 2023-04-22 15:00: $($WEEKPLAN --db "$cn" agenda --from 2023-04-20 --to 2023-04-26 --format tsv | grep 中文输入)"
	keys 3
	wait_for "报送有奖竞答题目"
	keys j j e
	wait_for "$edit" && keys Down C-a C-k
	keys -l "结束后2个工作日"
	snap form-chinese-rule-$lang-80x24
	keys C-s
	wait_for "$saved"
	tests=$((tests + 1))
	$WEEKPLAN --db "$cn" --today 2023-04-10 deadlines --within 60 --format tsv |
		grep -q "^2023-04-28	.*报送有奖竞答题目.*	结束后2个工作日$" &&
		ok "$lang: 结束后2个工作日 is stored, due 2023-04-28, and replaces the old rule's words" ||
		fail "$lang: the rule typed in Chinese did not give 2023-04-28: $($WEEKPLAN --db "$cn" --today 2023-04-10 deadlines --within 60 --format tsv | grep 报送有奖竞答题目)"
	keys d
	wait_for "(y/n)" && keys -l y
	wait_for "$deleted"
	tests=$((tests + 1))
	$WEEKPLAN --db "$cn" --today 2023-04-10 deadlines --within 60 --format tsv | grep -q "报送有奖竞答题目" &&
		fail "$lang: y did not delete the deadline" || ok "$lang: y alone answers the question"
	keys q
	wait_exit
done
# The go-to prompt reads 4月21日 in the current campaign's year, not the
# year on screen.
start 80 24 -- --db "$cn" --today 2024-01-10
wait_for "January 2024" && keys g
wait_for "Go to date" && keys -l "4月21日"
keys Enter
tests=$((tests + 1))
wait_for "April 2023" && ok "g 4月21日 goes to the campaign's year"
keys q
wait_exit

# --- Esc: at once on an unchanged form, after a question on a changed one ----
# wait_gone TEXT: until the screen no longer shows TEXT.
wait_gone() {
	i=0
	while [ $i -lt $limit ]; do
		capture
		grep -qF -- "$1" "$tmp/screen" || return 0
		sleep 0.1
		i=$((i + 1))
	done
	fail "timed out waiting for '$1' to go; screen was:"
	cat "$tmp/screen" >&2
	return 1
}
start 80 24 -- --db "$db" --today 2023-04-10
wait_for "April 2023" && keys 2
wait_for "L/C" && keys e
wait_for "Edit activity" && keys Escape
tests=$((tests + 1))
wait_gone "Edit activity" && ok "Esc closes an unchanged form without a question"
keys e
wait_for "Edit activity" && keys Tab End
keys -l "（改）"
keys Escape
wait_for "Discard the changes" && snap form-discard-question-80x24
keys n
wait_gone "Discard the changes"
tests=$((tests + 1))
grep -qF "（改）" "$tmp/screen" && grep -qF "Edit activity" "$tmp/screen" &&
	ok "n keeps the form and what was typed" || fail "n did not keep the form"
# The form is still live: typing goes on where it was.
keys -l "再改"
wait_for "（改）再改"
keys Escape
wait_for "Discard the changes" && keys y
tests=$((tests + 1))
wait_gone "Edit activity" && ok "y throws the changes away and closes the form"
tests=$((tests + 1))
$WEEKPLAN --db "$db" export 荣昌 | grep -qF "（改）" &&
	fail "a discarded change was stored" || ok "nothing discarded was stored"
keys q
wait_exit

# --- a form at 120x40 in Chinese, and on a terminal made too small -----------
big="$tmp/chaoyang-120.db"
$WEEKPLAN --db "$big" import "$top_srcdir/data/plans/001-chaoyang-2026.json" >/dev/null
start 120 40 LANG=zh_CN.UTF-8 -- --db "$big" --today 2026-04-20
wait_for "2026年4月" && keys n
wait_for "新增活动" && keys Tab
keys -l "大屏上新增的宣讲会"
keys Enter C-u
keys -l "4月22日"
keys Tab Tab
keys -l "下午3点"
snap form-zh-120x40
# Too small, the planner says so; made big again, the form is as it was.
T resize-window -t 0 -x 50 -y 12
wait_for "60x16"
T resize-window -t 0 -x 120 -y 40
wait_for "下午3点" && snap form-zh-resized-120x40
keys C-s
wait_for "活动已添加"
tests=$((tests + 1))
$WEEKPLAN --db "$big" agenda --from 2026-04-22 --to 2026-04-22 --format tsv |
	grep -q "^2026-04-22	.*15:00.*大屏上新增的宣讲会" &&
	ok "4月22日 and 下午3点 typed at 120x40 are stored as 2026-04-22 15:00" ||
	fail "the activity typed at 120x40 is not stored as 2026-04-22 15:00: $($WEEKPLAN --db "$big" agenda --from 2026-04-20 --to 2026-04-26 --format tsv | grep 大屏)"
keys q
wait_exit

# --- undo puts deleted rows back as they were: same ids, same order -----------
cy="$tmp/chaoyang.db"
$WEEKPLAN --db "$cy" import "$top_srcdir/data/plans/004-rongchang-2023.json" >/dev/null
$WEEKPLAN --db "$cy" import "$top_srcdir/data/plans/001-chaoyang-2026.json" >/dev/null
# rows: what the command line shows of the plan, with the ids (campaign 2,
# deadlines #3 and #5) and the order of activities.
rows() {
	$WEEKPLAN --db "$cy" campaigns --format tsv
	$WEEKPLAN --db "$cy" --today 2026-04-20 deadlines --within 30 --format tsv
	$WEEKPLAN --db "$cy" export 2
	$WEEKPLAN --db "$cy" check 2
}
# same_rows NAME: the plan is as it was before the deletes.
same_rows() {
	tests=$((tests + 1))
	rows >"$tmp/rows.now" 2>&1
	if cmp -s "$tmp/rows.before" "$tmp/rows.now"; then
		ok "$1"
	else
		fail "$1:"
		diff -u "$tmp/rows.before" "$tmp/rows.now" >&2
	fi
}
rows >"$tmp/rows.before" 2>&1
start 80 24 -- --db "$cy" --today 2026-04-20
wait_for "April 2026"
keys 2
wait_for "L/C"
keys Right Right d
wait_for "(y/n)"
keys -l y
wait_for "Activity deleted"
keys u
wait_for "Undone" && snap matrix-activity-undo-order-80x24
same_rows "undoing an activity's delete keeps its id and place"
keys 3
wait_for "报送总结"
keys d
wait_for "(y/n)"
keys -l y
wait_for "Deadline deleted"
keys u
wait_for "Undone"
same_rows "undoing a deadline's delete keeps its id and place"
keys c
wait_for "Campaigns: Enter"
keys d
wait_for "(y/n)"
keys -l y
wait_for "Campaign deleted"
keys u
wait_for "Undone"
same_rows "undoing a campaign's delete keeps every id"
keys q q
wait_exit

# --- a long field survives the line editor: Enter through it and save ----------
# 440 Chinese characters (880 columns) scroll around the cursor; nothing is cut.
long_text=""
for i in 1 2 3 4; do
	for n in 一 二 三 四 五 六 七 八 九 十 甲; do long_text="$long_text知识产权保护宣传第$n"; done
done
# The activity's number is long too (72 bytes), and a deadline belongs to it.
long_no="第一项知识产权宣传周重点活动之现场宣传与咨询服务"
printf '{"weekplan_plan": 1, "title": "长字段测试", "region": "荣昌区",
 "period": {"start": "2027-04-20", "end": "2027-04-26"},
 "activities": [{"no": "%s", "title": "长描述的活动", "start": "2027-04-20",
  "description": "%s", "lead": ["区委宣传部"]}],
 "deadlines": [{"what": "报送活动总结", "activity": "%s", "due": "2027-04-28",
  "who": ["区委宣传部"]}]}\n' "$long_no" "$long_text" "$long_no" >"$tmp/long.json"
long="$tmp/long.db"
$WEEKPLAN --db "$long" import "$tmp/long.json" >/dev/null
# description_is TEXT NAME: the stored description is exactly TEXT.
description_is() {
	tests=$((tests + 1))
	got=$($WEEKPLAN --db "$long" export 1 | sed -n 's/^ *"description": "\(.*\)",$/\1/p')
	if [ "$got" = "$1" ]; then
		ok "$2"
	else
		fail "$2: the description is now $(printf '%s' "$got" | wc -c) bytes, not $(printf '%s' "$1" | wc -c)"
	fi
}
start 80 24 -- --db "$long" --today 2027-04-20
wait_for "April 2027"
keys 2
wait_for "L/C"
# The description, shown whole, makes the form taller than 80x24: it
# scrolls, and says that more is below or above.
keys e
wait_for "more below" && snap long-form-top-80x24
keys Down Down Down Down Down Down Down Down
wait_for "more above" && snap long-form-bottom-80x24
keys Up
wait_for "Edit activity" && snap long-field-end-80x24
keys Enter C-s
wait_for "Activity saved"
description_is "$long_text" "Enter through a 440-character field keeps it whole"
keys e
wait_for "Edit activity"
keys Down Down Down Down Down Down Down Home
keys -l "【改】"
snap long-field-start-80x24
keys End
keys -l "。"
keys C-s
wait_for "Activity saved"
description_is "【改】$long_text。" "typing at both ends of a long field keeps the middle"
# In the middle: Alt-F goes past 【改, Right past 】 and ten characters.
keys e
wait_for "Edit activity"
keys Down Down Down Down Down Down Down Home M-f
keys Right Right Right Right Right Right Right Right Right Right Right
keys -l "★插入★"
snap long-field-middle-80x24
keys C-s
wait_for "Activity saved"
description_is "【改】知识产权保护宣传第一★插入★${long_text#知识产权保护宣传第一}。" \
	"text typed in the middle of a long field lands there, the rest intact"
keys 3
wait_for "报送活动总结"
keys e
wait_for "Edit deadline"
keys C-s
wait_for "Deadline saved"
tests=$((tests + 1))
$WEEKPLAN --db "$long" export 1 | grep -qF "\"activity\": \"$long_no\"" &&
	ok "a deadline keeps its activity's long number" ||
	fail "the deadline lost its activity: $($WEEKPLAN --db "$long" export 1 | grep '"activity"')"
keys q
wait_exit

# --- a unit's form: a new name and another name in one save, one undo --------
# R opens the form: the name, one field per other name and an empty one
# to add another; the region shows, not edited.
start 80 24 -- --db "$db" --today 2023-04-10
wait_for "April 2023"
keys 2
wait_for "L/C"
keys R
wait_for "Region      荣昌区"
keys C-u
keys -l "荣昌区市场监督管理局"
keys Tab
keys -l "荣昌区知识产权局"
# Typing into the empty field opens another under it.
wait_for "Other name  荣昌区知识产权局" && snap unit-form-80x24
keys C-s
wait_for "Unit saved"
tests=$((tests + 1))
if $WEEKPLAN --db "$db" matrix 荣昌 --format tsv | grep -q "^荣昌区市场监督管理局	chair	一	lead$" &&
	$WEEKPLAN --db "$db" --today 2023-04-10 unit 荣昌区知识产权局 | grep -q "lead  荣昌区市场监督管理局"; then
	ok "the unit form stores the new name and the new other name"
else
	fail "the unit form's name and other name are not both stored"
fi
keys u
wait_for "Undone"
tests=$((tests + 1))
if $WEEKPLAN --db "$db" matrix 荣昌 --format tsv | grep -q "^区市场监管局	chair	一	lead$" &&
	! $WEEKPLAN --db "$db" unit 荣昌区知识产权局 >/dev/null 2>&1; then
	ok "one undo takes back the name and the other name"
else
	fail "undo did not put the unit back as it was"
fi
# A name another unit of the region has: refused, the reason under it.
keys R
wait_for "Region      荣昌区"
keys C-u
keys -l "区委宣传部"
keys C-s
wait_for "already called" && snap unit-form-refused-80x24
tests=$((tests + 1))
grep -A1 "Unit name  *区委宣传部" "$tmp/screen" | tail -n 1 | grep -q "another unit of the region is already called" &&
	ok "a name already used is refused under the name field" ||
	fail "the reason is not under the name field"
# A click on a field puts the cursor in it (its hint shows under it), and
# what is typed goes there.
row=$(grep -n "Other name" "$tmp/screen" | head -n 1 | cut -d: -f1)
click 20 $((row - 1))
wait_for "type another spelling the notices use"
keys -l "区局?"
tests=$((tests + 1))
wait_for "Other name  区局?" && ok "a click on a field moves the cursor to it"
# F1 opens the help from a form, where ? is typed text; Esc goes back to
# the form as it was.
keys F1
tests=$((tests + 1))
wait_for "help: this list of keys" && ok "F1 opens the help from a form"
keys Escape
wait_for "Other name  区局?"
keys Escape
wait_for "(y/n)" && keys -l y
wait_for "arrows move"
tests=$((tests + 1))
$WEEKPLAN --db "$db" matrix 荣昌 --format tsv | grep -q "^区市场监管局	chair	一	lead$" &&
	ok "a form left with Esc changes nothing" || fail "the discarded unit form was stored"
# A starts in the empty field; emptying an other name removes it.
keys A
keys -l "荣昌区市场监督管理局"
keys C-s
wait_for "Unit saved"
tests=$((tests + 1))
$WEEKPLAN --db "$db" --today 2023-04-10 unit 荣昌区市场监督管理局 >/dev/null 2>&1 &&
	ok "A adds another name" || fail "the name added with A does not find the unit"
keys R
wait_for "Region      荣昌区"
keys Down C-u C-s
wait_for "Unit saved"
tests=$((tests + 1))
$WEEKPLAN --db "$db" unit 荣昌区市场监督管理局 >/dev/null 2>&1 &&
	fail "the emptied other name still finds the unit" || ok "an emptied other name is removed"
keys u
wait_for "Undone"
tests=$((tests + 1))
$WEEKPLAN --db "$db" --today 2023-04-10 unit 荣昌区市场监督管理局 >/dev/null 2>&1 &&
	ok "undo put the other name back" || fail "undo did not put the other name back"
# The unit's groups show under its names, not to be edited: the groups it
# is a member of, and a group's members.
$WEEKPLAN --db "$db" group 区委宣传部 --add 区市场监管局 区教委 >/dev/null
keys R
tests=$((tests + 1))
wait_for "Member of   区委宣传部" && ok "the unit form shows the groups the unit is in"
keys Escape
wait_for "arrows move"
keys j R
tests=$((tests + 1))
wait_for "Members     区市场监管局、区教委" && ok "a group's form shows its members"
keys Escape
wait_for "arrows move"

# --- import a notice from the planner: review, then save ---------------------------
fresh="$tmp/fresh.db"
start 80 24 -- --db "$fresh" --today 2023-04-10
wait_for "No campaigns yet" && snap empty-start-80x24
keys i
keys -l "$top_srcdir/tests/fixtures/notices/004_59eee309cb3bfcb9.txt"
keys Enter
wait_for "Review the import" && snap import-review-80x24
tests=$((tests + 1))
[ "$($WEEKPLAN --db "$fresh" campaigns --format tsv | wc -l)" -eq 0 ] &&
	ok "nothing stored before s" || fail "the import was stored before review"
keys s
wait_for "Imported" && snap import-saved-80x24
tests=$((tests + 1))
$WEEKPLAN --db "$fresh" campaigns --format tsv | grep -q "荣昌区2023年知识产权宣传周活动方案" &&
	ok "the reviewed notice is stored" || fail "the reviewed notice was not stored"

# --- a fragment without title, period or year: the review asks for them -----------
draft="$tmp/draft.db"
start 80 24 -- --db "$draft" --today 2025-04-10
wait_for "No campaigns yet"
keys i
keys -l "$top_srcdir/tests/fixtures/notices/fragment-no-year.txt"
keys Enter
wait_for "gives no title"
keys -l "某区知识产权宣传周"
keys Enter
wait_for "gives no period"
keys -l "2025-04-20..2025-04-26"
keys Enter
wait_for "Review the import"
tests=$((tests + 1))
wait_for "2025-04-22" && ok "the dates take the period's year" ||
	fail "the review does not show the dates in the year given"
keys s
wait_for "Imported"
tests=$((tests + 1))
$WEEKPLAN --db "$draft" agenda --from 2025-04-20 --to 2025-04-30 | grep -q "知识产权司法保护开放日" &&
	ok "the completed draft is stored" || fail "the completed draft was not stored"

# --- the import review: all that will be stored, corrected before s ------------
# A notice whose item 3 names no lead unit (a genre notice with its units
# taken out, tests/fixtures/notices/review-no-lead.txt): the review shows the
# header, activities, committee, deadlines with their due dates, contacts,
# the reader's doubts and the plan check's finding; the lead unit given in
# the review's form is what is stored, and the finding goes.
notice="$top_srcdir/tests/fixtures/notices/review-no-lead.txt"
for lang in en zh; do
	rdb="$tmp/review-$lang.db"
	if [ $lang = en ]; then
		env=LANG=C.UTF-8 review="Review the import" committee="Committee (19)"
		deadlines="Deadlines (2)" contacts="Contacts (2)" unsure="The reader was unsure of (5)"
		check1="Plan check (1)" check0="Plan check (0)" lead="lead: 县知识产权局"
		form="Lead units" imported="Imported"
	else
		env=LANG=zh_CN.UTF-8 review="核对导入" committee="组委会 (19)"
		deadlines="截止事项 (2)" contacts="联系人 (2)" unsure="读取时不确定的内容 (5)"
		check1="方案检查 (1)" check0="方案检查 (0)" lead="牵头： 县知识产权局"
		form="牵头单位" imported="已导入"
	fi
	start 80 24 $env -- --db "$rdb" --today 2026-04-10
	wait_for "2026" && keys i
	keys -l "$notice"
	keys Enter
	wait_for "$review" && snap "import-review-genre-$lang-80x24"
	keys End
	wait_for "$check1" && snap "import-review-genre-end-$lang-80x24"
	tests=$((tests + 1))
	grep -qF "$deadlines" "$tmp/screen" && grep -qF "$contacts" "$tmp/screen" &&
		grep -qF "$unsure" "$tmp/screen" && grep -qF "no-lead" "$tmp/screen" &&
		grep -qF "2026-04-29" "$tmp/screen" && grep -qF "ycxzscq@163.com" "$tmp/screen" &&
		ok "the review shows deadlines, contacts, doubts and findings ($lang)" ||
		fail "the review lacks deadlines, contacts, doubts or findings ($lang)"
	keys Home PageDown PageDown
	wait_for "$committee"
	# item 3 is the fifth activity line: Title..Theme, the three
	# publicity focuses, Activities, 1, 2
	keys Home
	for n in 1 2 3 4 5 6 7 8 9 10 11 12 13 14; do keys Down; done
	keys e
	wait_for "$form"
	# the form edits in place: down to the lead units, type, save
	for n in 1 2 3 4 5 6; do keys Down; done
	keys -l "县知识产权局"
	keys C-s
	wait_for "$lead"
	keys End
	wait_for "$check0" && snap "import-review-corrected-$lang-80x24"
	tests=$((tests + 1))
	[ "$($WEEKPLAN --db "$rdb" campaigns --format tsv | wc -l)" -eq 0 ] &&
		ok "the corrections are not stored before s ($lang)" ||
		fail "the review stored the plan before s ($lang)"
	keys s
	wait_for "$imported"
	tests=$((tests + 1))
	[ "$($WEEKPLAN --db "$rdb" --format tsv matrix 岳池 | awk -F'\t' '$3 == "3" && $4 == "lead" { print $1 }')" = "县知识产权局" ] &&
		ok "the lead unit corrected in the review is stored ($lang)" ||
		fail "the stored activity 3 does not have the corrected lead unit ($lang)"
done
# the whole review at 120x40
start 120 40 -- --db "$tmp/review-wide.db" --today 2026-04-10
wait_for "2026" && keys i
keys -l "$notice"
keys Enter
wait_for "Review the import" && snap import-review-genre-120x40

# --- a corrected notice imported again: merged into its campaign -------------
# The campaign is stored and a submission recorded; the notice, read again
# with another place for 一, is not refused: s shows what merging changes
# (the place from the notice, the submission kept), Esc goes back to the
# plan, s and s again merge it, keeping the submission.
mdb="$tmp/merge.db"
short="$top_srcdir/tests/fixtures/notices/variant-short.txt"
$WEEKPLAN --db "$mdb" --today 2025-04-10 import-notice "$short" >/dev/null 2>&1
$WEEKPLAN --db "$mdb" --today 2025-04-10 submit 1 各区县知识产权局 --on 2025-04-15 >/dev/null
sed 's/在市民广场举行/在市体育馆举行/' "$short" >"$tmp/corrected.txt"
start 80 24 -- --db "$mdb" --today 2025-04-10
wait_for "2025" && keys i
keys -l "$tmp/corrected.txt"
keys Enter
wait_for "Review the import"
keys s
wait_for "Already stored as campaign 1" && snap merge-preview-80x24
tests=$((tests + 1))
grep -qF "activity 一: location: 市民广场 -> 市体育馆" "$tmp/screen" &&
	grep -qF "1 submission kept" "$tmp/screen" &&
	ok "s on a stored plan lists what merging changes" ||
	fail "no change list for a plan already stored"
keys Escape
wait_for "Activities ("
tests=$((tests + 1))
grep -qF "Already stored" "$tmp/screen" && fail "Esc did not go back to the plan" ||
	ok "Esc goes back from the change list to the plan"
keys s
wait_for "Already stored as campaign 1"
keys s
wait_for "Merged"
tests=$((tests + 1))
$WEEKPLAN --db "$mdb" export 1 >"$tmp/merged.json"
[ "$($WEEKPLAN --db "$mdb" campaigns --format tsv | wc -l)" -eq 1 ] &&
	grep -qF '"location": "市体育馆"' "$tmp/merged.json" &&
	grep -qF '"各区县知识产权局": "2025-04-15"' "$tmp/merged.json" &&
	ok "the merge takes the notice's place and keeps the submission, in one campaign" ||
	fail "the merge lost the submission or the correction: $(grep -E 'location|submitted' "$tmp/merged.json")"

# --- an old Word file: the planner says it is reading while LibreOffice works,
# then shows why the conversion failed (a stand-in soffice that takes its
# time and fails; the real one is tested in tests/convert-cli.sh).
mkdir -p "$tmp/fakebin"
printf '#!/bin/sh\nsleep 2\nexit 3\n' >"$tmp/fakebin/soffice"
chmod +x "$tmp/fakebin/soffice"
start 80 24 PATH="$tmp/fakebin:$PATH" -- --db "$tmp/doc.db" --today 2026-04-10
wait_for "2026" && keys i
cp "$top_srcdir/tests/fixtures/docx/bad-old.doc" "$tmp/old.doc"
keys -l "$tmp/old.doc"
keys Enter
wait_for_joined "Reading $tmp/old.doc…"
tests=$((tests + 1))
grep -qF "Reading" "$tmp/screen" && ok "the planner says it is reading while a document converts" ||
	fail "no word while the document converts"
wait_for_joined "LibreOffice could not convert the document"
tests=$((tests + 1))
# (the message wraps onto the line above the status bar)
tr -d '\n' <"$tmp/screen" | grep -qF "xit status 3)" && ok "a failed conversion is explained in the planner" ||
	fail "the planner does not say why the conversion failed"

# --- an old database holding a C1 control and a bidi override: escaped -------
if command -v sqlite3 >/dev/null 2>&1; then
	old="$tmp/old.db"
	$WEEKPLAN --db "$old" import "$top_srcdir/data/plans/004-rongchang-2023.json" >/dev/null
	sqlite3 "$old" "UPDATE campaign SET title = '荣' || char(155) || '[2J' || char(8238) || '案'"
	start 80 24 -- --db "$old" --today 2023-04-20
	wait_for "April 2023" && keys 3
	tests=$((tests + 1))
	wait_for "荣<U+009B>[2J<U+202E>案  |" && ok "the planner shows stored controls escaped"
fi

# --- a campaign's deadlines: all of them, those without a date apart ----------
start 80 24 -- $D
wait_for "April 2026" && keys c
wait_for "Campaigns: Enter" && keys Home Down Enter
wait_for "2026年朝阳市" && keys 3
wait_for "without a date" && snap deadlines-chaoyang-80x24

# --- a group owes a report: Space marks one member, the group counts them -----
gdb="$tmp/groups.db"
$WEEKPLAN --db "$gdb" import "$top_srcdir/data/plans/001-chaoyang-2026.json" >/dev/null
start 80 24 -- --db "$gdb" --today 2026-04-27
wait_for "April 2026" && keys 3
wait_for "(0/18 submitted)" && keys j j Space
wait_for "市委宣传部: submitted today" && snap deadlines-group-member-80x24
tests=$((tests + 1))
$WEEKPLAN --db "$gdb" --today 2026-04-27 deadlines | grep -q "组委会成员单位 1/18 submitted" &&
	ok "a member marked in the planner counts in weekplan deadlines" ||
	fail "weekplan deadlines does not count the member marked in the planner"
keys u
wait_for "(0/18 submitted)"
tests=$((tests + 1))
$WEEKPLAN --db "$gdb" --today 2026-04-27 deadlines | grep -q "组委会成员单位 0/18 submitted" &&
	ok "u takes a member's mark back" || fail "undo left the member's mark"
# The unit's page gives a group its members (n adds, d removes).
keys /
keys -l "各县区局"
wait_for "各县区局" && keys Enter
wait_for "1 found" && keys Enter
wait_for "No members: n adds one" && keys n
wait_for "Add a member:" && keys -l "双塔区局" && keys Enter
wait_for "双塔区局 is now a member." && keys n
wait_for "Add a member:" && keys -l "龙城区局" && keys Enter
wait_for "龙城区局 is now a member." && keys End d
wait_for "龙城区局 is no longer a member." && snap unit-group-members-80x24
tests=$((tests + 1))
[ "$($WEEKPLAN --db "$gdb" group 各县区局 --list)" = "  双塔区局" ] &&
	ok "members added and removed in the planner are stored" ||
	fail "the planner's member changes are not what weekplan group lists"
# R on the unit's page opens its form too (a unit need not be in the
# current plan's matrix): the name, and the members read-only.
keys R
wait_for "Unit name"
tests=$((tests + 1))
grep -q "Unit name  *各县区局" "$tmp/screen" && grep -qF "双塔区局" "$tmp/screen" &&
	ok "R on a unit's page opens the unit's form" || fail "no unit form from the unit's page"
keys -l "（市）"
keys C-s
wait_for "Unit saved"
tests=$((tests + 1))
[ "$($WEEKPLAN --db "$gdb" group "各县区局（市）" --list)" = "  双塔区局" ] &&
	ok "the unit renamed from its page keeps its members" ||
	fail "the rename from the unit's page did not store"

# --- x in the campaign list writes the campaign to a file ---------------------
xdb="$tmp/export.db"
$WEEKPLAN --db "$xdb" import "$top_srcdir/data/plans/004-rongchang-2023.json" >/dev/null
start 80 24 -- --db "$xdb" --today 2023-04-20
wait_for "April 2023" && keys c
wait_for "Campaigns: Enter" && keys x
wait_for "Export as" && keys C-u && keys -l "json" && keys Enter
wait_for "Write to file" && keys C-u && keys -l "$tmp/planner.json" && keys Enter
wait_for "Written to"
tests=$((tests + 1))
$WEEKPLAN --db "$xdb" export 荣昌 >"$tmp/cli.json"
cmp -s "$tmp/cli.json" "$tmp/planner.json" && ok "x writes what weekplan export writes" ||
	fail "the planner's export differs from the command line's"
# Asked again for the same file: replaced only after a yes.
keys x
wait_for "Export as" && keys Enter
wait_for "Write to file" && keys C-u && keys -l "$tmp/planner.json" && keys Enter
# One key answers, without Enter.
wait_for "exists. Replace it?" && keys n
wait_for "Nothing written"
tests=$((tests + 1))
cmp -s "$tmp/cli.json" "$tmp/planner.json" && ok "an existing file is kept on no" ||
	fail "the file was replaced without a yes"
keys q # closes the campaign list
wait_for "arrows move"

# --- y in the campaign list copies the campaign into another year -------------
keys c
wait_for "y copy" && keys y
wait_for "Copy into the year: 2024" && keys Enter
wait_for "Copied: 荣昌区2024年" && snap clone-review-80x24
cdb="$tmp/clone-cli.db"
$WEEKPLAN --db "$cdb" import "$top_srcdir/data/plans/004-rongchang-2023.json" >/dev/null
$WEEKPLAN --db "$cdb" clone 荣昌 --year 2024 >/dev/null
tests=$((tests + 1))
if $WEEKPLAN --db "$xdb" export 荣昌区2024 >"$tmp/clone-planner.json" &&
	$WEEKPLAN --db "$cdb" export 荣昌区2024 | cmp -s - "$tmp/clone-planner.json"; then
	ok "y stores what weekplan clone stores"
else
	fail "the planner's copy differs from the command line's"
fi
keys Escape
tests=$((tests + 1))
wait_for "* 2024-04-20..2024-04-26  荣昌区2024年" && ok "the copy is the current campaign"
# Copied again onto the stored copy: replaced only after a yes.
keys Down y
wait_for "Copy into the year: 2024" && keys Enter
wait_for "is already stored. Replace it?" && keys n
wait_for "y copy"
tests=$((tests + 1))
[ "$($WEEKPLAN --db "$xdb" campaigns --format tsv | wc -l)" -eq 2 ] && ok "a stored copy is kept on no" ||
	fail "a second copy was stored without a yes"
keys q
wait_for "arrows move"

# --- !: the plan check's findings; Enter shows what one is about ---------------
start 80 24 -- $D
wait_for "April 2026" && keys '!'
wait_for "Plan check (Enter shows it)" && snap findings-80x24
# The fourth line is about activity 一, held on 17 April, before the period:
# the calendar goes there and the day's list opens with it chosen.
keys Down Down Down Enter
wait_for "Fri 17 Apr 2026" && snap findings-activity-80x24
keys Enter
tests=$((tests + 1))
wait_for "Lead:" && grep -qF "举办知识产权宣传周启动仪式" "$tmp/screen" &&
	ok "Enter on an activity's finding chooses it in its day" ||
	fail "the finding's activity was not the one chosen"
# Rongchang's first deadline is due on a Saturday: the deadline view shows it
# chosen, although it is not the first line there.
keys Escape Escape c
wait_for "Campaigns: Enter" && keys Down Down Enter
wait_for "荣昌区2023年" && keys '!'
wait_for "a Saturday" && keys Enter
wait_for "overdue, 0 to come" && keys Enter
tests=$((tests + 1))
wait_for "┌─报送有奖竞答题目" &&
	ok "Enter on a deadline's finding chooses it in the deadline view"
keys Escape
start 80 24 LANG=zh_CN.UTF-8 -- $D
wait_for "2026年4月" && keys '!'
wait_for "方案检查" && snap findings-zh-80x24

# --- M: the committee of a campaign, P: its contacts ----------------------------
kdb="$tmp/committee.db"
$WEEKPLAN --db "$kdb" import "$top_srcdir/data/plans/004-rongchang-2023.json" >/dev/null
start 80 24 -- --db "$kdb" --today 2023-04-20
wait_for "April 2023" && keys c
wait_for "y copy" && keys M
wait_for "Committee: n add" && snap committee-80x24
# The second line is the first member, 区委宣传部: it becomes vice-chair.
keys Down e
wait_for "Role (c chair" && keys v Enter
wait_for "vice-chair   区委宣传部" && snap committee-role-80x24
tests=$((tests + 1))
if $WEEKPLAN --db "$kdb" export 荣昌 --format json | python3 -c '
import json, sys
c = json.load(sys.stdin)["committee"]
sys.exit(0 if c["vice_chair"] == ["区委宣传部"] and "区委宣传部" not in c["members"] else 1)'; then
	ok "e in the committee stores the new role"
else
	fail "the member's new role was not stored"
fi
# u undoes it: 区委宣传部 is a member again, in its place (Up only moves the
# cursor back to where the first screen had it, and clears the message).
keys u
wait_for "Undone" && keys Up
snap committee-80x24
tests=$((tests + 1))
if $WEEKPLAN --db "$kdb" export 荣昌 --format json | python3 -c '
import json, sys
c = json.load(sys.stdin)["committee"]
sys.exit(0 if c.get("vice_chair", []) == [] and c["members"][0] == "区委宣传部" else 1)'; then
	ok "u undoes a committee role change"
else
	fail "undo did not give the member its role and place back"
fi
keys Escape
wait_for "y copy" && keys P
wait_for "Contacts: n add" && keys n
wait_for "New contact" && keys -l "王五"
keys Tab
keys -l "023-12345678"
keys C-s
wait_for "王五  023-12345678" && snap contacts-80x24
tests=$((tests + 1))
$WEEKPLAN --db "$kdb" export 荣昌 --format json | grep -q '"王五"' && ok "n in the contacts stores a contact" ||
	fail "the new contact was not stored"
# u takes the new contact away again.
keys u
tests=$((tests + 1))
wait_for "Undone" && ! grep -qF "王五" "$tmp/screen" && ok "u undoes a new contact" ||
	fail "the new contact is still there after u"
keys Escape
wait_for "y copy" && keys q
wait_for "arrows move"

# --- a year whose official arrangement is not loaded ---------------------------
# February 2027: 春节 from 除夕 to 初三 computed from the holiday law, marked
# "off?", and the month header says the holidays are provisional.
start 80 24 -- --demo --today 2027-02-01
wait_for "(provisional holidays)" && snap calendar-provisional-80x24

# Quit the last planner, then look for sanitizer reports (in a build with
# sanitizers, the planner's own stderr is the tmux pane, so they go to files).
keys q
wait_exit
for report in "$tmp"/sanitizer.*; do
	[ -e "$report" ] || continue
	fail "sanitizer report from the planner:"
	cat "$report" >&2
done
finish
