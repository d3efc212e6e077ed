/* plan-memo.c - unit ids by region and name, in a jansson object (its
 * hash table is all a memo needs). */
#include "config.h"

#include <jansson.h>
#include <stdlib.h>

#include "alloc.h"

#include "buf.h"
#include "plan-memo.h"

struct wp_plan_memo {
	json_t *ids; /* "region\x1fname" -> id */
	wp_buf key;  /* reused for every key */
};

wp_plan_memo *wp_plan_memo_new(void)
{
	wp_plan_memo *m = wp_xcalloc(1, sizeof *m);
	m->ids = json_object();
	m->key = (wp_buf)WP_BUF_INIT;
	return m;
}

void wp_plan_memo_free(wp_plan_memo *memo)
{
	if (!memo)
		return;
	json_decref(memo->ids);
	wp_buf_free(&memo->key);
	free(memo);
}

void wp_plan_memo_clear(wp_plan_memo *memo)
{
	json_object_clear(memo->ids);
}

/* Region and name, which hold no control characters (wp_text_check). */
static const char *key(wp_plan_memo *m, const char *region, const char *name)
{
	wp_buf_reset(&m->key);
	wp_buf_printf(&m->key, "%s\x1f%s", region ? region : "", name);
	return wp_buf_str(&m->key);
}

int64_t wp_plan_memo_get(wp_plan_memo *memo, const char *region, const char *name)
{
	return (int64_t)json_integer_value(json_object_get(memo->ids, key(memo, region, name)));
}

void wp_plan_memo_put(wp_plan_memo *memo, const char *region, const char *name, int64_t id)
{
	json_object_set_new_nocheck(memo->ids, key(memo, region, name), json_integer(id));
}
