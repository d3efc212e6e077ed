/* notice-duties-rows.c - the deadlines read, against each other: a cover
 * letter or an annex that says a deadline of the plan again (the plan's
 * row stands), the parts of one sentence or the sentence after them that
 * name one recipient for all, and a thing sent together with one due
 * before it (与X一并报送). notice-duties.c reads each row from its
 * sentence and calls these. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "i18n-core.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* A cover letter that repeats the plan's deadlines (请于6月13日前报送…
 * above the plan, the plan's 工作要求 saying it again): the plan's own
 * words stand, the cover's repeat of a due date goes. The marks that say
 * where each deadline was read go too. */
void wp_notice_drop_cover_repeats(struct reader *r)
{
	size_t plan_starts = r->t.n;
	int n;
	for (size_t i = 0; i < r->t.n && plan_starts == r->t.n && wp_notice_step(r, 1); i++)
		if (wp_heading_top(r->t.para[i], &n))
			plan_starts = i;
	for (size_t i = 0; i < json_array_size(r->deadlines) && wp_notice_step(r, 1);) {
		json_t *dl = json_array_get(r->deadlines, i);
		const char *due = json_string_value(json_object_get(dl, "due"));
		size_t para = (size_t)json_integer_value(json_object_get(dl, "_para"));
		json_t *repeat = NULL;
		size_t j;
		json_t *other;
		json_array_foreach(r->deadlines, j, other) {
			const char *d = json_string_value(json_object_get(other, "due"));
			size_t p = (size_t)json_integer_value(json_object_get(other, "_para"));
			if (!repeat && due && d && j != i && strcmp(d, due) == 0 && p >= plan_starts)
				repeat = other;
		}
		/* a deadline inside an activity item is the plan's, not a cover
		 * letter's (a fragment's items come before any 一、 heading) */
		bool in_item = json_is_string(json_object_get(dl, "activity"));
		if (para < plan_starts && repeat && !in_item) {
			/* what the cover says and the plan leaves out stays */
			static const char *const keep[] = {"submit_to", "who"};
			for (size_t k = 0; k < 2; k++) {
				json_t *mine = json_object_get(repeat, keep[k]), *its = json_object_get(dl, keep[k]);
				bool empty = !mine || json_is_null(mine) ||
					     (json_is_array(mine) && json_array_size(mine) == 0) ||
					     (json_is_string(mine) && !*json_string_value(mine));
				if (empty && its && !json_is_null(its))
					json_object_set(repeat, keep[k], its);
			}
			json_array_remove(r->deadlines, i);
		} else {
			i++;
		}
	}
	size_t i;
	json_t *dl;
	json_array_foreach(r->deadlines, i, dl) json_object_del(dl, "_para");
}

/* Is paragraph para a recap of the deadlines: it says so (重申如下, 以正文
 * 为准), or its section's title does (六、时间节点)? */
static bool recap_para(struct reader *r, size_t para)
{
	size_t len;
	if (para >= r->t.n)
		return false;
	wp_notice_step(r, strlen(r->t.para[para]));
	if (wp_word_find(r->t.para[para], WP_WORDS_RECAP, &len))
		return true;
	size_t k = r->outline.para[para].section;
	return k != WP_OUTLINE_NO_SECTION && wp_word_find(r->outline.sec[k].title, WP_WORDS_RECAP_SECTION, &len);
}

/* Are two rows due alike: the same day, or (neither dated) the same
 * count from the same event? */
static bool due_alike(json_t *a, json_t *b)
{
	const char *da = json_string_value(json_object_get(a, "due"));
	const char *db = json_string_value(json_object_get(b, "due"));
	if (da || db)
		return da && db && strcmp(da, db) == 0;
	json_t *ra = json_object_get(a, "relative"), *rb = json_object_get(b, "relative");
	return ra && rb && !json_is_null(ra) && json_equal(ra, rb);
}

/* The bytes of the first n characters of s (fewer if s is shorter). */
static size_t chars_bytes(const char *s, int n)
{
	const char *p = s;
	for (int k = 0; k < n && *p; k++)
		p += wp_str_char_len(p);
	return (size_t)(p - s);
}

/* The thing a row sends: its what past 报送 (borrowed). */
static const char *thing_of(json_t *row)
{
	const char *what = json_string_value(json_object_get(row, "what"));
	return what ? what + wp_word_at(what, WP_WORDS_DUTY_SENT) : NULL;
}

/* Do the last six bytes of s (len bytes) make two wide characters? */
static bool two_wide_last(const char *s, size_t len)
{
	return len >= 6 && (unsigned char)s[len - 6] >= 0xe0 && (unsigned char)s[len - 3] >= 0xe0;
}

/* Do two rows name the same thing, in the recap's fewer words: one's in
 * the other's (总结 in 活动总结), four characters of one's in a row in the
 * other's (推荐作品 in 青少年科技创新推荐作品), or the same first two and
 * last two (活动方案 ~ 活动实施方案)? The first 60 characters are compared; a
 * recap's row whose thing is its own opening (报送要求重申如下：…) names
 * none, and is alike. */
static bool same_named(struct reader *r, const char *wa, const char *wb)
{
	enum { RUN = 4, LOOK = 60 };
	size_t len;
	if (wp_word_find(wa, WP_WORDS_RECAP, &len))
		return true;
	char *a = wp_str_sub(wa, chars_bytes(wa, LOOK)), *b = wp_str_sub(wb, chars_bytes(wb, LOOK));
	bool same = *a && *b && (wp_str_find(a, b) || wp_str_find(b, a));
	size_t la = strlen(a), lb = strlen(b);
	/* the same first two characters and last two (活动方案 ~ 活动实施方案;
	 * not 获奖学生名单 ~ 联络员名单, whose 名单 is any list's) */
	if (!same && two_wide_last(a, la) && two_wide_last(b, lb) && la >= 6 && lb >= 6)
		same = strcmp(a + la - 6, b + lb - 6) == 0 && memcmp(a, b, 6) == 0;
	for (const char *p = a; *p && !same && wp_notice_step(r, 1); p += wp_str_char_len(p)) {
		size_t run = chars_bytes(p, RUN);
		if (wp_text_width_n(p, run) < 2 * RUN)
			continue; /* 2026年 or “健康小屋”: no four wide characters here */
		char *window = wp_str_sub(p, run);
		same = wp_str_find(b, window) != NULL;
		free(window);
	}
	free(a);
	free(b);
	return same;
}

/* Are two rows owed by others: both name who, none in common, and
 * neither names all (各单位)? */
static bool owed_by_others(json_t *a, json_t *b)
{
	json_t *wa = json_object_get(a, "who"), *wb = json_object_get(b, "who");
	if (json_array_size(wa) == 0 || json_array_size(wb) == 0)
		return false;
	size_t i, j;
	json_t *x, *y;
	json_array_foreach(wa, i, x) {
		if (wp_word_is(json_string_value(x), WP_WORDS_ALL_UNITS))
			return false;
		json_array_foreach(wb, j, y) {
			if (wp_word_is(json_string_value(y), WP_WORDS_ALL_UNITS) || json_equal(x, y))
				return false;
		}
	}
	return true;
}

/* Does the recap's row a send what row b does: the same thing, and not
 * owed by others (各学校将志愿服务活动总结… is not 各乡镇's 活动总结)? */
static bool same_thing(struct reader *r, json_t *a, json_t *b)
{
	const char *wa = thing_of(a), *wb = thing_of(b);
	return wa && wb && same_named(r, wa, wb) && !owed_by_others(a, b);
}

/* 六、时间节点 / 现将主要时间节点重申如下：8月28日前，…；9月2日前，…;
 * 以上时间节点与正文不一致的，以正文为准: a recap says the deadlines the
 * text set again, in fewer words. A row read from it that is due as a
 * row read before it (elsewhere) and sends the same thing is that row;
 * the body's words stand. A row the recap alone gives stays. Whether a
 * paragraph recaps is asked once for its rows, which come together. */
void wp_notice_drop_recap_repeats(struct reader *r)
{
	size_t asked = (size_t)-1;
	bool recap = false;
	for (size_t i = 0; i < json_array_size(r->deadlines) && wp_notice_step(r, 1);) {
		json_t *dl = json_array_get(r->deadlines, i);
		size_t para = (size_t)json_integer_value(json_object_get(dl, "_para"));
		if (para != asked) {
			asked = para;
			recap = recap_para(r, para);
		}
		bool repeat = false;
		for (size_t j = 0; j < i && !repeat && recap && wp_notice_step(r, 1); j++) {
			json_t *body = json_array_get(r->deadlines, j);
			repeat = (size_t)json_integer_value(json_object_get(body, "_para")) != para &&
				 due_alike(body, dl) && same_thing(r, dl, body);
		}
		if (repeat)
			json_array_remove(r->deadlines, i);
		else
			i++;
	}
}

/* The thing whose time of report paragraph para moves to the rule's
 * day (…，各科室活动总结报送时间调整为5月29日前): what stands between the
 * clause's start and 报送时间 before the change verb right before rule,
 * at most 30 characters; NULL when rule is not so moved. Caller frees. */
static char *moved_thing(const char *para, const char *rule)
{
	const char *at = rule ? wp_str_find(para, rule) : NULL;
	const char *verb = NULL;
	for (const char *const *w = wp_words(WP_WORDS_CHANGED_TO); at && *w && !verb; w++)
		if (wp_str_ends_at(para, at, *w))
			verb = at - strlen(*w);
	for (const char *const *w = wp_words(WP_WORDS_SHIFTED_TO); at && *w && !verb; w++)
		if (wp_str_ends_at(para, at, *w)) /* 报送时间推迟到5月29日前 */
			verb = at - strlen(*w);
	const char *name = NULL;
	for (const char *const *w = wp_words(WP_WORDS_DUE_TIME_NAME); verb && *w && !name; w++)
		if (wp_str_ends_at(para, verb, *w))
			name = verb - strlen(*w);
	if (!name)
		return NULL;
	static const char *const clause_marks[] = {"，", "：", "。", "；", NULL};
	const char *from = para;
	for (const char *p = para; p < name; p += wp_str_char_len(p))
		if (wp_str_starts_any(p, clause_marks))
			from = p + wp_str_char_len(p);
	char *thing = wp_str_sub(from, (size_t)(name - from));
	if (!*thing || wp_text_width(thing) > 60) {
		free(thing);
		return NULL;
	}
	return thing;
}

/* The row before row i whose thing names the longest end of thing (four
 * characters at least: 各科室、各社区活动总结 -> 活动总结 in 报送活动总结和
 * 统计表; 总结 alone would take 志愿服务总结 for 活动总结, unless it is that
 * row's whole thing), or NULL. */
static json_t *row_of_thing(json_t *deadlines, size_t i, const char *thing)
{
	for (const char *tail = thing; *tail && wp_text_width(tail) >= 4; tail += wp_str_char_len(tail))
		for (size_t j = 0; j < i; j++) {
			const char *its = thing_of(json_array_get(deadlines, j));
			/* four characters in its thing, or its whole thing (总结) */
			if (its && (wp_text_width(tail) >= 8 ? wp_str_find(its, tail) != NULL : strcmp(its, tail) == 0))
				return json_array_get(deadlines, j);
		}
	return NULL;
}

/* 补充通知：…各科室、各社区活动总结报送时间调整为5月29日前 (a later
 * message, or a notice that moves a report): the row read from it is the
 * earlier row of that thing, now due on the new day; the earlier row
 * takes the new rule and day (its count from an event gone) and the
 * later one goes. */
void wp_notice_apply_moved_dues(struct reader *r)
{
	for (size_t i = 0; i < json_array_size(r->deadlines) && wp_notice_step(r, 1);) {
		json_t *dl = json_array_get(r->deadlines, i);
		size_t para = (size_t)json_integer_value(json_object_get(dl, "_para"));
		const char *rule = json_string_value(json_object_get(dl, "rule"));
		/* the row read from the change itself (报送时间调整为5月29日前):
		 * what it read as its thing is the change; a row of the same
		 * paragraph due the same day that sends a thing is its own */
		const char *what = json_string_value(json_object_get(dl, "what"));
		size_t len;
		bool change = what && (wp_word_find(what, WP_WORDS_CHANGED_TO, &len) ||
				       wp_word_find(what, WP_WORDS_SHIFTED_TO, &len) ||
				       wp_word_find(what, WP_WORDS_DUE_TIME_NAME, &len) ||
				       wp_word_at(what, WP_WORDS_DUE_TIME_REST));
		char *thing = change && para < r->t.n && json_is_string(json_object_get(dl, "due"))
				      ? moved_thing(r->t.para[para], rule)
				      : NULL;
		json_t *earlier = thing ? row_of_thing(r->deadlines, i, thing) : NULL;
		free(thing);
		if (!earlier) {
			i++;
			continue;
		}
		wp_notice_note(r, WP_TR("deadline '%s': its day is moved by a later passage to %s"),
			       json_string_value(json_object_get(earlier, "what")), rule);
		json_object_set(earlier, "rule", json_object_get(dl, "rule"));
		json_object_set(earlier, "due", json_object_get(dl, "due"));
		json_object_set_new(earlier, "relative", json_null());
		json_array_remove(r->deadlines, i);
	}
}

/* 关于印发《…方案》的通知 / 附件 / the plan: is every top heading in the
 * annex? Then the annex is the plan, whose deadlines the cover repeats
 * (see wp_notice_drop_cover_repeats), not a form under the body. */
static bool plan_in_annex(const struct reader *r)
{
	int n;
	for (size_t i = 0; i < r->t.n && i < r->outline.annex; i++)
		if (wp_outline_top(&r->outline, i, &n))
			return false;
	return r->outline.annex < r->t.n;
}

/* 请填写回执（附件2），于3月15日前将回执报送…, then under the form in
 * the annex 请于3月15日前将回执报送…（电子邮箱：…）: an annex that says a
 * deadline of the body again (the same day, the same thing, or a copy of
 * it: 回执扫描件) is the same deadline; the body's stands, taking a fuller
 * recipient from the annex (the unit with its address, written as the
 * body writes one: 工作部邮箱x@y -> 工作部（邮箱：x@y）). A report that
 * recurs (每周五下午下班前) is the same one when its rule is: the form's
 * 说明 names what goes with it in its own words. */
void wp_notice_drop_annex_repeats(struct reader *r)
{
	size_t annex = r->outline.annex;
	if (plan_in_annex(r))
		return;
	for (size_t i = 0; i < json_array_size(r->deadlines) && wp_notice_step(r, 1);) {
		json_t *dl = json_array_get(r->deadlines, i);
		const char *due = json_string_value(json_object_get(dl, "due"));
		/* 回执扫描件: a copy of the 回执 is the 回执 */
		char *what = json_string_value(json_object_get(dl, "what"))
				     ? wp_str_trim_end(json_string_value(json_object_get(dl, "what")),
						       wp_words(WP_WORDS_COPY_FORM))
				     : NULL;
		const char *rule = json_string_value(json_object_get(dl, "rule"));
		/* 注：本表请于4月10日前报送…: the form names itself, the body
		 * what it is; the same day makes them one */
		size_t form_len;
		bool itself = what && wp_word_find(what, WP_WORDS_THIS_FORM, &form_len);
		json_t *body = NULL;
		for (size_t j = 0; j < i && !body && what && *what; j++) {
			json_t *o = json_array_get(r->deadlines, j);
			const char *d = json_string_value(json_object_get(o, "due"));
			const char *w = json_string_value(json_object_get(o, "what"));
			const char *its_rule = json_string_value(json_object_get(o, "rule"));
			if ((size_t)json_integer_value(json_object_get(o, "_para")) >= annex || !w)
				continue;
			if ((due && d && strcmp(d, due) == 0 && (itself || wp_str_find(w, what) || wp_str_find(what, w))) ||
			    (!due && !d && rule && its_rule && strcmp(rule, its_rule) == 0))
				body = o;
		}
		free(what);
		if (!body || (size_t)json_integer_value(json_object_get(dl, "_para")) < annex) {
			i++;
			continue;
		}
		const char *mine = json_string_value(json_object_get(body, "submit_to"));
		const char *its = json_string_value(json_object_get(dl, "submit_to"));
		const char *box = mine && its && wp_str_starts(its, mine) ? its + strlen(mine) : NULL;
		if (box && wp_str_skip(&box, "邮箱") && strchr(box, '@')) {
			/* …工作部邮箱x@y: the unit with its address, as the body
			 * writes one (工作部（邮箱：x@y）) */
			wp_str_skip(&box, "：");
			char *with = wp_notice_with_mailbox(mine, box);
			json_object_set_new(body, "submit_to", json_string(with));
			free(with);
		} else if (its && (!mine || (wp_str_starts(its, mine) && strlen(its) > strlen(mine)))) {
			json_object_set(body, "submit_to", json_object_get(dl, "submit_to"));
		}
		json_array_remove(r->deadlines, i);
	}
}

/* The parts of one sentence (…报市食安办；每周五下班前报送活动进展情况；…)
 * send to one place: a part that names none takes its neighbour's. */
void wp_notice_share_recipient(json_t *deadlines, size_t first)
{
	size_t n = json_array_size(deadlines);
	for (size_t i = first; i < n; i++) {
		json_t *dl = json_array_get(deadlines, i);
		if (json_string_value(json_object_get(dl, "submit_to")))
			continue;
		json_t *to = NULL;
		for (size_t d = 1; !to && d < n - first; d++) {
			json_t *before = i >= first + d ? json_object_get(json_array_get(deadlines, i - d), "submit_to") : NULL;
			json_t *after = i + d < n ? json_object_get(json_array_get(deadlines, i + d), "submit_to") : NULL;
			to = json_is_string(before) ? before : json_is_string(after) ? after : NULL;
		}
		if (to)
			json_object_set(dl, "submit_to", to);
	}
}

/* 以上材料电子版统一发送至局安全办邮箱：x@y: the mailbox of the office
 * the materials above go to, to each row sent to that office (any row
 * before: 以上 is all of them), written unit（邮箱：x@y） as a deadline's
 * own mailbox is. */
static void office_mailbox_for_the_above(struct reader *r, const char *to)
{
	const char *box = wp_str_find(to, "邮箱");
	if (!box || box == to || !strchr(box, '@'))
		return;
	const char *addr = box + strlen("邮箱");
	wp_str_skip(&addr, "：");
	char *unit = wp_str_sub(to, (size_t)(box - to));
	char *with = wp_notice_with_mailbox(unit, addr);
	size_t i;
	json_t *dl;
	json_array_foreach(r->deadlines, i, dl) {
		const char *its = json_string_value(json_object_get(dl, "submit_to"));
		if (its && strcmp(its, unit) == 0)
			json_object_set_new(dl, "submit_to", json_string(with));
	}
	free(with);
	free(unit);
}

/* 以上材料均报区医保局基金监管股（邮箱：…）: a sentence after the duties
 * of its paragraph that says where all of them go, to each that names no
 * place of its own. */
void wp_notice_recipient_for_the_above(struct reader *r, const char *sentence, size_t para_first)
{
	bool opens = wp_word_at(sentence, WP_WORDS_THE_ABOVE) > 0;
	if (!opens || json_array_size(r->deadlines) == 0)
		return;
	char *to = wp_notice_due_to(sentence, wp_notice_first_email(r));
	if (to)
		office_mailbox_for_the_above(r, to);
	for (size_t i = para_first; to && i < json_array_size(r->deadlines); i++) {
		json_t *dl = json_array_get(r->deadlines, i);
		if (!json_string_value(json_object_get(dl, "submit_to")))
			json_object_set_new(dl, "submit_to", json_string(to));
	}
	free(to);
}

/* The thing named in the clause before at: past the subject's 要 and a
 * verb of naming with its count (要明确一名联络员 -> 联络员). Caller frees;
 * NULL if none. */
static char *named_before(const char *s, const char *at)
{
	char *clause = wp_str_sub(s, (size_t)(at - s));
	char *trimmed = wp_str_trim_end(clause, wp_notice_end_punct);
	free(clause);
	const char *p = wp_str_find(trimmed, "要");
	p = p ? p + strlen("要") : trimmed;
	p += wp_word_at(p, WP_WORDS_APPOINT);
	char *thing = *p && wp_text_width(p) <= 30 && !wp_str_find(p, "，") ? wp_xstrdup(p) : NULL;
	free(trimmed);
	return thing;
}

/* 局属各单位要明确一名联络员，与活动安排一并报送: a thing sent together with
 * one due before it in the paragraph is due when and where that one is.
 * A row of its own only when others send it (the same senders' thing is
 * part of their report, as g08's reading keeps it). */
void wp_notice_sent_with(struct reader *r, const char *s, size_t para_first)
{
	size_t len;
	const char *together = wp_word_find(s, WP_WORDS_SENT_TOGETHER, &len);
	const char *with = NULL;
	for (const char *q = s; together && q < together; q += wp_str_char_len(q))
		if (wp_word_at(q, WP_WORDS_TOGETHER_WITH))
			with = q;
	if (!with)
		return;
	size_t with_len = wp_word_at(with, WP_WORDS_TOGETHER_WITH);
	char *x = wp_str_sub(with + with_len, (size_t)(together - with - with_len));
	json_t *same = NULL;
	for (size_t i = para_first; *x && i < json_array_size(r->deadlines); i++) {
		const char *what = json_string_value(json_object_get(json_array_get(r->deadlines, i), "what"));
		if (what && (wp_str_find(what, x) || wp_str_find(x, what)))
			same = json_array_get(r->deadlines, i);
	}
	free(x);
	json_t *who = same ? wp_notice_due_who(s, NULL) : NULL;
	char *thing = same && json_array_size(who) > 0 && !json_equal(who, json_object_get(same, "who"))
			      ? named_before(s, with)
			      : NULL;
	if (thing) {
		json_t *dl = json_deep_copy(same);
		json_object_set_new(dl, "what", json_string(thing));
		json_object_set(dl, "who", who);
		json_array_append_new(r->deadlines, dl);
	}
	free(thing);
	json_decref(who);
}

/* A sent thing's duty is named by the act (报送活动总结), as the bundled
 * readings write it, once the rows have been compared by the thing alone
 * (a cover's repeat, an annex's, 与X一并报送). A thing that is itself an
 * act (确定1名联络员, 报送…) keeps its words. */
void wp_notice_name_duties(struct reader *r)
{
	size_t i;
	json_t *dl;
	json_array_foreach(r->deadlines, i, dl) {
		const char *verb = json_string_value(json_object_get(dl, "_verb"));
		const char *what = json_string_value(json_object_get(dl, "what"));
		size_t len;
		if (verb && what && !wp_str_starts(what, verb) && !wp_word_at(what, WP_WORDS_DUTY_VERB) &&
		    wp_submit_find(what, WP_SUBMIT_THING, &len) != what) {
			wp_buf b = WP_BUF_INIT;
			/* 确定1名联络员并报送X: the task done with the sending first */
			const char *task = json_string_value(json_object_get(dl, "_task"));
			wp_buf_printf(&b, "%s%s%s%s", task ? task : "", task ? "并" : "", verb, what);
			json_object_set_new(dl, "what", json_string(wp_buf_str(&b)));
			wp_buf_free(&b);
		}
		json_object_del(dl, "_verb");
		json_object_del(dl, "_task");
	}
}

void wp_notice_also_sent(struct reader *r, const char *s, size_t first)
{
	size_t n = json_array_size(r->deadlines), len;
	const char *also = n > first ? wp_word_find(s, WP_WORDS_ALSO_SENT, &len) : NULL;
	if (!also)
		return;
	/* who: the clause before 同时报, from its comma */
	const char *from = s;
	for (const char *c = wp_str_find(s, "，"); c && c < also; c = wp_str_find(c + strlen("，"), "，"))
		from = c + strlen("，");
	char *who = wp_str_sub(from, (size_t)(also - from));
	char *to = wp_notice_upto(also + len, wp_words(WP_WORDS_RECIPIENT_END));
	char *recipient = wp_str_trim_end(to, wp_notice_end_punct);
	if (wp_notice_unit_like(recipient) && (!*who || wp_notice_units_like(who))) {
		json_t *row = json_deep_copy(json_array_get(r->deadlines, n - 1));
		/* 各中小学校、幼儿园: 各 governs both, one group as written */
		if (*who)
			json_object_set_new(row, "who", json_pack("[s]", who));
		json_object_set_new(row, "submit_to", json_string(recipient));
		json_array_append_new(r->deadlines, row);
	}
	free(recipient);
	free(to);
	free(who);
}
