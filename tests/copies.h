/* copies.h - a notice's text copied the ways staff receive it: saved on
 * Windows, typed with full-width digits or half-width punctuation,
 * indented with U+3000, or copied out of a PDF (prose lines cut at one
 * width, page marks). Each returns a new string (caller frees). Used by
 * check_reader_copies on every fixture and by the habit tests of the
 * cleaning step on small texts. */
#ifndef WP_TESTS_COPIES_H
#define WP_TESTS_COPIES_H

#include <stddef.h>

char *copy_crlf(const char *text);
/* 0-9 as U+FF10..U+FF19 */
char *copy_fullwidth_digits(const char *text);
/* each line that holds text opens with two U+3000 instead of its indent */
char *copy_wide_indent(const char *text);
/* ：；（） as : ; ( ) */
char *copy_halfwidth_punct(const char *text);
/* each prose line cut into lines of at most width display columns (a
 * Chinese character is two); a table row (a tab, a bar, a run of spaces
 * or a U+3000 between cells) is kept whole, as a PDF never yields one */
char *copy_wrapped(const char *text, int width);
/* a page mark "— N —" between blank lines after every 30th line */
char *copy_page_marks(const char *text);
/* the lines trimmed and joined with one space, blank lines dropped */
char *copy_runon(const char *text);

/* The copies check_reader_copies makes of each notice, by name. */
struct copy_kind {
	const char *name;
	char *(*make)(const char *text);
};
extern const struct copy_kind copy_kinds[];
extern const size_t copy_kind_count;

#endif
