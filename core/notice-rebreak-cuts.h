/* notice-rebreak-cuts.h - where a run-on line is cut (notice-rebreak-cuts.c),
 * given the outline markers that run in sequence in it (notice-rebreak.c);
 * the helpers both share.
 *
 * Not part of core's interface: only notice.h is. */
#ifndef WP_NOTICE_REBREAK_CUTS_H
#define WP_NOTICE_REBREAK_CUTS_H

#include <stdbool.h>
#include <stddef.h>

/* The outline markers, from the top level down: 一、 （一） 1. （1） ①. */
enum wp_nrebreak_kind {
	WP_NREBREAK_TOP,
	WP_NREBREAK_PAREN_CN,
	WP_NREBREAK_ARABIC,
	WP_NREBREAK_PAREN_AR,
	WP_NREBREAK_CIRCLED,
	WP_NREBREAK_KINDS
};

struct wp_nrebreak_mark {
	size_t at, len; /* bytes into the line, and of the marker */
	enum wp_nrebreak_kind kind;
	int value;
	int next; /* the value of the next marker of its kind in the line, 0 if none */
	bool spaced; /* after a space (not 。 or ；) */
};

struct wp_nrebreak_marks {
	struct wp_nrebreak_mark *v;
	size_t n, cap;
};

static inline bool wp_nrebreak_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Bytes of the space at p, else 0: an ASCII one, as a page joins its
 * lines with (a U+3000 inside a line, 吴　静, is the notice's own). */
static inline size_t wp_nrebreak_space_at(const char *p)
{
	return *p == ' ';
}

/* 1 .. 99 in ASCII digits at p, with *len its bytes; -1 if none. */
int wp_nrebreak_arabic_at(const char *p, size_t *len);

/* Quotes and brackets open at a point of the line: nothing inside is cut. */
struct wp_nrebreak_depth {
	int open;     /* quotes and brackets open at this point */
	size_t since; /* characters since the outermost opened */
};
/* Steps the depth over the character at p. */
void wp_nrebreak_depth_step(struct wp_nrebreak_depth *d, const char *p);
/* A character after which a line may begin: a space, the end of a
 * sentence or clause. */
bool wp_nrebreak_ends_before(const char *p);
/* The character before p (not before start). */
const char *wp_nrebreak_char_before(const char *start, const char *p);

/* Where the lines of a run-on line begin: byte offsets, in no order
 * (the caller sorts them), some more than once. */
struct wp_nrebreak_cuts {
	size_t *at;
	size_t n, cap;
};
/* Adds to c the cuts of line, whose markers in sequence are ms. */
void wp_nrebreak_find_cuts(const char *line, const struct wp_nrebreak_marks *ms,
			   struct wp_nrebreak_cuts *c);

#endif
