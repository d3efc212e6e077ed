/* notice-wrap.c - the widths a notice's text was cut at: see
 * notice-wrap.h. */
#include "config.h"

#include "notice-text.h"
#include "notice-wrap.h"
#include "text.h"

/* The width at which the text was wrapped, when it was: a copy from a
 * PDF (or a fixed-width mail) breaks every line of a paragraph at one
 * width, give or take a column for punctuation. Found as the width most
 * long lines share, by at least five lines; and either two in five of
 * the long ones share it, or few lines are wider (at most one for two
 * that share it). A text with a paragraph per line has widths all over
 * and many wider than any it shares by chance; a copy cut at 68 columns
 * with many short paragraphs has few lines at 68, but none wider. Lines
 * over 200 columns are paragraphs, not wraps, and count among the long
 * ones: minutes with a paragraph a line and a dozen headings of nearly
 * one width (三、关于主场庆祝活动) were never cut at that width. */
enum { WRAP_MIN = 24, WRAP_MAX = 200 };
static int wrap_width(const char *text, wp_nline_work *work)
{
	int count[WRAP_MAX + 1] = {0}, long_lines = 0, over_max = 0;
	for (const char *line = text; *line && wp_nline_step(work, 1);) {
		size_t n = 0; /* not strcspn: under ASan it measures the whole rest */
		while (line[n] && line[n] != '\n')
			n++;
		size_t end = n;
		while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t' || line[end - 1] == '\r'))
			end--;
		wp_nline_step(work, 2 * n); /* found, its end trimmed */
		/* a line of fewer bytes than WRAP_MIN is narrower than that; a
		 * table row was never cut at the width, so it has no vote */
		bool votes = end >= WRAP_MIN && !wp_nline_table_row_n(line, end, work);
		wp_nline_step(work, votes ? end : 0); /* its width */
		int w = votes ? wp_text_width_n(line, end) : 0;
		if (w >= WRAP_MIN && w <= WRAP_MAX)
			count[w]++, long_lines++;
		else if (w > WRAP_MAX)
			over_max++;
		line += n + (line[n] == '\n');
	}
	int best = 0, best_n = 0;
	wp_nline_step(work, 2 * WRAP_MAX); /* the widths counted, twice */
	for (int w = WRAP_MIN; w <= WRAP_MAX; w++) {
		int n = count[w] + count[w - 1] + count[w - 2];
		if (n > best_n)
			best = w, best_n = n;
	}
	int wider = over_max;
	for (int w = best + 1; w <= WRAP_MAX; w++)
		wider += count[w];
	bool shared = best_n * 5 >= (long_lines + over_max) * 2 || wider * 2 <= best_n;
	return best_n >= 5 && shared ? best : 0;
}

/* The width a text wrapped at wrap was cut at first, if it was cut
 * twice (a PDF's lines, cut again narrower): then a full line and the
 * short line after it were one line of the first cut, and most such
 * pairs add up to its width, give or take a column for half-width
 * digits (…高校科协 | 、企业科协：, 56 and 12 columns, 68 together). It
 * is the sum that most pairs share, by at least five and half of them;
 * in a text cut once the short line ends a paragraph, and the sums are
 * all over. 0: no such width. */
static int first_cut_width(const char *text, int wrap, wp_nline_work *work)
{
	int count[2 * WRAP_MAX + 1] = {0}, pairs = 0, last = 0;
	for (const char *line = text; *line && wp_nline_step(work, 1);) {
		size_t n = 0;
		while (line[n] && line[n] != '\n')
			n++;
		size_t end = n;
		while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t' || line[end - 1] == '\r'))
			end--;
		wp_nline_step(work, 3 * n); /* found, its end trimmed, its width */
		int w = wp_text_width_n(line, end);
		int first = wp_text_width_n(line, wp_str_char_len(line));
		if (last + first + 1 >= wrap && last <= WRAP_MAX && w > 0 && w * 100 < wrap * 85)
			count[last + w]++, pairs++;
		last = w;
		line += n + (line[n] == '\n');
	}
	int best = 0, best_n = 0;
	wp_nline_step(work, 2 * WRAP_MAX);
	for (int w = wrap + 2; w <= 2 * WRAP_MAX; w++) {
		int n = count[w] + count[w - 1] + count[w - 2];
		if (n > best_n)
			best = w, best_n = n;
	}
	return best_n >= 5 && best_n * 2 >= pairs ? best : 0;
}

/* Was the text, wrapped at wrap and first cut at first_cut, cut at two
 * widths? Then its paragraphs run full line, short rest, full line, short
 * rest... (…时间为 | 5 | 月15日至…时 | 段。), a rest being what the second
 * cut left of a line of the first (wp_nwrap_second_cut_rest), neither ending a
 * clause. A text cut once has such a rest only where a list or a title
 * ends its paragraph, never two a line apart: five times two rests a
 * line apart say the text was cut twice. */
static bool rewrapped(const char *text, int wrap, int first_cut, wp_nline_work *work)
{
	enum { OTHER, FULL, REST } before = OTHER, last = OTHER;
	int pairs = 0, last_w = 0;
	for (const char *line = text; *line && pairs < 5 && wp_nline_step(work, 1);) {
		size_t n = 0;
		while (line[n] && line[n] != '\n')
			n++;
		size_t end = n;
		while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t' || line[end - 1] == '\r'))
			end--;
		wp_nline_step(work, 3 * n); /* found, its end trimmed, its width */
		int w = wp_text_width_n(line, end);
		int first = wp_text_width_n(line, wp_str_char_len(line));
		bool open = end > 0 && !wp_nline_ends_clause(line, end, work);
		if (w > 0) {
			int kind = w * 100 >= wrap * 85 && open ? FULL
				   : last == FULL && open &&
					     wp_nwrap_second_cut_rest(first_cut, wrap, last_w, first, w)
					 ? REST
					 : OTHER;
			pairs += kind == REST && before == REST;
			before = last, last = kind, last_w = w;
		}
		line += n + (line[n] == '\n');
	}
	return pairs >= 5;
}

bool wp_nwrap_second_cut_rest(int first_cut, int wrap, int before, int first, int width)
{
	return first_cut && width > 0 && before + first + 1 >= wrap && before + width <= first_cut;
}

wp_nwrap wp_nwrap_measure(const char *text, wp_nline_work *work)
{
	int width = wrap_width(text, work);
	int first = width ? first_cut_width(text, width, work) : 0;
	bool cut_twice = first && rewrapped(text, width, first, work);
	return (wp_nwrap){.width = width, .first_cut = cut_twice ? first : 0};
}
