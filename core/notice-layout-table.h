/* notice-layout-table.h - a table as a PDF's text layer prints it with
 * its layout kept (pdftotext -layout): the columns known only by where
 * their text stands, each cell wrapped over lines inside its column and
 * set in the middle of its row, a blank line between rows:
 *
 *    序        活动名称            时间              地点
 *    号
 *
 *                          4月20日（星     省知识产权保护中
 *    1    2026年全省知识产    期一）上午      心一楼报告厅（南
 *         权宣传周启动仪式    9:30            京市建邺区）
 *
 * Such a table is given back a row a line, its cells between bars
 * (|1|2026年全省知识产权宣传周启动仪式|4月20日（星期一）上午9:30|…|), as
 * the table reader reads a web page's table. */
#ifndef WP_NOTICE_LAYOUT_TABLE_H
#define WP_NOTICE_LAYOUT_TABLE_H

#include <stddef.h>

/* The lines with each such table put back a row a line: its header (a
 * name wrapped onto the next line joined: 序 / 号 is 序号), then its
 * rows; a page's number and the header repeated atop the next page
 * left out. A table is taken only when its rows are numbered, apart by
 * blank lines and at least one of them wrapped; any other lines are
 * kept as they were. Takes v (n lines, each owned) and returns the
 * array to use instead, its length in *n. Linear in the text. */
char **wp_nlayout_rows(char **v, size_t *n);

#endif
