/* notice-committee-table.c - a committee written as a table of persons
 * copied a cell per line:
 *   序号 / 姓名 / 职务 / 组内职务 / 1 / 周立群 / 市城市管理局党组书记、局长 / 组长 / 2 ...
 * The header is a run of lines that each name a column (the number, the
 * person, the post, the role in the group); each row then opens with its
 * number, so a row is read only where the count goes on (1, 2, 3 ...).
 * The role cell (组长, 副组长, 成员) says where a person goes; the person
 * is written as the prose committees are, post then name (the spaces a
 * two-character name is padded with dropped). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"

enum column { COL_NO, COL_NAME, COL_POST, COL_ROLE, COL_NONE };

#define MAX_COLUMNS 6

static enum column column_of(const char *cell)
{
	const struct wp_field_label *l = wp_field_label_is(cell);
	if (l && l->field == WP_FIELD_NO)
		return COL_NO;
	if (wp_word_is(cell, WP_WORDS_PERSON_COLUMN))
		return COL_NAME;
	if (wp_word_is(cell, WP_WORDS_POST_COLUMN))
		return COL_POST;
	if (wp_word_is(cell, WP_WORDS_GROUP_ROLE_COLUMN))
		return COL_ROLE;
	return COL_NONE;
}

/* "3": the row number, or -1. */
static int number_of(const char *s)
{
	int n = 0, digits = 0;
	while (*s >= '0' && *s <= '9' && digits < 3)
		n = n * 10 + (*s++ - '0'), digits++;
	return digits && !*s ? n : -1;
}

/* 副组长, 常务副组长 are deputies, 组长 and 主任 chair, the rest are members. */
static json_t *group_for(const char *role, json_t *chair, json_t *vice, json_t *members)
{
	if (wp_str_find(role, "副"))
		return vice;
	if (wp_str_ends(role, "组长") || wp_str_ends(role, "主任"))
		return chair;
	return members;
}

/* The header at paragraph i: its columns into col; 0 unless it has a
 * number, a name and a role column. */
static size_t header_at(struct reader *r, size_t i, enum column *col)
{
	size_t n = 0;
	bool name = false, role = false;
	while (i + n < r->t.n && n < MAX_COLUMNS && wp_notice_step(r, 1) &&
	       (col[n] = column_of(r->t.para[i + n])) != COL_NONE) {
		name = name || col[n] == COL_NAME;
		role = role || col[n] == COL_ROLE;
		n++;
	}
	return n >= 3 && col[0] == COL_NO && name && role ? n : 0;
}

/* The rows under the header that ends before paragraph body. */
static size_t read_rows(struct reader *r, size_t body, const enum column *col, size_t ncols, json_t *chair,
			json_t *vice, json_t *members)
{
	size_t rows = 0;
	for (size_t i = body; i + ncols <= r->t.n && wp_notice_step(r, ncols); i += ncols) {
		if (number_of(r->t.para[i]) != (int)rows + 1)
			break;
		const char *name = NULL, *post = "", *role = NULL;
		for (size_t c = 1; c < ncols; c++) {
			const char *cell = r->t.para[i + c];
			if (col[c] == COL_NAME)
				name = cell;
			else if (col[c] == COL_POST)
				post = cell;
			else if (col[c] == COL_ROLE)
				role = cell;
		}
		if (!name || !role || number_of(name) >= 0)
			break;
		char *bare = wp_str_nospace(name);
		wp_buf person = WP_BUF_INIT;
		wp_buf_printf(&person, "%s%s", post, bare);
		json_array_append_new(group_for(role, chair, vice, members), json_string(wp_buf_str(&person)));
		wp_buf_free(&person);
		free(bare);
		rows++;
	}
	return rows;
}

size_t wp_notice_committee_table(struct reader *r, json_t *chair, json_t *vice, json_t *members)
{
	enum column col[MAX_COLUMNS];
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		size_t ncols = header_at(r, i, col);
		if (!ncols)
			continue;
		size_t rows = read_rows(r, i + ncols, col, ncols, chair, vice, members);
		if (rows)
			return rows;
	}
	return 0;
}
