/* notice-onespace.h - a table copied from a web page or a PDF with the
 * cells of each row apart by one space, under a header row naming its
 * columns:
 *   序号 主要内容 时间 地点 参加活动的主要单位
 *   1 科普图片展 5月21日至23日 市人民公园 市科协、市科技局
 * or a table of what is due, its rows unnumbered, each cell one piece:
 *   报送事项 报送时间 报送单位
 *   活动方案及联络员名单 11月3日（星期二）前 各镇人民政府、街道办事处
 * The joiner (notice-lines.c) gives each such line to wp_onespace_line
 * before its own reading; the header and every row whose pieces fit the
 * header's columns come back with their cells apart by two spaces, as a
 * table copied with runs of spaces has them, for notice-table.c's row
 * reader. A row that does not fit stays as it was; the table reader says
 * so (wp_onespace_unfit).
 *
 * Not part of core's interface: only notice.h is. */
#ifndef WP_NOTICE_ONESPACE_H
#define WP_NOTICE_ONESPACE_H

#include <stdbool.h>
#include <stddef.h>

#include "notice-line.h"
#include "notice-words.h"

#define WP_ONESPACE_MAX_COLUMNS 12

/* The table being read: its columns, and the number the next row opens
 * with; ncols 0 outside one. Zero-initialised. */
struct wp_onespace {
	enum wp_field col[WP_ONESPACE_MAX_COLUMNS];
	size_t ncols;
	int next;
	bool dues; /* a table of what is due (报送事项 报送时间 报送单位): rows unnumbered */
};

/* The line as a table row (cells apart by two spaces; caller frees) when
 * it is a one-space table's header or a row that fits it, else NULL. */
char *wp_onespace_line(struct wp_onespace *t, const char *line, wp_nline_work *work);
/* Is para a row of a one-space table numbered no that did not fit the
 * header's ncols columns (it opens with no and a single space, and holds
 * at least as many pieces as the row has cells)? */
bool wp_onespace_unfit(const char *para, int no, size_t ncols);

#endif
