/* notice-lines-para.h - the paragraph the joiner (notice-lines.c) is
 * building, and the judge that says whether the next line goes on it
 * (notice-lines-para.c). Private to those two files. */
#ifndef WP_NOTICE_LINES_PARA_H
#define WP_NOTICE_LINES_PARA_H

#include <stdbool.h>

#include "buf.h"
#include "notice-footnotes.h"
#include "notice-line.h"

/* The paragraph being built: lines are appended while it reads as prose
 * cut by a page break. What continues() asks is kept as lines come, so
 * joining many lines stays linear. */
struct open_para {
	wp_buf text;
	wp_nline_work *work;		   /* the joiner's: every look is counted */
	int width;
	bool has_comma, has_period, label; /* label: "X：…" near the start */
	bool has_full_comma;		   /* a ， (not a 、 in a quoted title) */
	bool row;			   /* a table row: never joined */
	int last_width;			   /* of the line appended last */
	int open_brackets;		   /* （ not yet closed by ） */
	int open_quotes;		   /* 《 not yet closed by 》 */
	int wrap;			   /* the text's wrap width, 0: none */
	int last_indent;		   /* columns before the last line's text */
	int first_cut;			   /* a text cut at two widths: the wider, 0: none */
	bool last_rest;			   /* the last line is a rest of a second cut */
	bool after_page;		   /* the line before was a page number */
	bool header_first;		   /* the first paragraph is a machine's page header */
	bool leader;			   /* a line of the paragraph holds a leader */
	bool after_blank;		   /* a blank line (no page's) came before this one */
	bool para_indented;		   /* the paragraph's first line was indented */
	bool rests_at_margin;		   /* a wrap's rest of an indented line started at the margin */
	int last_top;			   /* the number of the last 一、 heading, 0: none */
	struct wp_nfoot foot;		   /* the footnotes' marks and notes so far */
	char *head;			   /* the first line after the first page's number */
	bool paged;			   /* a page's number was seen */
	bool event;			   /* the paragraph opens with a work group's event line */
};

/* A line as the joiner cleaned it, and where it stood. */
struct wp_nline_seen {
	const char *clean; /* the line's text, its indent taken off */
	bool indented;	   /* an indent stood before it */
	bool row;	   /* a table row (or the rest of one's cell) */
	int indent;	   /* the indent's width in columns */
	int first_char;	   /* the width of the line's first character */
};

/* What the judge says of a line. */
struct wp_npara_verdict {
	bool goes_on;	  /* it goes on the paragraph being built */
	bool cut_rest;	  /* it is the short rest of a line cut twice */
	bool leader;	  /* it holds a programme's leader (X……Y) */
	bool under_entry; /* it is a labelled line under such an entry */
	int event_spaced; /* wp_nline_spaced_event of it, -1: not asked */
};

/* Does line l go on the paragraph o is building, or start one? */
void wp_npara_judge(struct open_para *o, const struct wp_nline_seen *l, struct wp_npara_verdict *v);
/* Appends the line and keeps what the judge asks of the paragraph: a
 * fixed number of passes over the line, none over the paragraph. */
void wp_npara_append(struct open_para *o, const char *clean);

#endif
