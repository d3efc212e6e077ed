#ifndef WP_SEARCH_TOKENIZER_H
#define WP_SEARCH_TOKENIZER_H

#include <stdbool.h>
#include <sqlite3.h>

#include "err.h"

/* The FTS5 tokenizer behind activity search (schema step 008), named
 * "weekplan_cjk". FTS5's own tokenizers cannot find a two-character
 * Chinese word: unicode61 makes a whole run of Chinese one token and
 * trigram needs three characters. This one emits, for a run of non-ASCII
 * characters, each character's bigram with the next one and (at the same
 * position) the character alone, and for ASCII each run of letters and
 * digits lower-cased; other ASCII separates and takes no position.
 *
 * A query is a substring search, so its text is tokenized so that it
 * matches wherever it occurs inside a longer text: a run ends with its last
 * character alone, and an ASCII word touching either end of the query is
 * left out (it may be part of a longer word). The index only narrows the
 * candidates; the caller keeps an exact substring test. */

#define WP_SEARCH_TOKENIZER "weekplan_cjk"

/* Registers the tokenizer on db; every connection needs it before a
 * statement touches the index (the triggers on activity do). */
int wp_search_tokenizer_register(sqlite3 *db, wp_err *err);

/* True if text, tokenized as a query, gives at least one token: without
 * one the index cannot narrow anything and the caller must scan. */
bool wp_search_query_has_terms(const char *text);

#endif
