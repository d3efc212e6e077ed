/* unit.h - the unit registry: names, regions and aliases.
 *
 * A unit is identified by its region and the key of its name (see
 * wp_text_key), so spellings that differ only in full-width/half-width
 * brackets or spaces are the same unit, and aliases map other spellings
 * (县市场监督管理局, 鹿寨县知识产权局) onto one unit. */
#ifndef WP_UNIT_H
#define WP_UNIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "err.h"

struct wp_store;

/* Finds the unit called name (or an alias of it) in region. Returns 1 and
 * sets *id when found, 0 when not, -1 on error. */
int wp_unit_lookup(struct wp_store *st, const char *region, const char *name,
		   int64_t *id, wp_err *err);

/* Finds or creates the unit; *id receives it. */
int wp_unit_ensure(struct wp_store *st, const char *region, const char *name,
		   int64_t *id, wp_err *err);

/* Makes alias another spelling of unit id. Fails if the alias already names
 * a different unit of the same region. */
int wp_unit_add_alias(struct wp_store *st, int64_t id, const char *alias, wp_err *err);

/* A unit as its form edits it: its name and its other names. */
typedef struct wp_unit_rec {
	int64_t id;
	int revision;   /* the row's, for compare-and-set saving */
	char *name;     /* owned */
	char *region;   /* owned; a unit never changes region (it is part of
			 * what identifies it) */
	char **aliases; /* owned, in the order they were given */
	size_t naliases;
} wp_unit_rec;

#define WP_UNIT_REC_INIT {0}

/* Loads unit id with its aliases into rec (clear it with wp_unit_rec_clear). */
int wp_unit_load(struct wp_store *st, int64_t id, wp_unit_rec *rec, wp_err *err);

/* Stores rec's name and exactly its aliases, in that order, in one
 * transaction of its own: all of it or, on failure, nothing. Refused with
 * WP_EDIT_CONFLICT (edit.h) when the unit no longer has rec->revision, and
 * with -1 when the name or an alias already names another unit of the
 * region. An alias spelled as the name, or as an earlier alias (by key,
 * see wp_text_key), is not stored twice. On success rec->revision is the
 * new one. */
int wp_unit_save(struct wp_store *st, wp_unit_rec *rec, wp_err *err);

/* Appends an alias (copied). */
void wp_unit_rec_add_alias(wp_unit_rec *rec, const char *alias);
/* A deep copy (dst is overwritten, not cleared). */
void wp_unit_rec_copy(wp_unit_rec *dst, const wp_unit_rec *src);
void wp_unit_rec_clear(wp_unit_rec *rec);

/* A unit found by a user's search term. */
typedef struct wp_unit_ref {
	int64_t id;
	char *name;
	char *region;
} wp_unit_ref;

/* As wp_unit_search without a region, and where that finds no unit or
 * several, spec written as NAME (REGION) or NAME（REGION） (as lists of
 * units print them) searches NAME within REGION. */
int wp_unit_find_spec(struct wp_store *st, const char *spec, wp_unit_ref *out, int max, wp_err *err);

/* Units whose name or alias contains term (key comparison), region being a
 * filter when not NULL. *out receives at most max matches (caller frees with
 * wp_unit_refs_free); returns the number of matches found (which may be
 * larger than max, so ambiguity can be reported), or -1. */
int wp_unit_search(struct wp_store *st, const char *term, const char *region,
		   wp_unit_ref *out, int max, wp_err *err);
void wp_unit_refs_free(wp_unit_ref *refs, int n);

#endif
