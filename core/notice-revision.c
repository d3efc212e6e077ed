/* notice-revision.c - an item of a revision notice (关于调整…部分活动安排
 * 的通知) as it reads now. Such a notice names only the activities it
 * changes, and gives each changed field twice, old and new:
 *   原定时间：5月18日（星期一）
 *   调整时间：5月20日（星期三）上午9:00
 * or in prose:
 *   地点由旗那达慕会场综合馆改为旗第一中学报告厅。牵头单位由旗科协调整为
 *   旗教育局，旗科协改为配合单位。
 * The activity is what the new values say: the 原定 line is dropped, a
 * clause X由A改为B becomes the line X：B (the readers of labelled lines then
 * read it as they read any other), A改为配合单位 becomes 配合单位：A, and a
 * remark on a value (旗科技局（不变）) is no part of it. The labels are rows
 * of the field-label table (WP_FIELD_FORMER marks the old ones), the verbs
 * and remarks word sets (WP_WORDS_CHANGED_TO, WP_WORDS_REVISION_REMARK).
 * A due moved the same way (《通知》要求5月26日前报送的活动总结，统一调整为
 * 5月29日（星期五）前报送) is due on the new day (notice-duties.c asks). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-date.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* Appends s[0..n) to b without the revision remarks in it. */
static void put_without_remarks(wp_buf *b, const char *s, size_t n)
{
	const char *end = s + n;
	for (const char *p = s; p < end;) {
		size_t len = wp_word_at(p, WP_WORDS_REVISION_REMARK);
		if (len && p + len <= end) {
			p += len;
			continue;
		}
		size_t c = wp_str_char_len(p);
		if (p + c > end)
			c = (size_t)(end - p);
		wp_buf_append(b, p, c);
		p += c;
	}
}

/* 科技大篷车进牧区（《通知》第二项活动）, 登山比赛（原方案第3项）: a
 * closing bracket that cites the item's number in the notice amended;
 * *open is cut off there. The citation is 《…》 or 原… up to 第, a number
 * of at most four characters, then 项 or 项活动. */
static void cut_cited_item(char *title)
{
	char *open = NULL;
	for (char *q = (char *)wp_str_find(title, "（"); q; q = (char *)wp_str_find(q + strlen("（"), "（"))
		open = q;
	if (!open || open == title || !wp_str_ends(title, "）"))
		return;
	const char *in = open + strlen("（");
	if (!wp_str_starts(in, "《") && !wp_str_starts(in, "原"))
		return;
	const char *nth = wp_str_find(in, "第");
	if (!nth)
		return;
	const char *p = nth + strlen("第");
	for (int k = 0; k < 4 && *p && !wp_word_at(p, WP_WORDS_COUNTED_ITEM); k++)
		p += wp_str_char_len(p);
	size_t item = p > nth + strlen("第") ? wp_word_at(p, WP_WORDS_COUNTED_ITEM) : 0;
	if (item && strcmp(p + item, "）") == 0)
		*open = '\0';
}

char *wp_notice_drop_remarks(const char *s)
{
	wp_buf b = WP_BUF_INIT;
	put_without_remarks(&b, s, strlen(s));
	char *out = wp_buf_take(&b);
	cut_cited_item(out);
	return out;
}

/* Ends b's current line, unless it is empty. */
static void end_line(wp_buf *b)
{
	if (b->len && wp_buf_str(b)[b->len - 1] != '\n')
		wp_buf_putc(b, '\n');
}

/* The field label s[0..n) is, whole, or NULL. */
static const struct wp_field_label *whole_label(const char *s, size_t n)
{
	char *label = wp_str_sub(s, n);
	const struct wp_field_label *l = wp_field_label_is(label);
	free(label);
	return l && !(l->where & WP_FIELD_FORMER) ? l : NULL;
}

/* Writes the clause c[0..n) to b as it reads now; true when it was a change
 * written as a line of its own (its delimiter then dropped). */
static bool put_clause(wp_buf *b, const char *c, size_t n)
{
	char *clause = wp_str_sub(c, n);
	size_t vlen;
	const char *verb = wp_word_find(clause, WP_WORDS_CHANGED_TO, &vlen);
	bool line = false;
	if (verb) {
		const char *after = verb + vlen;
		size_t before = (size_t)(verb - clause);
		/* 旗科协改为配合单位: the unit takes the role */
		const struct wp_field_label *role = whole_label(after, strlen(after));
		/* 地点由A改为B, 时间调整为B, 由A调整为B */
		const char *from = wp_str_find(clause, "由");
		size_t head = from && from < verb ? (size_t)(from - clause) : before;
		const struct wp_field_label *field = head ? whole_label(clause, head) : NULL;
		if (role && (role->field == WP_FIELD_LEAD || role->field == WP_FIELD_COOP) && before) {
			end_line(b);
			wp_buf_printf(b, "%s：", role->name);
			put_without_remarks(b, clause, before);
			wp_buf_putc(b, '\n');
			line = true;
		} else if (field && *after) {
			end_line(b);
			wp_buf_printf(b, "%s：", field->name);
			put_without_remarks(b, after, strlen(after));
			wp_buf_putc(b, '\n');
			line = true;
		} else if ((from && from < verb) || head == 0) {
			/* 调整为5月22日下午3:00举行: the new value, said alone */
			put_without_remarks(b, clause, head);
			put_without_remarks(b, after, strlen(after));
		} else {
			put_without_remarks(b, clause, n);
		}
	} else {
		put_without_remarks(b, clause, n);
	}
	free(clause);
	return line;
}

/* Clauses end at these; a change clause becomes a line of its own. */
static size_t clause_end_at(const char *p)
{
	static const char *const ends[] = {"，", "。", "；", NULL};
	for (const char *const *e = ends; *e; e++)
		if (wp_str_starts(p, *e))
			return strlen(*e);
	return 0;
}

/* Does the notice revise an earlier one? Its title says so (关于调整…活动
 * 安排的通知), or a line opens with a field's old value (原定时间：). An
 * ordinary notice's 时间由30分钟调整为60分钟 changes nothing it plans. */
static bool is_revision(struct reader *r)
{
	if (r->revision >= 0)
		return r->revision;
	const char *title = json_string_value(json_object_get(r->plan, "title"));
	size_t len;
	bool yes = title && wp_word_find(title, WP_WORDS_REVISION_TITLE, &len);
	for (size_t i = 0; i < r->t.n && !yes && wp_notice_step(r, 1); i++) {
		const struct wp_field_label *l = wp_field_label_at(r->t.para[i], &len);
		yes = l && (l->where & WP_FIELD_FORMER) && wp_str_starts(r->t.para[i] + len, "：");
	}
	r->revision = yes;
	return yes;
}

char *wp_notice_revised_text(struct reader *r, const char *text)
{
	if (!is_revision(r))
		return wp_xstrdup(text);
	wp_buf b = WP_BUF_INIT;
	for (const char *line = text; *line && wp_notice_step(r, 1);) {
		const char *nl = strchr(line, '\n');
		size_t n = nl ? (size_t)(nl - line) : strlen(line);
		size_t len;
		const struct wp_field_label *l = wp_field_label_at(line, &len);
		bool former = l && (l->where & WP_FIELD_FORMER) && len < n && wp_str_starts(line + len, "：");
		if (!former) {
			/* 原定时间：5月18日 is dropped; every other line kept, clause
			 * by clause */
			const char *clause = line;
			const char *end = line + n;
			for (const char *p = line; p <= end && wp_notice_step(r, 1);) {
				size_t d = p < end ? clause_end_at(p) : 0;
				if (p == end || d) {
					bool own = put_clause(&b, clause, (size_t)(p - clause));
					if (p == end)
						break;
					if (!own)
						wp_buf_append(&b, p, d);
					p += d;
					clause = p;
					continue;
				}
				p += wp_str_char_len(p);
			}
			if (nl)
				end_line(&b);
		}
		line = nl ? nl + 1 : line + n;
	}
	return wp_buf_take(&b);
}

char *wp_notice_revised_due(struct reader *r, const char *s, char **rule)
{
	*rule = NULL;
	wp_ndate was, now;
	bool before_was, before_now;
	if (!wp_nfind_date(s, r->year, &was))
		return NULL;
	const char *was_end = wp_notice_deadline_end(&was, &before_was);
	size_t vlen;
	const char *verb = before_was ? wp_word_find(was_end, WP_WORDS_CHANGED_TO, &vlen) : NULL;
	if (!verb || !wp_nfind_date_at(verb + vlen, r->year, &now))
		return NULL;
	const char *now_end = wp_notice_deadline_end(&now, &before_now);
	if (!before_now)
		return NULL;
	/* the change clause starts after the last ， before its verb */
	const char *clause = verb;
	for (const char *p = was_end; p < verb && wp_notice_step(r, 1); p += wp_str_char_len(p))
		if (wp_str_starts(p, "，"))
			clause = p;
	*rule = wp_str_sub(now.at, (size_t)(now_end - now.at));
	wp_buf b = WP_BUF_INIT;
	/* …，各乡镇、各成员单位报送时间统一延至4月3日前，报局公共服务股: the
	 * change clause's units send it, to whom its rest says */
	const char *units = clause + (clause < verb && wp_str_starts(clause, "，") ? strlen("，") : 0);
	size_t send_len;
	const char *send = wp_submit_find(units, WP_SUBMIT_SIGN, &send_len);
	char *who = send && send < verb ? wp_str_sub(units, (size_t)(send - units)) : NULL;
	bool named = who && *who && wp_notice_units_like(who);
	if (named)
		wp_buf_puts(&b, who);
	else
		wp_buf_append(&b, s, (size_t)(was.at - s));
	free(who);
	wp_buf_puts(&b, *rule);
	wp_buf_append(&b, was_end, (size_t)(clause - was_end));
	if (named && wp_str_starts(now_end, "，"))
		wp_buf_puts(&b, now_end); /* ，报局公共服务股（…） */
	return wp_buf_take(&b);
}

/* ---- a work group's thread ------------------------------------------------
 * A plan posted in a work group (钉钉, 企业微信) is copied out with the
 * thread under it: each message opens with a header (11月30日 16:05　发送人：
 * 团区委 陈晓蕾), the members' replies follow a marker (—— 以下为群内回复 ——)
 * as lines of 单位：1 or 收到, and the sender's later messages amend the plan
 * the way a revision notice does (活动一培训地点调整为：X, 活动四集合时间提前
 * 至上午8:00). The replies are chatter and go; the amendments are applied to
 * the items they name, the later value winning. */

/* Is the paragraph a message's header? */
static bool thread_header(const char *s)
{
	size_t len;
	return wp_word_find(s, WP_WORDS_THREAD_SENDER, &len) != NULL;
}

/* ——————————: a line of dashes parting the messages. */
static bool thread_rule(const char *s)
{
	static const char *const dashes[] = {"—", "-", "─", "━", "=", NULL};
	size_t n = wp_str_span_of(s, dashes);
	return n > 0 && s[n] == '\0';
}

/* Is paragraph i among the replies (*in_replies: a reply marker seen
 * since the last header or rule)? */
static bool reply_line(struct reader *r, size_t i, void *in_replies)
{
	bool *replies = in_replies;
	size_t len;
	const char *s = r->t.para[i];
	if (thread_header(s) || thread_rule(s))
		*replies = false;
	else if (wp_word_find(s, WP_WORDS_THREAD_REPLIES, &len))
		*replies = true;
	return *replies;
}

size_t wp_notice_drop_thread_replies(struct reader *r)
{
	size_t headers = 0;
	for (size_t i = 0; i < r->t.n && headers < 2 && wp_notice_step(r, 1); i++)
		headers += thread_header(r->t.para[i]);
	if (headers < 2)
		return 0;
	bool replies = false;
	return wp_notice_drop_paras(r, reply_line, &replies);
}

/* The activity whose number follows an item's kind at p (活动四), or
 * NULL; the longest number matching wins (活动十一 is not 活动十). */
static json_t *named_activity(struct reader *r, const char *p)
{
	size_t kind = wp_word_at(p, WP_WORDS_ITEM_KIND);
	if (!kind)
		return NULL;
	json_t *best = NULL, *a;
	size_t best_len = 0, i;
	json_array_foreach(r->activities, i, a) {
		if (!wp_notice_step(r, 1))
			break;
		const char *no = json_string_value(json_object_get(a, "no"));
		size_t len = no ? strlen(no) : 0;
		if (len > best_len && wp_str_starts(p + kind, no))
			best = a, best_len = len;
	}
	return best;
}

/* The activity a quoted name at p names (“法官进企业”第二场活动时间由…):
 * the one whose title holds the name, or of several, the one whose title
 * also holds the session named after it; NULL when none or no one. */
#define NAME_REST_BYTES 60
json_t *wp_notice_quoted_activity(struct reader *r, const char *p)
{
	const char *close = wp_str_starts(p, "“") ? wp_notice_find_near(p, "”", 96) : NULL;
	if (!close)
		return NULL;
	/* the name inside the quotes: a title may be written without them */
	char *name = wp_str_sub(p + strlen("“"), (size_t)(close - p) - strlen("“"));
	if (!*name) {
		free(name);
		return NULL;
	}
	const char *after = close + strlen("”");
	size_t session = wp_notice_session_at(after);
	/* “安全生产月”宣传咨询日活动…: the rest of the name after the quote
	 * (up to 活动, 时间, 地点 or a clause's end) must be in the title too */
	char *near = wp_str_sub(after, strnlen(after, NAME_REST_BYTES + 1)); /* a bounded look */
	size_t rest = session ? session : wp_str_span_upto(near, wp_words(WP_WORDS_NAME_REST_END));
	free(near);
	if (rest > NAME_REST_BYTES) {
		free(name);
		return NULL;
	}
	char *which = rest ? wp_str_sub(after, rest) : NULL;
	json_t *found = NULL, *a;
	size_t count = 0, i;
	json_array_foreach(r->activities, i, a) {
		if (!wp_notice_step(r, 1))
			break;
		const char *title = json_string_value(json_object_get(a, "title"));
		if (!title || !wp_str_find(title, name) || (which && !wp_str_find(title, which)))
			continue;
		found = a;
		count++;
	}
	free(name);
	free(which);
	return count == 1 ? found : NULL;
}

/* The new value after a change verb: the rest of its clause, or, when the
 * line ends at the verb (调整为：), the next line's first clause; a copy
 * without remarks, or NULL. */
static char *new_value(struct reader *r, size_t i, const char *after)
{
	while (wp_str_skip(&after, "：") || wp_str_skip(&after, ":"))
		;
	if (!*after && i + 1 < r->t.n)
		after = r->t.para[i + 1];
	static const char *const stops[] = {"，", "。", "；", ",", ";", NULL};
	size_t n = wp_str_span_upto(after, stops);
	/* B（新馆南广场铺装工程尚未完工）: why, no part of the value */
	const char *open = wp_notice_find_near(after, "（", n);
	const char *close = open ? wp_notice_find_near(open, "）", (size_t)(after + n - open)) : NULL;
	if (close && wp_word_find_near(open, WP_WORDS_REASON_MARK, (size_t)(close - open), &(size_t){0}))
		n = (size_t)(open - after);
	/* B因新馆南广场尚未完工: so too a reason run on after it, outside brackets */
	int depth = 0;
	for (size_t k = 0; k < n; k += wp_str_char_len(after + k)) {
		if (wp_str_starts(after + k, "（"))
			depth++;
		else if (wp_str_starts(after + k, "）") && depth > 0)
			depth--;
		if (!depth && k > 0 && wp_word_at(after + k, WP_WORDS_REASON_MARK)) {
			n = k;
			break;
		}
	}
	if (!n)
		return NULL;
	wp_buf b = WP_BUF_INIT;
	put_without_remarks(&b, after, n);
	return wp_buf_take(&b);
}

/* Applies a change of field to a: a place replaces the place, a time the
 * time of day (and the day, when it names one). */
static void apply_change(struct reader *r, json_t *a, enum wp_field field, const char *value)
{
	if (field == WP_FIELD_PLACE) {
		json_object_set_new(a, "location", json_string(value));
		return;
	}
	char clock[6];
	if (wp_nfind_time(value, clock, NULL))
		json_object_set_new(a, "time", json_string(clock));
	wp_ndate d;
	if (wp_nfind_date(value, r->year, &d)) {
		json_object_set_new(a, "start", wp_notice_jdate(d.start));
		json_object_set_new(a, "end", wp_notice_jdate(d.end));
	}
}

int wp_notice_ordinal_at(const char **q)
{
	const char *p = *q;
	if (!wp_str_skip(&p, "第"))
		return -1;
	bool bracket = wp_str_skip(&p, "（");
	int n = wp_nread_number(&p, 3);
	size_t cn_len = 0;
	if (n < 0)
		n = wp_cn_number(p, &cn_len), p += cn_len;
	if (n <= 0 || (bracket && !wp_str_skip(&p, "）")))
		return -1;
	*q = p;
	return n;
}

/* How far after a reference (第3项“阳光伙伴”融合游戏活动) the title that
 * tells two activities of one number apart is looked for: a bounded look,
 * so that many references cost no more than their text. */
#define REFERENCE_TITLE_BYTES 240

/* The activity numbered n (as 3 or 三, after prefix: 四.), the one whose
 * title follows the reference at at when two share it, or NULL. */
static json_t *numbered_activity(struct reader *r, const char *prefix, int n, const char *at)
{
	char digits[48], cn[48], own[32];
	wp_cn_number_format(n, own, sizeof own);
	snprintf(digits, sizeof digits, "%s%d", prefix, n);
	snprintf(cn, sizeof cn, "%s%s", prefix, own);
	json_t *first = NULL, *a, *found = NULL;
	char *near = NULL;
	size_t i;
	json_array_foreach(r->activities, i, a) {
		const char *no = json_string_value(json_object_get(a, "no"));
		const char *title = json_string_value(json_object_get(a, "title"));
		if (!no || (strcmp(no, digits) != 0 && strcmp(no, cn) != 0) || !wp_notice_step(r, 1))
			continue;
		if (!first) {
			first = a;
			continue;
		}
		/* a second of that number: the one whose title follows */
		if (!near) {
			near = wp_str_sub(at, strnlen(at, REFERENCE_TITLE_BYTES));
			const char *t1 = json_string_value(json_object_get(first, "title"));
			if (t1 && wp_str_find(near, t1)) {
				found = first;
				break;
			}
		}
		if (title && wp_str_find(near, title)) {
			found = a;
			break;
		}
	}
	free(near);
	return found ? found : first;
}

/* Is part the number of the one activity section (二、重点活动), whose
 * items are numbered on their own (一, 二)? */
static bool sole_activity_part(const struct reader *r, int part)
{
	const struct wp_outline *o = &r->outline;
	size_t sections = 0;
	bool numbered = false;
	for (size_t k = 0; k < o->nsec; k++)
		if (o->sec[k].kind == WP_SECTION_ACTIVITIES) {
			sections++;
			numbered = numbered || o->sec[k].number == part;
		}
	return sections == 1 && numbered;
}

/* 第3项“阳光伙伴”融合游戏活动, 方案第四部分第（一）项: the activity counted
 * in the list (in the part counted, as 四.一), the one of that number
 * whose title follows when two share it, or NULL; the reference's length in *len (0 when there is none), even when it counts
 * no activity (方案第六部分第（一）项, a requirement: its item is none). */
json_t *wp_notice_counted_activity(struct reader *r, const char *p, size_t *len)
{
	const char *q = p;
	int part = wp_notice_ordinal_at(&q);
	if (part > 0 && !wp_word_at(q, WP_WORDS_PLAN_PART))
		q = p, part = -1;
	if (part > 0)
		q += wp_word_at(q, WP_WORDS_PLAN_PART);
	*len = 0;
	int n = wp_notice_ordinal_at(&q);
	if (n <= 0 || !wp_str_skip(&q, "项"))
		return NULL;
	*len = (size_t)(q - p);
	if (part <= 0)
		return numbered_activity(r, "", n, p);
	char prefix[40];
	wp_cn_number_format(part, prefix, sizeof prefix - 1);
	strcat(prefix, ".");
	json_t *a = numbered_activity(r, prefix, n, p);
	return a ? a : sole_activity_part(r, part) ? numbered_activity(r, "", n, p) : NULL;
}

/* Reads paragraph i of a later message: an item named (活动一), then a
 * place or time label, then a change verb, all in one clause but the
 * item, which holds to the end of the paragraph. */
static void read_amendment(struct reader *r, size_t i)
{
	const char *s = r->t.para[i];
	json_t *item = NULL;
	enum wp_field field = WP_FIELD_OTHER;
	for (const char *p = s; *p && wp_notice_step(r, 1);) {
		size_t len;
		const struct wp_field_label *l;
		json_t *named = named_activity(r, p);
		if (!named)
			named = wp_notice_quoted_activity(r, p);
		size_t counted_len = 0;
		json_t *counted = named ? NULL : wp_notice_counted_activity(r, p, &counted_len);
		if (named || counted_len) {
			item = named ? named : counted;
			field = WP_FIELD_OTHER;
			/* past 第3项 (a named one moves on a character below) */
			if (counted_len) {
				p += counted_len;
				continue;
			}
		} else if (item && field == WP_FIELD_OTHER && (len = wp_word_at(p, WP_WORDS_SHIFTED_TO))) {
			/* 第3项…提前到5月14日下午两点半举行: a shift is of its time */
			char *value = new_value(r, i, p + len);
			if (value)
				apply_change(r, item, WP_FIELD_WHEN, value);
			free(value);
		} else if ((l = wp_field_label_at(p, &len)) && (l->field == WP_FIELD_PLACE || l->field == WP_FIELD_WHEN)) {
			field = l->field;
			p += len;
			continue;
		} else if (item && field != WP_FIELD_OTHER &&
			   ((len = wp_word_at(p, WP_WORDS_CHANGED_TO)) || (len = wp_word_at(p, WP_WORDS_SHIFTED_TO)))) {
			char *value = new_value(r, i, p + len);
			if (value)
				apply_change(r, item, field, value);
			free(value);
			field = WP_FIELD_OTHER;
		} else if (clause_end_at(p)) {
			field = WP_FIELD_OTHER;
		}
		p += wp_str_char_len(p);
	}
}

/* p past the people a chat message calls first (@所有人 , @东湖村-张建国 ). */
#define MENTION_BYTES 40
static const char *past_mentions(const char *p)
{
	while (*p == '@') {
		const char *space = memchr(p, ' ', strnlen(p, MENTION_BYTES));
		if (!space)
			break;
		p = space + strspn(space, " ");
	}
	return p;
}

void wp_notice_read_thread_amendments(struct reader *r)
{
	/* 现将方案全文转发给大家…有两处调整，请以本邮件为准：1.方案第四部分第
	 * （一）项…地点由A调整为B: the note a forwarded plan is sent under
	 * amends it as a later message does */
	size_t note_end = r->original_at > r->plan_at ? r->original_at : r->plan_at;
	for (size_t i = 0; i < note_end && i < r->t.n && wp_notice_step(r, 1); i++)
		read_amendment(r, i);
	size_t headers = 0;
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		headers += thread_header(r->t.para[i]);
		/* 补充通知（5月7日）：…第3项…提前到…: a note added to the notice */
		/* @所有人 更正：第3项时间改为…: a work group's correction too */
		if (headers >= 2 || wp_word_at(past_mentions(r->t.para[i]), WP_WORDS_SUPPLEMENT))
			read_amendment(r, i);
	}
}
