#!/bin/sh
# lazy-libs.sh - the libraries only some files need are loaded when such a
# file is read, not at every start (core/lazylib.c): the runs most users
# make (--version, agenda, the planner's first screen) do not map poppler,
# reading a PDF does, and without a usable poppler a PDF is refused in one
# line that names the package to install while the rest still works.
# The dynamic loader itself says what it loaded (LD_DEBUG=libs, written
# to files by LD_DEBUG_OUTPUT so the program's own output stays apart).
. "${top_srcdir:-.}/tests/lib.sh"
P="$top_srcdir/tests/fixtures/pdf"
W="$WEEKPLAN --demo --today 2026-04-20"

# loads NAME -- CMD...: runs CMD under LD_DEBUG; the libraries the loader
# initialised (its "calling init:" lines) go to $tmp/loaded.
n=0
loads() {
	name=$1
	shift 2
	n=$((n + 1))
	LD_DEBUG=libs LD_DEBUG_OUTPUT="$tmp/ld.$n" "$@" >"$tmp/out" 2>"$tmp/err"
	cat "$tmp/ld.$n".* 2>/dev/null | sed -n 's/.*calling init: //p' >"$tmp/loaded"
}

# Without a loader that reports (not glibc's), nothing here can be seen.
loads "version" -- $WEEKPLAN --version
grep -q 'libsqlite3' "$tmp/loaded" || { echo "SKIP: the dynamic loader does not report with LD_DEBUG"; exit 77; }

# no_poppler NAME: the last run initialised no poppler library.
no_poppler() {
	tests=$((tests + 1))
	if grep -q 'poppler' "$tmp/loaded"; then
		fail "$1 loaded poppler: $(grep poppler "$tmp/loaded" | tr '\n' ' ')"
	else
		ok "$1 loads $(wc -l <"$tmp/loaded") libraries, poppler not among them"
	fi
}
no_poppler "--version"
loads "agenda" -- $W agenda
no_poppler "agenda"

# The positive control: the same check sees poppler when a PDF is read.
loads "a PDF" -- $W import-notice "$P/seed-002.pdf" --dry-run
tests=$((tests + 1))
grep -q 'libpoppler-glib' "$tmp/loaded" && ok "reading a PDF loads poppler-glib" ||
	fail "reading a PDF did not load poppler-glib: $(cat "$tmp/err")"

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
	tests=$((tests + 1))
	if [ "$(cat "$tmp/planner.exit" 2>/dev/null)" = 0 ]; then
		cat "$tmp/ld.planner".* | sed -n 's/.*calling init: //p' >"$tmp/loaded"
		no_poppler "the planner's first screen"
	else
		fail "the planner did not show April 2026 and quit: $(tmux -L "$sock" capture-pane -p -t 0)"
	fi
else
	echo "note: tmux is not installed, the planner is not checked"
fi

# refused PDF WHAT: a PDF import run with LD_LIBRARY_PATH=$tmp/lib fails
# in one line saying what reading PDFs needs, and stores nothing.
refused() {
	expect_status 1 "a PDF $1" -- env LD_LIBRARY_PATH="$tmp/lib" $WEEKPLAN --db "$tmp/plans.db" \
		import-notice "$P/seed-002.pdf" || return
	tests=$((tests + 1))
	[ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q "^weekplan: .*seed-002.pdf: reading PDF files needs .*$2" "$tmp/err" &&
		ok "$1: $(cat "$tmp/err")" || fail "$1: expected one line saying what is needed, got: $(cat "$tmp/err")"
}

# The loader finds the PDF library by its soname first in LD_LIBRARY_PATH:
# a file there that is no library stands for poppler-glib not installed
# (dlopen fails the same way), an empty library of that soname for a wrong
# or broken one (its functions are missing).
soname=$(sed -n 's/^#define WP_POPPLER_SONAME "\(.*\)"$/\1/p' "$top_builddir/config.h")
package=$(sed -n 's/^#define WP_POPPLER_PACKAGE "\(.*\)"$/\1/p' "$top_builddir/config.h")
tests=$((tests + 1))
[ -n "$soname" ] && ok "config.h names the soname $soname (package ${package:-unknown})" ||
	fail "config.h has no WP_POPPLER_SONAME"
mkdir -p "$tmp/lib"
echo "not a library" >"$tmp/lib/$soname"
if [ -n "$package" ]; then
	refused "without poppler-glib" "$package (apt-get install $package)\$"
else
	refused "without poppler-glib" "the shared library $soname, which is not installed\$"
fi
echo 'int weekplan_stub;' >"$tmp/stub.c"
if ${CC:-cc} -shared -fPIC -Wl,-soname,"$soname" -o "$tmp/lib/$soname" "$tmp/stub.c" 2>"$tmp/cc.err"; then
	refused "with a poppler-glib that lacks its functions" "has no poppler_"
else
	fail "cannot build the stub library: $(cat "$tmp/cc.err")"
fi
expect_status 0 "campaigns after the refused PDFs" -- $WEEKPLAN --db "$tmp/plans.db" campaigns --format tsv
tests=$((tests + 1))
[ "$(grep -c . "$tmp/out")" -le 1 ] && ok "nothing was stored" || fail "a refused PDF stored: $(cat "$tmp/out")"

# Other work goes on without the library: agenda with the stub in the way.
expect_status 0 "agenda without poppler-glib" -- env LD_LIBRARY_PATH="$tmp/lib" $W agenda
finish
