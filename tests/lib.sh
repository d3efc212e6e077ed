# lib.sh - helpers for the shell tests (sourced).
# Environment from the Makefile: top_srcdir, WEEKPLAN (the built binary).
set -u
: "${top_srcdir:=.}"
: "${WEEKPLAN:=./weekplan}"
export LC_ALL=C.UTF-8 LANG=C.UTF-8
unset LC_TIME LANGUAGE
export TZ=UTC
fails=0
tests=0

tmp=$(mktemp -d "${TMPDIR:-/tmp}/weekplan-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data"
mkdir -p "$HOME"

# The Chinese catalogue, compiled from the source so that tests need no
# installed weekplan; WEEKPLAN_LOCALEDIR points weekplan at it.
mkdir -p "$tmp/locale/zh_CN/LC_MESSAGES"
msgfmt -o "$tmp/locale/zh_CN/LC_MESSAGES/weekplan.mo" "$top_srcdir/po/zh_CN.po"
export WEEKPLAN_LOCALEDIR="$tmp/locale"

# True if the system can run the Chinese locale (locale-gen zh_CN.UTF-8).
have_zh_locale() {
	locale -a 2>/dev/null | grep -qi '^zh_CN\.utf-\{0,1\}8$'
}

fail() {
	echo "FAIL: $*" >&2
	fails=$((fails + 1))
}

ok() {
	echo "ok: $*"
}

# expect_status WANT NAME -- CMD...: runs CMD, checks its exit status, and
# keeps stdout in $tmp/out and stderr in $tmp/err.
expect_status() {
	want=$1 name=$2
	shift 3
	tests=$((tests + 1))
	"$@" >"$tmp/out" 2>"$tmp/err"
	got=$?
	if [ "$got" -ne "$want" ]; then
		fail "$name: exit status $got, expected $want; stderr: $(cat "$tmp/err")"
		return 1
	fi
	return 0
}

finish() {
	echo "$tests checks, $fails failed"
	[ "$fails" -eq 0 ]
}
