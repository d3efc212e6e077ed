/* plan-source.c - the campaign_source rows: the plan last imported. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "alloc.h"
#include "i18n-core.h"
#include "plan-source.h"
#include "store.h"

#define MAGIC "wpz1"
enum { HEAD = 8 }; /* the magic and the length */

/* The stored form of json; *size receives its size. Caller frees. */
static unsigned char *pack(const char *json, size_t *size, wp_err *err)
{
	size_t len = strlen(json);
	uLongf room = compressBound((uLong)len);
	if (len > 0xffffffffu) {
		wp_err_set(err, WP_TR("the plan is too large to keep"));
		return NULL;
	}
	unsigned char *out = wp_xmalloc(HEAD + room);
	memcpy(out, MAGIC, 4);
	for (int i = 0; i < 4; i++)
		out[4 + i] = (unsigned char)(len >> (24 - 8 * i));
	if (compress2(out + HEAD, &room, (const Bytef *)json, (uLong)len, Z_BEST_SPEED) != Z_OK) {
		free(out);
		wp_err_set(err, WP_TR("cannot compress the plan to keep"));
		return NULL;
	}
	*size = HEAD + room;
	return out;
}

/* The text of a stored form; NULL with err if it is damaged. */
static char *unpack(const unsigned char *data, size_t size, wp_err *err)
{
	if (size < HEAD || memcmp(data, MAGIC, 4) != 0) {
		wp_err_set(err, WP_TR("the kept plan is damaged"));
		return NULL;
	}
	uLongf len = 0;
	for (int i = 0; i < 4; i++)
		len = len << 8 | data[4 + i];
	char *out = wp_xmalloc(len + 1);
	uLongf got = len;
	if (uncompress((Bytef *)out, &got, data + HEAD, (uLong)(size - HEAD)) != Z_OK ||
	    got != len) {
		free(out);
		wp_err_set(err, WP_TR("the kept plan is damaged"));
		return NULL;
	}
	out[len] = '\0';
	return out;
}

int wp_plan_source_put(wp_store *st, int64_t campaign_id, const char *json, wp_err *err)
{
	static const char sql[] = "INSERT OR REPLACE INTO campaign_source(campaign_id, plan_json) "
				  "VALUES (?1, ?2)";
	size_t size;
	unsigned char *packed = pack(json, &size, err);
	if (!packed)
		return -1;
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s) {
		free(packed);
		return -1;
	}
	sqlite3_bind_int64(s, 1, campaign_id);
	sqlite3_bind_blob(s, 2, packed, (int)size, free);
	return wp_store_run(st, s, err);
}

int wp_plan_source_get(wp_store *st, int64_t campaign_id, char **json, wp_err *err)
{
	static const char sql[] = "SELECT plan_json FROM campaign_source WHERE campaign_id = ?1";
	*json = NULL;
	sqlite3_stmt *s = wp_store_stmt(st, sql, err);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, campaign_id);
	int rc = wp_store_next(st, s, err);
	if (rc <= 0)
		return rc;
	if (sqlite3_column_type(s, 0) == SQLITE_BLOB)
		*json = unpack(sqlite3_column_blob(s, 0), (size_t)sqlite3_column_bytes(s, 0), err);
	else /* kept before plans were compressed */
		*json = wp_col_strdup(s, 0);
	sqlite3_reset(s);
	return *json ? 0 : -1;
}
