/* notice-outline-fields.c - an item's fields typed on one line, apart by
 * spaces, put a line each.
 *
 * 时间：12月2日（星期三）上午9:00　地点：县城滨江广场　责任单位：县道安办　配合
 * 单位：县委宣传部: a line that opens with a field's label and holds more
 * labelled fields, each after a run of spaces, is the lines it would be
 * had each field its own: every reader of label lines then reads it, and
 * no value runs on into the next field. A space not followed by a label
 * (5月22日 上午9:00) stays. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "notice-outline.h"
#include "notice-text.h"
#include "notice-words.h"
#include "text.h"

/* The bytes of the run of spaces (ASCII or ideographic) at p. */
static size_t spaces_at(const char *p)
{
	size_t n = 0;
	for (;;) {
		if (p[n] == ' ')
			n++;
		else if (strncmp(p + n, "　", strlen("　")) == 0)
			n += strlen("　");
		else
			return n;
	}
}

/* Does p open with the label of an activity's field (name, content,
 * time, place, units) and its ：? A contact's line (联系人：X　电话：Y) is
 * read as one, its person with the numbers beside. */
static bool labelled(const char *p)
{
	size_t len;
	const struct wp_field_label *l = wp_field_label_at(p, &len);
	if (!l || strncmp(p + len, "：", strlen("：")) != 0)
		return false;
	switch (l->field) {
	case WP_FIELD_NAME:
	case WP_FIELD_CONTENT:
	case WP_FIELD_WHEN:
	case WP_FIELD_PLACE:
	case WP_FIELD_LEAD:
	case WP_FIELD_COOP:
		return true;
	default:
		return false;
	}
}

/* Where the next field of line starts after p (past its spaces), or NULL. */
static const char *next_field(const char *p)
{
	for (; *p; p += wp_str_char_len(p)) {
		size_t n = spaces_at(p);
		if (n && labelled(p + n))
			return p + n;
		if (n)
			p += n - 1; /* the run looked at once */
	}
	return NULL;
}

void wp_outline_split_field_runs(struct wp_ntext *t)
{
	for (size_t i = 0; i < t->n; i++) {
		const char *line = t->para[i];
		if (!labelled(line) || !next_field(line))
			continue;
		size_t parts = 0;
		for (const char *at = next_field(line); at; at = next_field(at))
			parts++;
		t->para = wp_xrealloc(t->para, (t->n + parts) * sizeof *t->para);
		memmove(t->para + i + 1 + parts, t->para + i + 1, (t->n - i - 1) * sizeof *t->para);
		t->n += parts;
		char *whole = t->para[i];
		const char *from = whole;
		for (size_t k = 0; k <= parts; k++) {
			const char *to = next_field(from);
			size_t len = to ? (size_t)(to - from) : strlen(from);
			while (len && (from[len - 1] == ' ' || (len >= 3 && strncmp(from + len - 3, "　", 3) == 0)))
				len -= from[len - 1] == ' ' ? 1 : 3;
			t->para[i + k] = wp_str_sub(from, len);
			from = to;
		}
		free(whole);
		i += parts;
	}
}
