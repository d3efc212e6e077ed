/* search-recent.h - the activity search for a frequent text, newest first.
 *
 * A search lists the newest max activities whose title or place holds
 * the text. Through the full-text index its work grows with the matches:
 * a word in a fifth of all titles (培训 at a million activities) fetched
 * and sorted 180,000 rows to keep 100. For such a text, walking the
 * activities from the newest date down and testing each finds the newest
 * ones after a few hundred rows. */
#ifndef WP_SEARCH_RECENT_H
#define WP_SEARCH_RECENT_H

#include <stddef.h>

#include "err.h"
#include "query.h"

struct wp_store;

/* The activity hits of wp_query_search for text, when the index holds at
 * least a thousand rows matching phrase (text as an FTS5 phrase): *out
 * gets the same hits in the same order (caller frees with
 * wp_search_hits_free) and the result is 1. 0, with *out NULL, when the
 * text is not that frequent or its newest matches are not within the
 * newest 20,000 activities: the caller searches through the index. -1 on
 * error. */
int wp_search_recent(struct wp_store *st, const char *text, const char *phrase, int max,
		     wp_search_hit **out, size_t *n, wp_err *err);

#endif
