#!/bin/bash
# cli-floor.sh DB [WEEKPLAN] - issue 12's comparison as it is stated: each
# report as a whole weekplan process next to the sqlite3 shell running the
# equivalent SQL on the same database, each a whole process printing its
# rows to a pipe. Run in turn (weekplan, sqlite3, weekplan ...) BENCH_RUNS
# times (default 40) after one warm-up each; prints the median wall time
# of each (bash's EPOCHREALTIME around the command, no fork of its own),
# their ratio, and the rows each printed, which must agree (a row count
# that differs is marked "ROWS DIFFER"). DB is a database made by
# `bench/weekplan-bench --generate N DB` (make bench-cli), whose
# activities all last one day (so the week's floor asks by start date
# only). The SQL run as the floor is printed at the end.
set -u
db=$1
wp=${2:-./weekplan}
runs=${BENCH_RUNS:-40}
command -v sqlite3 >/dev/null || { echo "cli-floor.sh needs the sqlite3 shell (apt-get install sqlite3)" >&2; exit 1; }
[ -f "$db" ] || { echo "$db: no such database" >&2; exit 1; }
q() { sqlite3 -readonly "$db" "$1"; }
# The bench's unit (id 1501: a typical load) spelt NAME (REGION), and its
# campaign of 2026.
unit="$(q "SELECT name || ' (' || region || ')' FROM unit WHERE id = 1501")"
campaign="$(q "SELECT min(id) FROM campaign WHERE period_start = '2026-01-01'")"
W=("$wp" --db "$db" --today 2026-04-20)

# name | weekplan arguments (one string, split on tabs) | floor SQL
names=() args=() sqls=()
add() { names+=("$1"); args+=("$2"); sqls+=("$3"); }
T=$'\t'
add "week agenda" "agenda${T}--from${T}2026-04-20${T}--to${T}2026-04-26${T}--format${T}tsv" \
	"SELECT a.id, c.title, a.number, a.title, a.location, a.start_date, a.start_time, a.end_time,
	 (SELECT group_concat(u.name, '、') FROM assignment s JOIN unit u ON u.id = s.unit_id
	  WHERE s.activity_id = a.id)
	 FROM activity a JOIN campaign c ON c.id = a.campaign_id
	 WHERE a.start_date BETWEEN '2026-04-20' AND '2026-04-26'
	 ORDER BY a.start_date, a.start_time;"
add "deadlines, 30 days" "deadlines${T}--format${T}tsv" \
	"SELECT d.id, d.campaign_id, c.title, d.what, d.rule_text, a.number, d.due_date,
	 coalesce(u.name, d.submit_to),
	 (SELECT group_concat(o.name || coalesce(' ' || x.submitted_on, ''), '、')
	  FROM deadline_unit x JOIN unit o ON o.id = x.unit_id WHERE x.deadline_id = d.id)
	 FROM deadline d JOIN campaign c ON c.id = d.campaign_id
	 LEFT JOIN activity a ON a.id = d.activity_id LEFT JOIN unit u ON u.id = d.submit_to_unit_id
	 WHERE d.due_date BETWEEN '2026-03-21' AND '2026-05-20'
	 AND (EXISTS (SELECT 1 FROM deadline_unit x WHERE x.deadline_id = d.id AND x.submitted_on IS NULL)
	      OR NOT EXISTS (SELECT 1 FROM deadline_unit x WHERE x.deadline_id = d.id))
	 ORDER BY d.due_date, c.period_start, d.campaign_id, d.seq;"
add "one unit's year" "unit${T}${unit}${T}--from${T}2026-01-01${T}--to${T}2026-12-31${T}--format${T}tsv" \
	"SELECT a.id, c.title, a.number, a.title, a.location, a.start_date, a.start_time, a.end_time, s.role,
	 (SELECT group_concat(u.name, '、') FROM assignment t JOIN unit u ON u.id = t.unit_id
	  WHERE t.activity_id = a.id)
	 FROM assignment s JOIN activity a ON a.id = s.activity_id JOIN campaign c ON c.id = a.campaign_id
	 WHERE s.unit_id = 1501 AND a.start_date BETWEEN '2026-01-01' AND '2026-12-31'
	 UNION ALL
	 SELECT d.id, c.title, NULL, d.what, NULL, d.due_date, NULL, NULL, 'owes', NULL
	 FROM deadline_unit o JOIN deadline d ON d.id = o.deadline_id JOIN campaign c ON c.id = d.campaign_id
	 WHERE o.unit_id = 1501 AND d.due_date BETWEEN '2026-01-01' AND '2026-12-31'
	 ORDER BY 6, 7;"
add "matrix of a campaign" "matrix${T}${campaign}${T}--format${T}tsv" \
	"SELECT u.name, a.number, s.role FROM activity a JOIN assignment s ON s.activity_id = a.id
	 JOIN unit u ON u.id = s.unit_id WHERE a.campaign_id = $campaign ORDER BY u.name, a.seq;"
add "conflicts, April" "conflicts${T}--from${T}2026-04-01${T}--to${T}2026-04-30${T}--format${T}tsv" \
	"SELECT a.start_date, u.name, a.number, b.number FROM activity a
	 CROSS JOIN assignment sa ON sa.activity_id = a.id AND sa.role = 'lead'
	 CROSS JOIN assignment sb ON sb.unit_id = sa.unit_id AND sb.role = 'lead'
	 AND sb.start_date = a.start_date AND sb.activity_id > a.id
	 CROSS JOIN activity b ON b.id = sb.activity_id JOIN unit u ON u.id = sa.unit_id
	 WHERE a.start_date BETWEEN '2026-04-01' AND '2026-04-30'
	 AND a.start_time IS NOT NULL AND b.start_time IS NOT NULL
	 AND a.start_time < b.end_time AND b.start_time < a.end_time ORDER BY a.start_date;"
add "check of a campaign" "check${T}${campaign}${T}--format${T}tsv" \
	"SELECT u.name, a.number, b.number FROM activity a
	 CROSS JOIN assignment sa ON sa.activity_id = a.id AND sa.role = 'lead'
	 CROSS JOIN assignment sb ON sb.unit_id = sa.unit_id AND sb.role = 'lead'
	 AND sb.start_date = a.start_date AND sb.activity_id <> a.id
	 CROSS JOIN activity b ON b.id = sb.activity_id JOIN unit u ON u.id = sa.unit_id
	 WHERE a.campaign_id = $campaign AND a.start_time IS NOT NULL AND b.start_time IS NOT NULL
	 AND a.start_time < b.end_time AND b.start_time < a.end_time
	 AND (b.campaign_id <> a.campaign_id OR b.seq > a.seq) ORDER BY a.seq, b.start_date;"

now_us() { local t=${EPOCHREALTIME/./}; echo "$t"; }
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", v[int((NR + 1) / 2)] / 1000 }'; }
rows() { "$@" 2>/dev/null | grep -c ''; }

printf '%-22s %10s %10s %6s %14s\n' "median ms" weekplan sqlite3 ratio "rows (w / s)"
for i in "${!names[@]}"; do
	IFS=$T read -r -a a <<<"${args[$i]}"
	sql=${sqls[$i]}
	wrows=$(rows "${W[@]}" "${a[@]}")
	srows=$(rows sqlite3 -readonly "$db" "$sql")
	[ "${a[0]}" = check ] && wrows="$wrows*"
	wt=() st=()
	for ((r = 0; r <= runs; r++)); do
		t0=$(now_us); "${W[@]}" "${a[@]}" >/dev/null 2>&1; t1=$(now_us)
		sqlite3 -readonly "$db" "$sql" >/dev/null 2>&1; t2=$(now_us)
		[ $r -eq 0 ] && continue # the warm-up
		wt+=($((t1 - t0))) st+=($((t2 - t1)))
	done
	wm=$(printf '%s\n' "${wt[@]}" | median) sm=$(printf '%s\n' "${st[@]}" | median)
	mark=""
	[ "${a[0]}" != check ] && [ "$wrows" != "$srows" ] && mark="  ROWS DIFFER"
	printf '%-22s %10s %10s %6.2f %14s%s\n' "${names[$i]}" "$wm" "$sm" "$(echo "$wm / $sm" | bc -l)" \
		"$wrows / $srows" "$mark"
done
echo "(* check prints all its findings; its floor is only the lead-overlap part)"
echo
echo "Floor SQL (unit 1501 = $unit, campaign $campaign):"
for i in "${!names[@]}"; do printf -- '-- %s\n%s\n' "${names[$i]}" "${sqls[$i]}"; done
