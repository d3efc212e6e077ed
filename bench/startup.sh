#!/bin/bash
# startup.sh [WEEKPLAN...] - what a start of weekplan costs: the shared
# objects it is linked with, its peak RSS (median of 7 runs, GNU time's
# %M) for --version, agenda on the --demo database and the planner's
# first screen (in tmux, quit as soon as it shows), and the time of a
# start: the median (p10, p90) wall time of BENCH_RUNS runs, each timed
# by bash's EPOCHREALTIME around the command, and the mean CPU time from
# perf stat where perf is installed; the sqlite3 shell's beside it.
# make bench-start runs it on ./weekplan; name older builds to compare
# (bench/RESULTS.md, 2026-12-03, shared libraries).
runs=${BENCH_RUNS:-300}
[ $# -gt 0 ] || set -- ./weekplan
[ -x /usr/bin/time ] || { echo "startup.sh needs GNU time (apt-get install time)" >&2; exit 1; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
peak() { for i in 1 2 3 4 5 6 7; do /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; done | median; }
planner_peak() {
	command -v tmux >/dev/null 2>&1 || { echo "-"; return; }
	sock="weekplan-bench-$$" out=$(mktemp)
	for i in 1 2 3 4 5; do
		: >"$out"
		tmux -L "$sock" -f /dev/null new-session -d -x 100 -y 30 \
			"env TERM=screen LANG=C.UTF-8 /usr/bin/time -f %M -o $out $1 --demo --today 2026-04-20"
		j=0 # polls until the first screen, at most 10 s
		until tmux -L "$sock" capture-pane -p 2>/dev/null | grep -q 'April 2026' || [ $j -ge 100 ]; do
			sleep 0.1
			j=$((j + 1))
		done
		tmux -L "$sock" send-keys q
		j=0
		until [ -s "$out" ] || [ $j -ge 100 ]; do
			sleep 0.1
			j=$((j + 1))
		done
		tail -1 "$out"
		tmux -L "$sock" kill-server 2>/dev/null
	done | median
	rm -f "$out"
}
# wall CMD...: median (p10, p90) in ms of $runs runs of CMD.
wall() {
	for ((i = 0; i < runs; i++)); do
		s=${EPOCHREALTIME/[.,]/}
		"$@" >/dev/null 2>&1
		e=${EPOCHREALTIME/[.,]/}
		echo $((e - s))
	done | sort -n | awk '{ v[NR] = $1 } END {
		printf "median %.2f ms (p10 %.2f, p90 %.2f)", v[int((NR + 1) / 2)] / 1000,
			v[int(NR / 10) + 1] / 1000, v[int(NR * 9 / 10)] / 1000 }'
}
cpu() {
	command -v perf >/dev/null 2>&1 || { echo "(no perf)"; return; }
	perf stat -r "$runs" "$@" 2>&1 >/dev/null |
		awk '/task-clock/ { printf "mean %s ms CPU", $1 }'
}
for w in "$@"; do
	echo "== $w: $(ldd "$w" | wc -l) shared objects"
	echo "peak RSS (KiB): --version $(peak "$w" --version), agenda $(peak "$w" --demo --today 2026-04-20 agenda)," \
		"planner's first screen $(planner_peak "$w")"
	echo "start --version ($runs runs): $(wall "$w" --version), $(cpu "$w" --version)"
	echo "start agenda ($runs runs): $(wall "$w" --demo --today 2026-04-20 agenda), $(cpu "$w" --demo --today 2026-04-20 agenda)"
done
command -v sqlite3 >/dev/null 2>&1 &&
	echo "== sqlite3 :memory: 'select 1': $(wall sqlite3 :memory: 'select 1'), $(cpu sqlite3 :memory: 'select 1')"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
