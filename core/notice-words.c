/* notice-words.c - the lookups on the genre's vocabulary (see
 * notice-words.h for how to add a habit of the genre). The plain word
 * lists are in notice-words-outline.c, -time.c, -units.c, -duties.c and
 * -places.c, each with the rows of its sets; tables whose rows carry more
 * than a word (a label's field, a verb's uses) are in notice-words-typed.c. */
#include "config.h"

#include <string.h>

#include "notice-text.h"
#include "notice-words.h"

/* Every set has its list in exactly one of these (tests/check_words.c). */
static const char *const *const *const tables[] = {
	wp_words_outline, wp_words_time, wp_words_units, wp_words_duties, wp_words_places,
};

const char *const *wp_words(enum wp_word_set set)
{
	for (size_t t = 0; t < sizeof tables / sizeof *tables; t++)
		if (tables[t][set])
			return tables[t][set];
	return NULL;
}

size_t wp_word_at(const char *s, enum wp_word_set set)
{
	size_t best = 0;
	for (const char *const *w = wp_words(set); *w; w++) {
		const char *word = *w;
		/* The reader asks at every character of a notice: most words
		 * differ from the text in their first two bytes, so those are
		 * compared before the word is measured. */
		if (word[0] != s[0] || (word[0] && word[1] && word[1] != s[1]))
			continue;
		size_t n = strlen(word);
		if (n > best && strncmp(s, word, n) == 0)
			best = n;
	}
	return best;
}

bool wp_word_is(const char *s, enum wp_word_set set)
{
	size_t n = wp_word_at(s, set);
	return n > 0 && s[n] == '\0';
}

bool wp_word_ends(const char *s, enum wp_word_set set)
{
	for (const char *const *w = wp_words(set); *w; w++)
		if (wp_str_ends(s, *w))
			return true;
	return false;
}

size_t wp_word_end_len(const char *s, enum wp_word_set set)
{
	size_t n = strlen(s);
	for (const char *const *w = wp_words(set); *w; w++)
		if (n > strlen(*w) && wp_str_ends(s, *w))
			return strlen(*w);
	return 0;
}

const char *wp_word_find_near(const char *s, enum wp_word_set set, size_t window, size_t *len)
{
	for (const char *p = s; *p && (size_t)(p - s) <= window; p += wp_str_char_len(p)) {
		size_t n = wp_word_at(p, set);
		if (n) {
			*len = n;
			return p;
		}
	}
	return NULL;
}

const char *wp_word_find(const char *s, enum wp_word_set set, size_t *len)
{
	return wp_word_find_near(s, set, (size_t)-1, len);
}
