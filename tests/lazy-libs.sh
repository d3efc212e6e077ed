#!/bin/sh
# lazy-libs.sh - the libraries only some files need are loaded when such a
# file is read or written, not at every start (core/lazylib.c): the runs
# most users make (--version, agenda, the planner's first screen) load
# none of them, reading a PDF loads poppler, a .docx libzip and libxml2,
# writing a calendar libical, a workbook libxlsxwriter;
# and without a usable library that one file is refused in one line that
# names the package to install, nothing is written, the rest still works.
# The dynamic loader itself says what it loaded (LD_DEBUG=libs, written
# to files by LD_DEBUG_OUTPUT so the program's own output stays apart).
. "${top_srcdir:-.}/tests/lib.sh"
P="$top_srcdir/tests/fixtures/pdf"
D="$top_srcdir/tests/fixtures/docx"
W="$WEEKPLAN --demo --today 2026-04-20"

# The libraries opened at first use, by their name in config.h
# (WP_name_SONAME, WP_name_PACKAGE).
LAZY="POPPLER ICAL XLSXWRITER LIBZIP LIBXML"
soname() { sed -n "s/^#define WP_$1_SONAME \"\(.*\)\"\$/\1/p" "$top_builddir/config.h"; }
package() { sed -n "s/^#define WP_$1_PACKAGE \"\(.*\)\"\$/\1/p" "$top_builddir/config.h"; }

# loads -- CMD...: runs CMD under LD_DEBUG; the libraries the loader
# initialised (its "calling init:" lines) go to $tmp/loaded.
n=0
loads() {
	shift
	n=$((n + 1))
	LD_DEBUG=libs LD_DEBUG_OUTPUT="$tmp/ld.$n" "$@" >"$tmp/out" 2>"$tmp/err"
	cat "$tmp/ld.$n".* 2>/dev/null | sed -n 's/.*calling init: //p' >"$tmp/loaded"
}

# Without a loader that reports (not glibc's), nothing here can be seen.
loads -- $WEEKPLAN --version
grep -q 'libsqlite3' "$tmp/loaded" || { echo "SKIP: the dynamic loader does not report with LD_DEBUG"; exit 77; }

for lib in $LAZY; do
	tests=$((tests + 1))
	[ -n "$(soname $lib)" ] && ok "config.h names $lib's soname $(soname $lib) (package $(package $lib))" ||
		fail "config.h has no WP_${lib}_SONAME"
done

# none_loaded WHAT: the last run initialised none of the lazy libraries.
none_loaded() {
	tests=$((tests + 1))
	found=""
	for lib in $LAZY; do
		grep -qF "/$(soname $lib)" "$tmp/loaded" && found="$found $(soname $lib)"
	done
	[ -z "$found" ] && ok "$1 loads $(wc -l <"$tmp/loaded") libraries, none of:$(for l in $LAZY; do printf ' %s' "$(soname $l)"; done)" ||
		fail "$1 loaded$found"
}
loads -- $WEEKPLAN --version
none_loaded "--version"
loads -- $W agenda
none_loaded "agenda"

# The positive controls: the same check sees each library when it is used.
# loaded LIB WHAT: the last run loaded LIB.
loaded() {
	tests=$((tests + 1))
	grep -qF "/$(soname $1)" "$tmp/loaded" && ok "$2 loads $(soname $1)" ||
		fail "$2 did not load $(soname $1): $(cat "$tmp/err")"
}
loads -- $W import-notice "$P/seed-002.pdf" --dry-run
loaded POPPLER "reading a PDF"
loads -- $W import-notice "$D/seed-001.docx" --dry-run
loaded LIBZIP "reading a .docx"
loaded LIBXML "reading a .docx"
loads -- $W export 朝阳 --format ics -o "$tmp/plan.ics"
loaded ICAL "writing a calendar"
loads -- $W export 朝阳 --format xlsx -o "$tmp/plan.xlsx"
loaded XLSXWRITER "writing a workbook"

# The planner up to its first screen, in tmux.
if command -v tmux >/dev/null 2>&1; then
	sock="weekplan-lazy-$$"
	trap 'tmux -L "$sock" kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
	tmux -L "$sock" -f /dev/null new-session -d -x 100 -y 30 \
		"env LC_ALL= LANG=C.UTF-8 TERM=screen LD_DEBUG=libs LD_DEBUG_OUTPUT=$tmp/ld.planner \
		$W; echo \$? >$tmp/planner.exit; sleep 60"
	i=0 # every wait polls, at most 10 s: a slow machine is only slower
	until tmux -L "$sock" capture-pane -p -t 0 2>/dev/null | grep -q 'April 2026' || [ $i -ge 100 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	tmux -L "$sock" send-keys -t 0 q
	i=0
	until [ -s "$tmp/planner.exit" ] || [ $i -ge 100 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	if [ "$(cat "$tmp/planner.exit" 2>/dev/null)" = 0 ]; then
		cat "$tmp/ld.planner".* | sed -n 's/.*calling init: //p' >"$tmp/loaded"
		none_loaded "the planner's first screen"
	else
		tests=$((tests + 1))
		fail "the planner did not show April 2026 and quit: $(tmux -L "$sock" capture-pane -p -t 0)"
	fi
else
	echo "note: tmux is not installed, the planner is not checked"
fi

# The loader looks for a library by its soname first in LD_LIBRARY_PATH:
# a file there that is no library stands for one not installed (dlopen
# fails the same way), an empty library of that soname for a wrong or
# broken one (its functions are missing). refused LIB WHAT FILE --
# CMD...: with that file as LIB, CMD fails in one line saying WHAT needs
# LIB's package, and leaves no FILE ("-": none to check).
mkdir -p "$tmp/lib"
echo 'int weekplan_stub;' >"$tmp/stub.c"
refused() {
	lib=$1 what=$2 file=$3
	shift 4
	so=$(soname "$lib") pkg=$(package "$lib")
	rm -f "$tmp/lib/"*
	for kind in missing empty; do
		if [ $kind = missing ]; then
			echo "not a library" >"$tmp/lib/$so"
			message="$what needs $pkg (apt-get install $pkg)\$"
			[ -n "$pkg" ] || message="$what needs the shared library $so, which is not installed\$"
		else
			${CC:-cc} -shared -fPIC -Wl,-soname,"$so" -o "$tmp/lib/$so" "$tmp/stub.c" 2>"$tmp/cc.err" ||
				{ tests=$((tests + 1)); fail "cannot build a stub $so: $(cat "$tmp/cc.err")"; continue; }
			message="$what needs .*has no "
		fi
		expect_status 1 "$what, $so $kind" -- env LD_LIBRARY_PATH="$tmp/lib" "$@" || continue
		tests=$((tests + 1))
		[ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q "^weekplan: .*$message" "$tmp/err" &&
			ok "$so $kind: $(cat "$tmp/err")" ||
			fail "$so $kind: expected one line saying '$message', got: $(cat "$tmp/err")"
		[ "$file" = - ] && continue
		tests=$((tests + 1))
		[ ! -e "$file" ] && ok "$so $kind: no $(basename "$file") written" || fail "$so $kind: $file was written"
	done
	rm -f "$tmp/lib/"*
}
refused POPPLER "reading PDF files" - -- $WEEKPLAN --db "$tmp/plans.db" import-notice "$P/seed-002.pdf"
for lib in LIBZIP LIBXML; do
	refused $lib "reading Word (.docx) files" - -- $WEEKPLAN --db "$tmp/plans.db" import-notice "$D/seed-001.docx"
done
refused ICAL "writing iCalendar (.ics) files" "$tmp/refused.ics" -- $W export 朝阳 --format ics -o "$tmp/refused.ics"
refused XLSXWRITER "writing Excel (.xlsx) files" "$tmp/refused.xlsx" -- \
	$W export 朝阳 --format xlsx -o "$tmp/refused.xlsx"
expect_status 0 "campaigns after the refused notices" -- $WEEKPLAN --db "$tmp/plans.db" campaigns --format tsv
tests=$((tests + 1))
[ "$(grep -c . "$tmp/out")" -le 1 ] && ok "no plan stored" || fail "a refused notice stored: $(cat "$tmp/out")"

# Other work goes on without them: agenda with every stub in the way.
for lib in $LAZY; do
	${CC:-cc} -shared -fPIC -Wl,-soname,"$(soname $lib)" -o "$tmp/lib/$(soname $lib)" "$tmp/stub.c"
done
expect_status 0 "agenda without the lazy libraries" -- env LD_LIBRARY_PATH="$tmp/lib" $W agenda
finish
