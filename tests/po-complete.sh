#!/bin/sh
# po-complete.sh - every message of the sources has a Chinese translation:
# extract the messages afresh (xgettext, as po/ does), merge them with
# po/zh_CN.po, and count what is untranslated or fuzzy.
. "${top_srcdir:-.}/tests/lib.sh"
command -v xgettext >/dev/null 2>&1 || { echo "SKIP: xgettext (gettext) is not installed"; exit 77; }
files=$(sed -e '/^#/d' -e '/^$/d' -e "s|^|$top_srcdir/|" "$top_srcdir/po/POTFILES.in")
# shellcheck disable=SC2086
xgettext -o "$tmp/all.pot" --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=WP_TR \
	--keyword=WP_N_ --keyword=ngettext:1,2 $files
msgmerge -q --no-fuzzy-matching -o "$tmp/zh.po" "$top_srcdir/po/zh_CN.po" "$tmp/all.pot"
tests=$((tests + 1))
missing=$(msgattrib --untranslated "$tmp/zh.po" | grep -c '^msgid' || true)
if [ "${missing:-0}" -eq 0 ]; then
	ok "every message is translated"
else
	fail "$missing message(s) lack a Chinese translation:"
	msgattrib --untranslated "$tmp/zh.po" | grep -A1 '^msgid' >&2
fi
tests=$((tests + 1))
fuzzy=$(msgattrib --only-fuzzy "$tmp/zh.po" | grep -c '^msgid' || true)
[ "${fuzzy:-0}" -eq 0 ] && ok "no fuzzy translations" || fail "$fuzzy fuzzy translation(s) in po/zh_CN.po"
finish
