/* notice-lines-para.c - whether the next line goes on the paragraph
 * being built (see notice-lines-para.h): what the paragraph ends with,
 * what the line opens with, and the widths the text was cut at. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-date.h"
#include "notice-heading.h"
#include "notice-lines-para.h"
#include "notice-wrap.h"
#include "notice-words.h"
#include "text.h"

/* 县工, 市农业: how short the cut name after a list's last 、 is looked
 * for (the 、 and a level and up to two more characters) */
#define CUT_NAME_CHARS 4

/* Where the paragraph's last character starts (its text is not empty):
 * back over at most three continuation bytes. */
static size_t last_char_at(const struct open_para *o)
{
	size_t at = o->text.len - 1;
	while (at > 0 && o->text.len - at < 4 && ((unsigned char)o->text.data[at] & 0xC0) == 0x80)
		at--;
	return at;
}

/* Does the paragraph end with suffix? Its length is known: measuring it
 * at each line a long paragraph is built of made the joining quadratic. */
static bool para_ends(const struct open_para *o, const char *suffix)
{
	const char *text = wp_buf_str(&o->text);
	wp_nline_step(o->work, strlen(suffix));
	return wp_str_ends_at(text, text + o->text.len, suffix);
}

/* Did the paragraph's last line fill the wrap width? "Full" leaves room
 * for the half-width digits and quotes a line holds; the width counts
 * the line's indent, as the wrap width does. A line well over the width
 * was never cut at it (a row or a label line spaced with U+3000, which a
 * copy keeps whole): it ended where its text did. */
static bool full_line(const struct open_para *o)
{
	int w = o->last_indent + o->last_width;
	return w * 100 >= o->wrap * 85 && w * 100 <= o->wrap * 110;
}

/* Does the paragraph end on a list's name cut short: after its last 、 a
 * level and a character or two that end no unit (成员单位：…、县科技局、县工
 * | 业和信息化局: a PDF's line, justified, holds a character or two less
 * than the width)? */
static bool cut_unit_name(const struct open_para *o)
{
	const char *text = wp_buf_str(&o->text), *end = text + o->text.len;
	const char *last = end;
	for (int k = 0; k < CUT_NAME_CHARS && last > text; k++) {
		last--;
		while (last > text && ((unsigned char)*last & 0xC0) == 0x80)
			last--;
	}
	const char *mark = wp_str_find(last, "、");
	while (mark && wp_str_find(mark + strlen("、"), "、"))
		mark = wp_str_find(mark + strlen("、"), "、");
	if (!mark)
		return false;
	const char *tail = mark + strlen("、");
	wp_nline_step(o->work, CUT_NAME_CHARS);
	return *tail && wp_word_at(tail, WP_WORDS_LEVEL) && !wp_word_ends(tail, WP_WORDS_UNIT_END);
}

/* Is the paragraph's last line such a rest? Then the line it was part of
 * filled the first width, and the paragraph goes on (…我镇活动时间为 |
 * 5 | 月15日至…). */
static bool rewrap_rest(const struct open_para *o)
{
	return o->last_rest;
}

/* Does the paragraph end a title: 关于开展X活动的通知, X活动方案, with no
 * ， or 。 and no 《 left open? A title that happens to fill the wrap
 * width ends there all the same; the salutation under it (各乡镇人民政
 * 府，…：) is no part of it. */
static bool ends_title(const struct open_para *o)
{
	if (o->has_full_comma || o->has_period || o->open_quotes > 0)
		return false;
	if (para_ends(o, "通知"))
		return true;
	for (const char *const *k = wp_words(WP_WORDS_PLAN_KIND); *k; k++)
		if (para_ends(o, *k))
			return true;
	/* 关于筹备X的会议纪要: a minutes' subject line */
	for (const char *const *k = wp_words(WP_WORDS_MINUTES_KIND); *k; k++)
		if (para_ends(o, *k))
			return true;
	/* 关于同意《X》的批复: a reply's */
	for (const char *const *k = wp_words(WP_WORDS_REPLY_KIND); *k; k++)
		if (para_ends(o, *k))
			return true;
	return false;
}

/* Does the text (len bytes) end with a telephone number (seven digits at
 * least, maybe with a -)? A contact's line ends there: 龙老师，电话：
 * 0731-85516110 | 党委学生工作部（学生处） is a contact and a signature. */
static bool ends_phone_number(const char *text, size_t len)
{
	size_t digits = 0, k = len;
	while (k > 0 && ((text[k - 1] >= '0' && text[k - 1] <= '9') || text[k - 1] == '-'))
		digits += text[--k] != '-';
	return digits >= 7;
}

/* Does text (len bytes) end with an e-mail address (…，邮箱：lcipc_wq@163.com),
 * as a contact's line does? Looked back at most EMAIL_MAX bytes. */
#define EMAIL_MAX 254
static bool email_char(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-' ||
	       c == '.' || c == '@';
}

static bool ends_email(const char *text, size_t len)
{
	size_t k = len, at = 0, dot = 0;
	while (k > 0 && len - k < EMAIL_MAX) {
		char c = text[k - 1];
		if (!email_char(c))
			break;
		k--;
		if (c == '@' && !at)
			at = k;
		if (c == '.' && !dot && !at)
			dot = k;
	}
	/* a name before the @, and a domain whose last label has two letters */
	return at > k && dot > at && len - dot >= 3;
}

/* Does line open with a phone number (0564-7213526) or an e-mail address
 * (qhxzscj_bhg@163.com), the value of a contact's label the line before
 * ends with? Looked at up to its first character of another kind. */
static bool opens_contact_value(const char *line)
{
	size_t digits = 0, k = 0;
	while ((line[k] >= '0' && line[k] <= '9') || line[k] == '-')
		digits += line[k++] != '-';
	if (digits >= 7)
		return true;
	for (k = 0; k < EMAIL_MAX && email_char(line[k]); k++)
		if (line[k] == '@')
			return k > 0;
	return false;
}

/* Does the paragraph end on a preposition (…上午9:00—11:30在), which
 * needs what follows it: mid-phrase for certain, however short the line. */
static bool ends_mid_phrase(const struct open_para *o)
{
	for (const char *const *w = wp_words(WP_WORDS_MID_PHRASE_END); *w; w++)
		if (para_ends(o, *w)) {
			for (const char *const *e = wp_words(WP_WORDS_PHRASE_END_ZAI); *e; e++)
				if (para_ends(o, *e))
					return false;
			return true;
		}
	return false;
}

/* Was this paragraph cut by a page break? Prose (with commas) that is long
 * and stops mid-sentence; never a heading, a title or a "label：list" line. */
static bool continues(const struct open_para *o)
{
	int n;
	const char *text = wp_buf_str(&o->text);
	if (o->wrap && ends_title(o))
		return false;
	if (o->wrap && full_line(o) && wp_nline_ends_label(text, o->text.len, o->work))
		return true;
	/* text copied from a PDF wraps every line at one width: a full line
	 * that does not end its sentence goes on in the next, whatever it
	 * opens with (（三）“安全宣传咨询日”活动。6月16日（星期 | 一）上午9:00);
	 * "full" leaves room for the half-width digits and quotes a line holds */
	if (o->wrap && rewrap_rest(o) && !wp_nline_ends_clause(text, o->text.len, o->work))
		return true;
	if (o->wrap && full_line(o) && !wp_nline_ends_clause(text, o->text.len, o->work))
		return true;
	/* （五）“志愿服务集市”。12月5日上午9:00—11:30在 | 清风街道文体广场…:
	 * half-width digits leave the line short of the width */
	if (o->wrap && ends_mid_phrase(o))
		return true;
	/* …报X（邮箱：hrbjsb@163.co | m）。: a wrapped line short of the width
	 * (half-width letters) inside a bracket still goes on */
	if (o->wrap && o->open_brackets > 0 && !wp_nline_ends_clause(text, o->text.len, o->work))
		return true;
	/* 成员：…、胡旺飞、 | 刘凌: a label's list ended by its 、 is cut
	 * mid-list, whatever the line's width (a table's cells, a line each,
	 * are mended by the table's reader) */
	if (o->label && para_ends(o, "、"))
		return true;
	/* an item that opens a long sentence ("（四）宣传周结束后，请…") may be
	 * cut by a page like any prose; a short item title is not */
	wp_nline_step(o->work, 2); /* the look-ups of a heading at its start */
	if (o->width < 40 || wp_nline_ends_sentence(text, o->text.len, o->work) || wp_heading_top(text, &n) ||
	    (wp_heading_item(text, &n) && !o->has_full_comma))
		return false;
	if (!o->has_comma || ends_phone_number(text, o->text.len) || ends_email(text, o->text.len))
		return false;
	return !(o->label && !o->has_period);
}

/* In wrapped text, does a paragraph whose full last line ends a sentence
 * go on into the next line? A copy that indents its paragraphs says where
 * one starts: an unindented line goes on. A copy without indents keeps no
 * trace of its paragraphs but headings and labels, so there too a line
 * that opens neither goes on (…基地。 | 由县教育局负责组织实施。二是…). */
static bool sentence_goes_on(const struct open_para *o, bool indented, const char *next)
{
	/* a blank line after a sentence's end parts paragraphs, as indents do */
	if (!o->wrap || !full_line(o) || o->after_blank || indented || wp_nline_colon_near(next, o->work))
		return false;
	/* a short line that ends no sentence stands alone: a signature, a
	 * date, a title */
	size_t len = strlen(next);
	wp_nline_step(o->work, 2 * len); /* measured in bytes, then in columns */
	if (wp_text_width_n(next, len) * 100 < o->wrap * 85 && !wp_nline_ends_sentence(next, len, o->work))
		return false;
	return para_ends(o, "。");
}

/* Does the paragraph end with a ， or 、? Mid-sentence for certain: a
 * full line so cut goes on even into a label (…杨一鸣，电话：0851-…；吴
 * 骁， | 电话：0851-85822731). */
static bool ends_list_mark(const struct open_para *o)
{
	return para_ends(o, "，") || para_ends(o, "、");
}

/* Is s a date and nothing else (2026年4月13日)? Its digits read once. */
static bool whole_date(const char *s, wp_nline_work *work)
{
	wp_ndate d;
	wp_nline_step(work, 16);
	return *s >= '0' && *s <= '9' && wp_nfind_date_at(s, 2000, &d) && d.at == s && d.at[d.len] == '\0';
}

/* How far back the clause a line ends is looked for: a clause that puts
 * a thing (将X) is shorter. */
#define PUT_CLAUSE_BYTES 240

/* …，将活动总结（含3至5张照片） | 报局安全稳定科（邮箱：…）: a line whose last
 * clause puts a thing (将X) with no verb yet is cut before the verb; a
 * next line opening with a verb that sends (报, 报送, 发送至) to a unit is
 * its rest, wherever the line ended (a soft break in a Markdown or mail
 * copy). */
static bool put_awaits_verb(const struct open_para *o, const char *next)
{
	size_t verb_len;
	/* a verb opens the line: looked for at its start (a verb is a few
	 * characters), not along it */
	size_t look = 0;
	while (next[look] && look < 24)
		look += wp_str_char_len(next + look); /* whole characters */
	char *opening = wp_xstrndup(next, look);
	wp_nline_step(o->work, look);
	bool opens_with_verb = o->text.len && wp_submit_find(opening, WP_SUBMIT_PUT, &verb_len) == opening;
	free(opening);
	if (!opens_with_verb || wp_nline_ends_clause(wp_buf_str(&o->text), o->text.len, o->work))
		return false;
	wp_nline_step(o->work, strlen(next));
	/* 报局安全稳定科（…）: a unit it goes to (not 报送要求如下：) */
	static const char *const to_end[] = {"（", "，", "。", "；", "：", NULL};
	char *to = wp_xstrndup(next + verb_len, wp_str_span_upto(next + verb_len, to_end));
	bool unit = wp_word_ends(to, WP_WORDS_UNIT_END);
	free(to);
	if (!unit)
		return false;
	const char *text = wp_buf_str(&o->text), *end = text + o->text.len;
	const char *from = o->text.len > PUT_CLAUSE_BYTES ? end - PUT_CLAUSE_BYTES : text;
	while (from < end && ((unsigned char)*from & 0xC0) == 0x80)
		from++; /* a whole character */
	static const char *const clause_marks[] = {"，", "。", "；", "：", NULL};
	const char *put = NULL;
	for (const char *p = from; p < end && wp_nline_step(o->work, 1); p += wp_str_char_len(p)) {
		if (wp_str_starts_any(p, clause_marks))
			put = NULL;
		else if (wp_str_starts(p, "将"))
			put = p;
	}
	if (!put)
		return false;
	char *clause = wp_xstrndup(put, (size_t)(end - put));
	bool sent = wp_submit_find(clause, WP_SUBMIT_PUT, &verb_len) != NULL;
	free(clause);
	return !sent;
}

/* Is s one day and nothing else but its weekday (4月21日（星期二）), a
 * schedule's day heading? */
static bool day_alone(const char *s, wp_nline_work *work)
{
	wp_ndate d;
	wp_nline_step(work, 16);
	if (!(*s >= '0' && *s <= '9') || !wp_nfind_date_at(s, 2000, &d) || d.at != s || d.start != d.end)
		return false;
	const char *rest = s + d.len;
	if (wp_str_skip(&rest, "（") && (wp_str_skip(&rest, "星期") || wp_str_skip(&rest, "周")) && *rest)
		rest += wp_str_char_len(rest);
	return !*rest || (rest != s + d.len && wp_str_skip(&rest, "）") && !*rest);
}

/* Had the last line room for the first character of next, and a column
 * more? The wrap cuts a line only where the next character would not
 * fit: a line with room ended where its text did. */
static bool room_for(const struct open_para *o, const char *next)
{
	wp_nline_step(o->work, 1);
	int first = wp_text_width_n(next, wp_str_char_len(next));
	return o->last_indent + o->last_width + first + 1 < o->wrap;
}

/* Did a label line end by itself, short of the width? The wrap cuts a
 * line only where the next character would not fit, so a label line with
 * room for it and a column more, and no ， or 、 at its end (mid-sentence
 * for certain), ended where its text did, though it nearly filled the
 * width (联系人：…电话：0745-7823061 | 岚溪县科学技术和工业信息化局;
 * 副主任：王聪（…主任） | 刘晓军（…副局长）). A next line that opens with
 * a digit or letter is the rest of a number the line's end cut. */
static bool label_ended(const struct open_para *o, const char *next)
{
	return o->label && !ends_list_mark(o) && !cut_unit_name(o) &&
	       (unsigned char)*next >= 0x80 && room_for(o, next);
}

/* Is the number at the start of line no heading's? 一、二、三等奖 lists
 * numerals; 63.com goes on an address; 一、大二学生 under 四、 is out of
 * the headings' sequence (a top heading follows the last one). */
static bool number_in_prose(const struct open_para *o, const char *line)
{
	int n, next;
	wp_nline_step(o->work, 3); /* the look-ups of a heading's number */
	const char *rest = wp_heading_top(line, &n);
	if (rest)
		return wp_heading_top(rest, &next) || (o->last_top > 0 && n != o->last_top + 1);
	rest = wp_heading_item(line, &n);
	/* a digit may open an item's text (1．11月1日), a latin letter not */
	return rest && ((*rest >= 'a' && *rest <= 'z') || (*rest >= 'A' && *rest <= 'Z'));
}

/* After a full line cut mid-sentence, is line sure to be the sentence's
 * rest, whatever it looks like: opened by a conjunction (及联络员名单…),
 * or by a number that is no heading's? A line so cut ends no title
 * (…本单位科技活动周活动安排 | 及…). */
static bool rest_of_cut_sentence(const struct open_para *o, const char *line)
{
	if (!o->wrap || !o->text.len || !full_line(o) ||
	    wp_nline_ends_clause(wp_buf_str(&o->text), o->text.len, o->work))
		return false;
	wp_nline_step(o->work, 1); /* the look-up of a conjunction */
	return wp_word_at(line, WP_WORDS_CUT_CONJUNCTION) || number_in_prose(o, line);
}

/* 配合单位：…、石门桥镇人民政 | 府: one character alone on a line, no
 * mark, after a long line that ended mid-clause, is the last of that
 * line's last word, cut off by a wrap (in any text, wrapped or not). */
static bool stub_of_cut_line(struct open_para *o, const char *line)
{
	/* one ideograph (U+4E00..U+9FFF: lead bytes E4..E9), no mark */
	unsigned char lead = (unsigned char)line[0];
	return o->text.len && o->last_width >= 10 && lead >= 0xe4 && lead <= 0xe9 &&
	       wp_str_char_len(line) == 3 && line[3] == '\0' && !wp_nline_starts_block(line, o->work) &&
	       !wp_nline_ends_clause(wp_buf_str(&o->text), o->text.len, o->work);
}

/* The number opening a ledger's flattened row (12，…), or -1. */
static int comma_row_number(const char *s)
{
	int n = 0, digits = 0;
	while (*s >= '0' && *s <= '9' && digits < 4)
		n = n * 10 + (*s++ - '0'), digits++;
	return digits && wp_str_starts(s, "，") ? n : -1;
}

/* 1，举办…，12月1日…，县司法局（牵头），方案已报审定 | 2，开展…: a ledger's
 * rows flattened a line each end with no mark (a progress note) and run
 * long with commas, as a cut sentence does; a line numbered next after
 * the paragraph's own number opens the next row. */
static bool next_comma_row(const struct open_para *o, const char *line)
{
	wp_nline_step(o->work, 2); /* two numbers read */
	int prev = o->text.len ? comma_row_number(wp_buf_str(&o->text)) : -1;
	return prev >= 0 && comma_row_number(line) == prev + 1;
}

/* Does line (of len bytes) hold mark? One pass over it, a step a byte. */
static bool holds(wp_nline_work *work, const char *line, size_t len, const char *mark)
{
	wp_nline_step(work, len);
	return wp_str_find(line, mark) != NULL;
}

/* How often does mark occur in line? One pass: each find goes on where
 * the last ended. */
static int occurrences(wp_nline_work *work, const char *line, size_t len, const char *mark)
{
	int n = 0;
	wp_nline_step(work, len);
	for (const char *b = wp_str_find(line, mark); b; b = wp_str_find(b + strlen(mark), mark))
		n++;
	return n;
}

/* openers - closers, never below 0: every opener of the line is counted
 * before its closers, as a closer with none open closes nothing. */
static int still_open(int open, int openers, int closers)
{
	open += openers - closers;
	return open > 0 ? open : 0;
}

void wp_npara_append(struct open_para *o, const char *clean)
{
	size_t len = strlen(clean);
	wp_nline_step(o->work, 3 * len); /* measured, copied, its width */
	if (o->text.len == 0) {
		const char *colon = wp_str_find(clean, "：");
		o->label = (colon && colon - clean <= 18) || wp_nline_colon_near(clean, o->work);
	}
	wp_buf_puts(&o->text, clean);
	o->last_width = wp_text_width(clean);
	o->width += o->last_width;
	wp_nline_work *w = o->work;
	o->open_brackets = still_open(o->open_brackets, occurrences(w, clean, len, "（"),
				      occurrences(w, clean, len, "）"));
	o->open_quotes = still_open(o->open_quotes, occurrences(w, clean, len, "《"),
				    occurrences(w, clean, len, "》"));
	o->has_comma = o->has_comma || holds(w, clean, len, "，") || holds(w, clean, len, "、");
	o->has_full_comma = o->has_full_comma || holds(w, clean, len, "，");
	o->has_period = o->has_period || holds(w, clean, len, "。");
}

/* The width of line in columns: one pass over it. */
static int line_width(wp_nline_work *work, const char *line)
{
	wp_nline_step(work, strlen(line));
	return wp_text_width(line);
}

/* Does line l start a block of its own (a heading, a label, a signature
 * set far in), whatever the paragraph before says? */
static bool opens_block(struct open_para *o, const struct wp_nline_seen *l)
{
	wp_nline_work *work = o->work;
	const char *clean = l->clean;
	bool opens;
	/* a line cut inside a bracket goes on even where the rest looks like
	 * an item's number: 6月16日（星期 | 一）上午 */
	opens = wp_nline_starts_block(clean, work) && !(o->wrap && o->open_brackets > 0);
	/* …各区水务局和各 | 牵头单位于5月22日前…: in wrapped text a full line
	 * cut mid-sentence goes on even into a label's word, unless the word
	 * is a label (牵头单位：) or the line opens a heading */
	if (opens && o->wrap && full_line(o) &&
	    !wp_nline_ends_clause(wp_buf_str(&o->text), o->text.len, work) &&
	    !wp_nline_starts_structure(clean, work) &&
	    (!wp_nline_colon_near(clean, work) || ends_list_mark(o)))
		opens = false;
	/* 一是, 二是 number the parts of a paragraph, not paragraphs: in wrapped
	 * text, after a full line that ends a sentence, an unindented one goes
	 * on (…工作成效。 | 一是组织开展…) */
	wp_nline_step(work, 1); /* the look-up of 一是, 二是 */
	if (opens && wp_heading_is_prose_item(clean) &&
	    sentence_goes_on(o, l->indented, clean))
		opens = false;
	if (o->wrap && o->text.len && label_ended(o, clean))
		opens = true;
	/* …总结表（略） | 　　　　　　　　广西壮族自治区档: a wrap's rest starts at
	 * the margin; a line set far in is a signature or its date */
	if (o->wrap && !l->row && l->indent >= 16 && l->indent > o->last_indent)
		opens = true;
	/* 樟坪镇人民政府 | 2026年4月13日 | （此件公开发布）: a date set far
	 * in under a line set far in is the signature's own line, and
	 * nothing goes on from it (a long signature cut at the width,
	 * 宁川市鹤港区澄湖街道 | 办事处, goes on) */
	if (o->wrap && !l->row && o->last_indent >= 16 &&
	    ((l->indent >= 16 && whole_date(clean, work)) || whole_date(wp_buf_str(&o->text), work)))
		opens = true;
	return opens;
}

/* Is line l the rest of a line cut inside a sentence, a bracket, an
 * ordinal or a range, whatever it opens with? *cut_rest: it is the
 * short rest of a line cut twice. */
static bool rest_of_cut(struct open_para *o, const struct wp_nline_seen *l, bool *cut_rest)
{
	wp_nline_work *work = o->work;
	const char *clean = l->clean;
	/* in a text cut twice, the short rest of a full line is that line's
	 * end, whatever it opens with (…到校授课。 | 三是 | 开展入户…) */
	*cut_rest = o->first_cut && o->text.len &&
			wp_nwrap_second_cut_rest(o->first_cut, o->wrap, o->last_indent + o->last_width, l->first_char,
					l->indent + line_width(work, clean));
	/* …本通知第五部分第 | （四）项活动, 时间：4月22日至 | 4月26日（星期日）:
	 * a line that ends on 第, or on a range's 至 after a day or a number,
	 * is cut inside an ordinal or a range; the number or day after it is
	 * no heading's (迎夏至 ends on a term's name) */
	bool ordinal_cut = false;
	for (const char *const *w = wp_words(WP_WORDS_CUT_INSIDE); *w && o->text.len && !ordinal_cut; w++)
		ordinal_cut = para_ends(o, *w);
	/* the range's words are asked about only when the paragraph ends on
	 * a range's mark (one look-up a line; the rest are rare) */
	bool on_mark = !ordinal_cut && o->text.len && wp_word_at(wp_buf_str(&o->text) + last_char_at(o),
								 WP_WORDS_RANGE_MARK_END);
	wp_nline_step(o->work, 1);
	for (const char *const *w = wp_words(WP_WORDS_RANGE_CUT); *w && on_mark && !ordinal_cut; w++)
		ordinal_cut = para_ends(o, *w);
	/* 9:00至 | 11:30: a range of clock times (or numbers) cut at its 至 */
	if (!ordinal_cut && on_mark && o->text.len > strlen("至") && para_ends(o, "至")) {
		char before = o->text.data[o->text.len - strlen("至") - 1];
		ordinal_cut = before >= '0' && before <= '9';
	}
	return (*cut_rest && !wp_nline_colon_near(clean, work)) || rest_of_cut_sentence(o, clean) ||
		    stub_of_cut_line(o, clean) || ordinal_cut || put_awaits_verb(o, clean);
}

void wp_npara_judge(struct open_para *o, const struct wp_nline_seen *l, struct wp_npara_verdict *v)
{
	wp_nline_work *work = o->work;
	const char *clean = l->clean;
	/* A long paragraph cut before its sentence ended continues in the
	 * next line (a page break in the source). */
	bool opens = opens_block(o, l);
	bool cut_rest;
	bool rest = rest_of_cut(o, l, &cut_rest);
	if (rest)
		opens = false;
	if (next_comma_row(o, clean))
		opens = true;
	/* X……………………Y: a printed programme's entry is a line of its own,
	 * as are the lines of units under it */
	wp_nline_step(work, strlen(clean));
	bool leader = wp_nline_has_leader(clean);
	/* the labelled lines under an entry (主办：…) stand alone as well */
	bool under_entry = o->leader && wp_nline_colon_near(clean, work);
	if (leader || o->leader)
		opens = true;
	/* 　　　　协办：…、城关镇人民政 | 府: the rest of an entry's label line
	 * cut at the wrap width starts at the margin, and goes on; not a
	 * blank line's, a heading's, a day's (20日—26日) or a spaced line's */
	wp_nline_step(work, strlen(clean)); /* a wide space looked for */
	if (o->leader && !leader && o->wrap && l->indent == 0 && o->last_indent > 0 && !o->after_blank && full_line(o) &&
	    !(*clean >= '0' && *clean <= '9') && !wp_str_find(clean, "\xe3\x80\x80") &&
	    !wp_nline_ends_clause(wp_buf_str(&o->text), o->text.len, work) && !wp_nline_starts_structure(clean, work))
		opens = false;
	/* …协办：县工商联、开发区管委会 (a full line) | (blank) | 4月21日（星期二）:
	 * a day alone after a blank line heads the lines after it */
	if (o->after_blank && day_alone(clean, work))
		opens = true, rest = false;
	/* 1．X（12月1日（星期二）上午9:30） (a full line) | (blank) | 　　在…:
	 * a blank line and an indent after it both say a paragraph starts,
	 * whatever the width of the line above (a page's blank lines are no
	 * blank here) */
	if (o->wrap && o->rests_at_margin && o->after_blank && l->indented && !rest)
		opens = true;
	/* 6月8日上午8点半 村部 活动。说明。 | 6月9日上午8点半 村部 活动。 |
	 * 以上活动由…: a work group's event lines, typed a line each with no
	 * blank line between, are lines of their own at any width, as is the
	 * line after the last */
	/* (its last byte first, once, so lines that end no sentence cost
	 * nothing more) */
	bool ended = o->text.len && (unsigned char)o->text.data[o->text.len - 1] == 0x82 && para_ends(o, "。");
	/* asked only where it may matter, or a paragraph of many short
	 * lines would pay for it at each */
	int event_spaced = !o->text.len || ended || o->event ? wp_nline_spaced_event(clean, work) : -1;
	bool event_line = (!o->text.len || ended) && event_spaced == 1;
	if (ended && (event_line || o->event))
		opens = true;
	/* 6月16日（周三）9:30 座谈会 地点：… 参加：…代表 | 6月17日（周三）至18日
	 * 流动宣传车… 路线：…: after an event line, the next one opens
	 * whatever the one above ends with */
	if (o->event && event_spaced == 1)
		opens = true;
	/* 储晓雯，电话： | 0564-7213526，手机：…，邮箱： | qhxzscj_bhg@163.com:
	 * a contact's label cut from its number or address, at any width */
	bool contact_value = o->text.len && opens_contact_value(clean) &&
			     wp_nline_ends_label(wp_buf_str(&o->text), o->text.len, work);
	bool goes_on = o->text.len && (rest || continues(o) || sentence_goes_on(o, l->indented, clean)) &&
		       !opens;
	if (contact_value)
		goes_on = true;
	v->goes_on = goes_on;
	v->cut_rest = cut_rest;
	v->leader = leader;
	v->under_entry = under_entry;
	v->event_spaced = event_spaced;
}
