/* notice-meta.c - the metadata a government portal sets above a notice
 * it publishes: 索引号, 发文机关, 发文字号, 成文日期, 发布日期, 来源 ...
 *
 * Portals write it in three ways, and copies keep whichever was used:
 * "label：value" on one line (maybe as a "- " bullet, maybe several to a
 * line apart by spaces), the label on a line of its own with the value on
 * the next, or a "| label | value |" table row. The block ends where the
 * document begins; the portal's page lines around it (当前位置：首页 >,
 * 发布时间：… 浏览次数：…, 【字体：大 中 小】) are chrome. The reader takes
 * from the block what the document may not repeat (the document number,
 * the issuer, the date it was written) and starts the body after it. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistr.h>

#include "alloc.h"
#include "buf.h"
#include "i18n-core.h"
#include "notice-heading.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* The label that starts s (after a bullet or a table bar), with its
 * length in *len: its field (an enum wp_meta_field), or -1. */
static int label_at(const char *s, size_t *len)
{
	enum wp_meta_field f;
	return wp_meta_label_at(s, &f, len) ? (int)f : -1;
}

/* s without a leading "- ", "* ", "• ", "·", "●", "▪" or "|" (a
 * portal's list sets one before each label and each value alike), or
 * the bracket that opens a label ([ 索引号 ]; not 【】, which heads a
 * plan's own fields: 【活动名称】). */
static const char *skip_bullet(const char *s)
{
	/* [ 索引号 ] X [ 发文字号 ] Y, 【成文日期】Y: a label in brackets */
	static const char *const bullets[] = {"- ", "* ", "• ", "·", "|", "•", "●", "▪", "-",
					      "[", "［", NULL};
	for (const char *const *b = bullets; *b; b++)
		if (wp_str_skip(&s, *b))
			break;
	while (*s == ' ')
		s++;
	return s;
}

/* The value after a label at p: after ：, : or a table bar; "" when the
 * line holds only the label; NULL when no separator follows (来源于… is a
 * sentence, not a label). A copy up to the next run of spaces or bar
 * (several labels share a line), caller frees; *end is where it ends. */
static char *value_after(const char *p, const char **end)
{
	while (*p == ' ')
		p++;
	if (!wp_str_skip(&p, "：") && !wp_str_skip(&p, ":") && !wp_str_skip(&p, "|") && !wp_str_skip(&p, "]") &&
	    !wp_str_skip(&p, "］"))
		return NULL;
	while (*p == ' ')
		p++;
	static const char *const ends[] = {"|", "  ", "\xe3\x80\x80", "\t", "[", "［", NULL};
	size_t n = wp_str_span_upto(p, ends);
	*end = p + n;
	char *v = wp_str_sub(p, n);
	while (n && v[n - 1] == ' ')
		v[--n] = '\0';
	return v;
}

static void take(struct notice_meta *m, enum wp_meta_field f, const char *value)
{
	char **slot = f == WP_META_ISSUER ? &m->issuer
		      : f == WP_META_DOC_NUMBER ? &m->doc_number
		      : f == WP_META_WRITTEN ? &m->written
		      : f == WP_META_TITLE ? &m->title
		      : f == WP_META_PUBLISHED ? &m->published
					 : NULL;
	value = skip_bullet(value);
	if (slot && !*slot && *value)
		*slot = wp_str_nospace(value);
}

/* Is the line, from its start to end, a bullet and a label alone
 * (• 发文字号)? Not a bare label (来源 may be a word of the text). */
static bool bare_label(const char *line, const char *end)
{
	while (*end == ' ')
		end++;
	return *end == '\0' && skip_bullet(line) != line && !wp_str_starts(line, "|");
}

/* Reads the "label：value" pairs of one line; a label alone leaves its
 * field in *pending for the next line. Returns whether the line is
 * metadata. */
static bool meta_line(struct notice_meta *m, const char *line, int *pending)
{
	static const char *const gaps[] = {" ", "\xe3\x80\x80", "|", "\t", NULL};
	const char *p = skip_bullet(line);
	size_t len;
	bool any = false;
	for (int k = label_at(p, &len); k >= 0; k = label_at(p, &len)) {
		/* [名称] 健康义诊 over [时间] …: a card's fields in brackets,
		 * the plan's own, not a portal's */
		if (k == WP_META_TITLE && p > line && (p[-1] == '[' || wp_str_ends_at(line, p, "［")))
			break;
		const char *end;
		char *v = value_after(p + len, &end);
		if (!v && bare_label(line, p + len)) {
			/* • 发文字号 / • 平知战联办〔2022〕5号: a list's label
			 * alone, its value the next bullet */
			*pending = k;
			return true;
		}
		if (!v)
			break;
		any = true;
		if (!*v)
			*pending = k;
		else
			take(m, (enum wp_meta_field)k, v);
		free(v);
		p = skip_bullet(end + wp_str_span_of(end, gaps));
	}
	return any;
}

static bool is_chrome(const char *line)
{
	size_t len;
	return wp_word_find(line, WP_WORDS_PORTAL_CHROME, &len) != NULL;
}

/* Drops paragraph i from the text (metadata is not the document). */
static void drop(struct reader *r, size_t i)
{
	/* the lines after it move up: work, counted as such */
	wp_notice_step(r, r->t.n - i);
	free(r->t.para[i]);
	memmove(&r->t.para[i], &r->t.para[i + 1], (r->t.n - i - 1) * sizeof *r->t.para);
	r->t.n--;
}

/* Is line a breadcrumb (首页 > 政务公开 > …, 当前位置：…)? */
static bool is_breadcrumb(const char *line)
{
	size_t len;
	return wp_word_find(line, WP_WORDS_BREADCRUMB, &len) || wp_str_starts(line, "当前位置");
}

/* The page lines above a breadcrumb are the site's: its name (霍山县人民
 * 政府, which is no issuer), its banner and menus. A title there (关于…
 * 的通知, …方案) is the document's and stays. Drops them; returns how
 * many. */
static size_t drop_site_head(struct reader *r, size_t crumb)
{
	size_t dropped = 0;
	for (size_t k = crumb; k-- > 0;) {
		const char *line = r->t.para[k];
		size_t len;
		if (wp_text_width(line) > 60 || wp_word_find(line, WP_WORDS_TITLE_WORD, &len))
			continue;
		drop(r, k);
		dropped++;
	}
	return dropped;
}

/* Is para a line a WeChat account's page puts around an article (原创…,
 * ▲点击上方蓝字, ［二维码］, 阅读 1234, 写留言, 编辑：, 审核：)? */
static bool wechat_chrome(const char *para)
{
	return wp_word_at(para, WP_WORDS_WECHAT_CHROME) > 0;
}

/* 云湖生态环境 over 原创　云湖生态环境　2026年08月04日: the account's name
 * above the post's byline (a short line with no title word in it). */
static bool account_name(const struct reader *r, size_t i)
{
	size_t len;
	return i + 1 < r->t.n && wp_word_at(r->t.para[i + 1], WP_WORDS_WECHAT_BYLINE) &&
	       wp_text_width(r->t.para[i]) <= 20 && !wp_word_find(r->t.para[i], WP_WORDS_TITLE_WORD, &len);
}

size_t wp_notice_drop_paras(struct reader *r, bool (*goes)(struct reader *r, size_t i, void *state), void *state)
{
	/* kept paragraphs move up in one pass: dropping them one by one moved
	 * the rest of the text each time (quadratic on a page of such lines) */
	size_t kept = 0;
	bool go = true;
	for (size_t i = 0; i < r->t.n; i++) {
		if (go && (go = wp_notice_step(r, 1)) && goes(r, i, state))
			free(r->t.para[i]);
		else
			r->t.para[kept++] = r->t.para[i];
	}
	size_t dropped = r->t.n - kept;
	r->t.n = kept;
	return dropped;
}

/* Is paragraph i a WeChat page's line, the account's name above its
 * byline, or past the article's end (*past_end: END, 往期推荐 seen)? */
static bool wechat_line(struct reader *r, size_t i, void *past_end)
{
	bool *foot = past_end;
	*foot = *foot || wp_word_is(r->t.para[i], WP_WORDS_WECHAT_FOOT);
	return *foot || wechat_chrome(r->t.para[i]) || account_name(r, i);
}

/* A notice re-posted on a WeChat account comes with the page's lines
 * around it, anywhere from its head to its foot: not the document. Drops
 * them when there are two at least (one such line alone may be the
 * text's own), with the account's name above the byline and all from the
 * article's end on (END, 往期推荐: old headlines, buttons, staff);
 * returns how many were dropped. */
static size_t drop_wechat_chrome(struct reader *r)
{
	size_t seen = 0;
	for (size_t i = 0; i < r->t.n && seen < 2 && wp_notice_step(r, 1); i++)
		seen += wechat_chrome(r->t.para[i]);
	if (seen < 2)
		return 0;
	bool foot = false;
	return wp_notice_drop_paras(r, wechat_line, &foot);
}

/* s past its leading emoji (a run: 👨‍👩 joins several) and the gap after. */
static const char *past_emoji(const char *s)
{
	ucs4_t uc;
	int len;
	while ((len = u8_strmbtouc(&uc, (const uint8_t *)s)) > 0 && wp_uc_pictograph(uc))
		s += len;
	return s;
}

const char *wp_notice_past_gap(const char *s)
{
	while (*s == ' ' || wp_str_starts(s, "\xe3\x80\x80"))
		s += *s == ' ' ? 1 : 3;
	return s;
}

/* Does s open with an item's field label and its colon (时间：, 负责:)? */
static bool field_label(const char *s)
{
	size_t len;
	if (!wp_field_label_at(s, &len))
		return false;
	s = wp_notice_past_gap(s + len);
	return wp_str_starts(s, "：") || *s == ':';
}

/* 🌿 活动主题, 📅时间：…, ▶ 活动时间: a post on a phone opens its lines
 * with an emoji or a mark, and a space. The emoji is no part of the text
 * (no field's value may hold one): a line it heads alone (🌿 活动主题)
 * becomes a marked heading, as ◆活动主题 is; before a label (📅时间：) or
 * a numbered item (🌱 活动一　X) it just goes. The gap after a mark goes
 * too (▶ 活动时间 is ▶活动时间). The line rewritten, or NULL if it has
 * neither. A bullet before a field label (· 时间：) goes as well: it
 * is no part of the label. */
static char *unmark(const char *para)
{
	const char *label = wp_notice_past_gap(para + wp_word_at(para, WP_WORDS_FIELD_BULLET));
	if (label != para && field_label(label))
		return wp_xstrdup(label);
	const char *rest = past_emoji(para);
	bool emoji = rest != para;
	rest = wp_notice_past_gap(rest);
	size_t mark = wp_word_at(rest, WP_WORDS_HEADING_MARK);
	const char *text = wp_notice_past_gap(rest + mark);
	if (!emoji && text == rest + mark)
		return NULL;
	int n;
	wp_buf b = WP_BUF_INIT;
	wp_buf_append(&b, mark ? rest : "◆", mark ? mark : strlen("◆"));
	wp_buf_puts(&b, text);
	char *marked = wp_buf_take(&b);
	if (mark || (!wp_heading_item(text, &n) && wp_heading_marked(marked)))
		return marked;
	free(marked);
	return wp_xstrdup(text);
}

/* Paragraph i without its leading emoji and the gap after a mark (see
 * unmark): does it go, being nothing but emoji (🌸🌸🌸 between a post's
 * blocks)? No paragraph of the text is empty. */
static bool unmarked_empty(struct reader *r, size_t i, void *unused)
{
	(void)unused;
	char *line = wp_notice_sign_fields(r->t.para[i]);
	if (!line)
		line = unmark(r->t.para[i]);
	if (line) {
		free(r->t.para[i]);
		r->t.para[i] = line;
	}
	return r->t.para[i][0] == '\0';
}

/* Every line's leading emoji and gap after a mark; lines of emoji alone go. */
static void drop_marks(struct reader *r)
{
	wp_notice_sign_field_lines(&r->t);
	wp_notice_drop_paras(r, unmarked_empty, NULL);
}

/* A line of nothing but a rule (------, ————, ====): the end of a mail
 * header. */
static bool is_rule_line(const char *line)
{
	static const char *const marks[] = {"-", "—", "=", "_", "－", NULL};
	size_t n = wp_str_span_of(line, marks);
	return n >= 3 && line[n] == '\0';
}

/* The paragraphs of a forwarding note (各街道科协…： / 现将正式通知转发给
 * 大家…) a mail puts between its header, ending at paragraph head, and
 * the rule line above the notice it forwards: how many there are with
 * the rule, or 0 when no rule comes within a note's few lines (then
 * what follows the header is the notice itself). */
#define FORWARD_NOTE_MAX 6
static size_t forward_note(const struct reader *r, size_t head)
{
	for (size_t k = head; k < r->t.n && k <= head + FORWARD_NOTE_MAX; k++)
		if (is_rule_line(r->t.para[k]))
			return k + 1 - head;
	return 0;
}

/* Drops paragraphs [from, to) in one move. */
static void drop_run(struct reader *r, size_t from, size_t to)
{
	wp_notice_step(r, r->t.n);
	for (size_t i = from; i < to; i++)
		free(r->t.para[i]);
	memmove(r->t.para + from, r->t.para + to, (r->t.n - to) * sizeof *r->t.para);
	r->t.n -= to - from;
}

/* 发件人：院办公室 / 收件人：全院各科室 / 主题：转发：… / 附件：… / -----: the
 * header of the mail a notice was forwarded in is no part of it, nor is
 * the note above the rule that sets the notice apart. Drops them when
 * they open the text, from a sender or recipient line on; returns
 * whether it did. */
static bool drop_mail_head(struct reader *r)
{
	size_t n = 0;
	while (n < r->t.n && n < 12 && wp_word_at(r->t.para[n], WP_WORDS_MAIL_HEADER))
		n++;
	if (n < 2 || !wp_word_at(r->t.para[0], WP_WORDS_MAIL_SENDER))
		return false;
	n += forward_note(r, n);
	/* the rest moves up once, not once per dropped line */
	drop_run(r, 0, n);
	return true;
}

/* ------ 原始邮件 ------ / -----Original Message-----: the rule a mail
 * client sets above the message forwarded, a separator word in it. */
static bool is_mail_separator(const char *line)
{
	size_t len;
	const char *word = wp_word_find(line, WP_WORDS_MAIL_SEPARATOR, &len);
	return word && wp_str_starts(line, "---") && wp_str_ends(line, "---");
}

/* The year of a note's day (6月4日, *day) written after the mail whose
 * header among paragraphs from..to dates it (发送时间：2026年6月3日): the
 * mail's year, the next when the day comes before the mail's in it (1月5日
 * over a mail of 12月30日); -1 when the header gives no year. */
static int mail_year(const struct reader *r, size_t from, size_t to, const wp_ndate *day)
{
	for (size_t i = from; i < to && i < r->t.n; i++) {
		wp_ndate d;
		int y, m, dd, ny, nm, nd;
		if (wp_nfind_date(r->t.para[i], 2000, &d) && d.has_year) {
			wp_date_to_ymd(d.start, &y, &m, &dd);
			wp_date_to_ymd(day->start, &ny, &nm, &nd);
			return nm < m || (nm == m && nd < dd) ? y + 1 : y;
		}
	}
	return -1;
}

/* The forwarded message's own header (发件人："区残联" <…> / 主题：…)
 * under the rule is metadata too: its 主题： is the mail's subject, no
 * theme, its 发送时间： no issue date. Drops the rule and the header
 * lines under it when they come within a forwarder's note's lines;
 * when no line above the rule is a date (a chatty note signed by a
 * person, not a forwarding letter), the text from the rule on is the
 * notice, and the note above it only covers it. */
#define MAIL_NOTE_MAX 16
static void drop_original_head(struct reader *r)
{
	size_t sep = 0;
	while (sep < r->t.n && sep < MAIL_NOTE_MAX && !is_mail_separator(r->t.para[sep]))
		sep++;
	if (sep >= r->t.n || sep >= MAIL_NOTE_MAX)
		return;
	size_t end = sep + 1;
	while (end < r->t.n && end - sep < 12 && wp_word_at(r->t.para[end], WP_WORDS_MAIL_HEADER))
		end++;
	bool dated = false;
	wp_ndate d;
	for (size_t i = 0; i < sep && !dated; i++) {
		dated = wp_notice_only_a_date(r->t.para[i], &d);
		/* 安陂县食安办 / 6月4日: a unit's signature dated without its
		 * year signs a letter too, in the year the mail under it was
		 * sent (发送时间：2026年6月3日) */
		if (!dated && i > 0 && wp_notice_only_a_day(r->t.para[i], 2000, &d) &&
		    wp_notice_unit_like(r->t.para[i - 1])) {
			dated = true;
			int year = mail_year(r, sep + 1, end, &d);
			if (year > 0) {
				wp_buf b = WP_BUF_INIT;
				wp_buf_printf(&b, "%d年%s", year, r->t.para[i]);
				free(r->t.para[i]);
				r->t.para[i] = wp_buf_take(&b);
			}
		}
	}
	drop_run(r, sep, end);
	r->original_at = dated ? 0 : sep;
}

/* Where the notice begins under a receipt slip opening at line slip:
 * past the rule line or the 正文 line that closes the slip (both, when
 * the one follows the other); 0 when neither comes within a slip's
 * lines, or the document's title comes first (a rule under the notice
 * does not close a slip): then the slip is not known for one. */
#define SLIP_MAX 30
static size_t slip_end(const struct reader *r, size_t slip)
{
	for (size_t k = slip + 1; k < r->t.n && k <= slip + SLIP_MAX; k++) {
		const char *line = r->t.para[k];
		size_t len;
		if (label_at(skip_bullet(line), &len) < 0 && wp_word_find(line, WP_WORDS_TITLE_WORD, &len))
			return 0;
		if (!is_rule_line(line) && !wp_word_is(line, WP_WORDS_SLIP_BODY))
			continue;
		if (k + 1 < r->t.n && wp_word_is(r->t.para[k + 1], WP_WORDS_SLIP_BODY))
			k++;
		return k + 1;
	}
	return 0;
}

/* 江西省…中心　收文处理笺 / 收文编号：… 来文单位：… 来文字号：… / 拟办意见：
 * 建议由综合科牵头办理… / 领导批示：同意… / ———— / 正文: the form an
 * office's document system prints over a notice it received. Its
 * opinions and instructions are the receiving office's, no part of the
 * notice (综合科 there runs nothing of the plan); its 来文单位 and 来文字号
 * are the notice's issuer and number. Takes those, and drops the slip
 * and, under the notice, the rule and the system's buttons after it
 * (附件：无 / 【打印处理笺】【关闭】). Returns whether there was one. */
static bool drop_receipt_slip(struct reader *r, struct notice_meta *m)
{
	size_t slip = 0, len;
	while (slip < r->t.n && slip < 3 &&
	       !(wp_text_width(r->t.para[slip]) <= 60 && wp_word_find(r->t.para[slip], WP_WORDS_RECEIPT_SLIP, &len)))
		slip++;
	size_t end = slip < r->t.n && slip < 3 ? slip_end(r, slip) : 0;
	if (!end)
		return false;
	int pending = -1;
	for (size_t i = slip + 1; i < end; i++) {
		const char *line = r->t.para[i];
		if (pending >= 0 && label_at(skip_bullet(line), &len) < 0) {
			take(m, (enum wp_meta_field)pending, skip_bullet(line));
			pending = -1;
			continue;
		}
		pending = -1;
		meta_line(m, line, &pending);
	}
	drop_run(r, 0, end);
	/* the foot: a rule a few lines from the end, then the system's lines */
	for (size_t k = r->t.n > 4 ? r->t.n - 4 : 0; k < r->t.n; k++)
		if (is_rule_line(r->t.para[k])) {
			drop_run(r, k, r->t.n);
			break;
		}
	return true;
}

/* 目　录 | 一、总体安排 | 二、组织领导 | …: a table of contents, its
 * title and the run of top headings under it, names the sections the
 * text then holds; no section of its own. Is paragraph i such (*in:
 * within the run)? */
static bool contents_line(struct reader *r, size_t i, void *in)
{
	bool *listing = in;
	int n;
	if (*listing && wp_heading_top(r->t.para[i], &n))
		return true;
	*listing = false;
	char *bare = wp_str_nospace(r->t.para[i]);
	bool title = wp_word_is(bare, WP_WORDS_CONTENTS_HEAD);
	free(bare);
	if (!title || i + 2 >= r->t.n || !wp_heading_top(r->t.para[i + 1], &n) ||
	    !wp_heading_top(r->t.para[i + 2], &n))
		return false;
	*listing = true;
	return true;
}

/* 四、重点活动安排 | 5．… | (next slide) 四、重点活动安排 | 6．…: a
 * section's heading repeated atop the next page or slide it runs on to
 * (or so marked: 四、X（续）) heads no section of its own. Is paragraph i
 * such a repeat of the last top heading (*last, borrowed from the text)? */
static bool repeated_heading(struct reader *r, size_t i, void *last)
{
	const char **heading = last;
	const char *p = r->t.para[i];
	int n;
	if (!wp_heading_top(p, &n))
		return false;
	const char *before = *heading;
	if (before && (strcmp(p, before) == 0 ||
		       (wp_str_starts(p, before) && wp_word_is(p + strlen(before), WP_WORDS_GOES_ON_MARK))))
		return true;
	*heading = p;
	return false;
}

/* Is paragraph i a copy's stand-in for a picture ([图片]), or the caption
 * right under one (*after: the paragraph before was a picture)? */
static bool picture_or_caption(struct reader *r, size_t i, void *after)
{
	bool *after_picture = after;
	bool caption = *after_picture && wp_notice_caption_line(r->t.para[i]);
	*after_picture = wp_notice_picture_line(r->t.para[i]);
	return *after_picture || caption;
}

bool wp_notice_read_meta(struct reader *r, struct notice_meta *m)
{
	wp_notice_join_sms_parts(r);
	drop_wechat_chrome(r);
	bool after_picture = false;
	wp_notice_drop_paras(r, picture_or_caption, &after_picture);
	drop_marks(r);
	bool listing = false;
	wp_notice_drop_paras(r, contents_line, &listing);
	const char *last_heading = NULL;
	wp_notice_drop_paras(r, repeated_heading, &last_heading);
	memset(m, 0, sizeof *m);
	if (drop_mail_head(r))
		wp_notice_note(r, WP_TR("the header of the mail the notice came in was left out of the text"));
	drop_original_head(r);
	if (drop_receipt_slip(r, m))
		wp_notice_note(r, WP_TR("the receipt slip the notice came under was left out of the text"));
	int pending = -1;
	bool seen = false, in_block = false;
	/* a portal's block and page lines are at the very top */
	for (size_t i = 0, looked = 0; i < r->t.n && looked < 40 && wp_notice_step(r, 1); looked++) {
		const char *line = r->t.para[i];
		size_t len;
		if (pending >= 0 && label_at(skip_bullet(line), &len) < 0) {
			take(m, (enum wp_meta_field)pending, skip_bullet(line));
			pending = -1;
			drop(r, i);
			continue;
		}
		pending = -1;
		/* a bar line goes with the block's table (|---|---|) only
		 * right under it: further down it is the notice's own table */
		if (meta_line(m, line, &pending)) {
			seen = in_block = true;
			drop(r, i);
		} else if (is_chrome(line) || (in_block && wp_str_starts(line, "|"))) {
			i -= is_breadcrumb(line) ? drop_site_head(r, i) : 0;
			drop(r, i);
		} else {
			in_block = false;
			i++;
		}
	}
	return seen;
}

void wp_notice_meta_free(struct notice_meta *m)
{
	free(m->issuer);
	free(m->doc_number);
	free(m->written);
	free(m->title);
	free(m->published);
	memset(m, 0, sizeof *m);
}
