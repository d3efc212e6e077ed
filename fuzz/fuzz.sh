#!/bin/sh
# fuzz.sh - build and run the libFuzzer targets (make fuzz, make fuzz-run).
#
#   fuzz.sh build              builds fuzz/fuzz-{notice,plan,date,rule}
#   fuzz.sh run RUNS [SECONDS] runs each for RUNS executions (or for
#                              SECONDS each when RUNS is 0), seeded from
#                              the test fixtures; exits non-zero on a finding
#
# The core is compiled again with clang, instrumented for coverage and
# checked by AddressSanitizer and UndefinedBehaviorSanitizer. make passes
# srcdir, CORE_SOURCES (the library's files under srcdir), FUZZ_CC, FUZZ_CPPFLAGS and
# FUZZ_LIBS; FUZZ_SEED fixes libFuzzer's seed (CI: the same inputs every
# run), FUZZ_TARGETS picks targets. A finding leaves its input as fuzz/crash-* (or leak-*,
# timeout-*): replay it with fuzz/fuzz-TARGET FILE.
set -eu
: "${srcdir:=.}" "${FUZZ_CC:=clang}"
targets=${FUZZ_TARGETS:-"notice plan date rule"}
sanitize="-fsanitize=address,undefined -fno-sanitize-recover=all"
cflags="-std=c11 -g -O1 -fno-omit-frame-pointer $sanitize"

build() {
	if ! command -v "$FUZZ_CC" >/dev/null 2>&1; then
		echo "fuzz: $FUZZ_CC is not installed (apt-get install clang)" >&2
		exit 1
	fi
	mkdir -p fuzz/obj
	objs=
	for src in $CORE_SOURCES core/embedded-data.c; do
		case $src in
		*.h) continue ;;
		core/embedded-data.c) path=$src ;;
		*) path=$srcdir/$src ;;
		esac
		obj=fuzz/obj/$(basename "$src" .c).o
		objs="$objs $obj"
		# shellcheck disable=SC2086
		"$FUZZ_CC" $cflags -fsanitize=fuzzer-no-link $FUZZ_CPPFLAGS -c "$path" -o "$obj"
	done
	for t in $targets; do
		# shellcheck disable=SC2086
		"$FUZZ_CC" $cflags -fsanitize=fuzzer $FUZZ_CPPFLAGS -o "fuzz/fuzz-$t" \
			"$srcdir/fuzz/fuzz-$t.c" $objs $FUZZ_LIBS
	done
}

seeds() { # the corpus directories a target starts from
	case $1 in
	notice) echo "$srcdir/tests/fixtures/notices $srcdir/tests/fixtures/genre $srcdir/fuzz/seeds/notice-docx $srcdir/fuzz/seeds/notice-pdf" ;;
	plan) echo "$srcdir/data/plans $srcdir/tests/fixtures/plans" ;;
	*) echo "$srcdir/fuzz/seeds/$1" ;;
	esac
}

run() {
	runs=$1 seconds=${2:-0}
	for t in $targets; do
		corpus=$(mktemp -d)
		limit="-runs=$runs"
		[ "$runs" -eq 0 ] && limit="-max_total_time=$seconds"
		dict=
		[ "$t" = notice ] && dict="-dict=$srcdir/fuzz/notice.dict"
		echo "fuzz-$t: $limit"
		# New inputs go to the temporary first directory; the seeds stay.
		# shellcheck disable=SC2046,SC2086
		if ! "fuzz/fuzz-$t" $limit $dict -seed="${FUZZ_SEED:-0}" -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
			-artifact_prefix=fuzz/ -print_final_stats=1 "$corpus" $(seeds "$t") \
			>"fuzz/fuzz-$t.log" 2>&1; then
			tail -40 "fuzz/fuzz-$t.log"
			rm -rf "$corpus"
			echo "fuzz-$t: FAILED (see fuzz/fuzz-$t.log)"
			exit 1
		fi
		grep -E '^stat::number_of_executed_units|^Done' "fuzz/fuzz-$t.log" || true
		rm -rf "$corpus"
	done
}

case ${1:-} in
build) build ;;
run) run "${2:?runs}" "${3:-0}" ;;
*)
	echo "usage: fuzz.sh build | run RUNS [SECONDS]" >&2
	exit 2
	;;
esac
