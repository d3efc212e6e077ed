/* notice-contact-lines.c - the lines under a heading that names contacts
 * (六、联系方式): office, person and numbers in that order, one person
 * after another. Kept apart from notice-contacts.c, which reads the
 * 联系人 labels, so that each file stays short enough to read. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "notice-reader.h"
#include "notice-words.h"
#include "text.h"

/* An annex's title over its list of contacts is at most this long */
#define CONTACT_TITLE_CHARS 40

/* Is para a heading over contact lines (六、联系方式, ◆咨询电话, 八、联系人)? */
static bool contact_heading(const struct reader *r, size_t i)
{
	const struct wp_outline_para *op = &r->outline.para[i];
	bool numbered = op->kind == WP_OUTLINE_TOP || op->kind == WP_OUTLINE_ITEM;
	const char *t = numbered ? op->text : r->t.para[i];
	t += wp_word_at(t, WP_WORDS_HEADING_MARK);
	size_t len = wp_word_at(t, WP_WORDS_CONTACT_SECTION);
	if (!len && numbered)
		len = wp_word_at(t, WP_WORDS_CONTACT_PERSON_SECTION);
	/* 问14：还有问题找谁咨询？: a plan written as questions and answers
	 * asks for its contacts */
	size_t asked;
	if (op->kind == WP_OUTLINE_TOP && r->outline.faq && wp_word_find(t, WP_WORDS_FAQ_CONTACT, &asked))
		return true;
	/* 【联系方式】: a bracketed heading's text keeps its closing bracket */
	if (len && (!t[len] || strcmp(t + len, "：") == 0 || strcmp(t + len, "】") == 0))
		return true;
	/* 沂澄市中级人民法院2026年…宣传周活动联络员名单: an annex's title
	 * naming the list of contacts under it */
	static const char *const sentence[] = {"。", "，", "；", "：", NULL};
	return !numbered && wp_str_ends(t, "名单") && wp_word_ends(t, WP_WORDS_CONTACT_PERSON_SECTION) &&
	       wp_text_width(t) <= 2 * CONTACT_TITLE_CHARS && wp_str_span_upto(t, sentence) == strlen(t);
}

/* The second number of one person: right after the first, apart by a
 * separator and maybe its label (，手机：138 7765 0912), or NULL. Only
 * what stands right there counts: a number further on is the next
 * person's. Caller frees. */
static char *adjacent_number(const char *after, const char **end)
{
	static const char *const seps[] = {"，", "、", "/", " ", "\xe3\x80\x80", NULL};
	const char *p = after + wp_str_span_of(after, seps);
	/* 0564-5623119（兼传真）　139…: a remark on the first number */
	const char *close = wp_str_starts(p, "（") ? wp_notice_find_near(p, "）", 24) : NULL;
	bool digit = false;
	for (const char *c = p; close && c < close; c++)
		digit = digit || (*c >= '0' && *c <= '9');
	if (close && !digit)
		p = close + strlen("）") + wp_str_span_of(close + strlen("）"), seps);
	const char *const *labels = wp_words(WP_WORDS_CONTACT_PHONE);
	for (const char *const *l = labels; *l; l++)
		if (wp_str_skip(&p, *l))
			break;
	for (const char *const *l = wp_words(WP_WORDS_SECOND_PHONE); *l; l++)
		if (wp_str_skip(&p, *l))
			break;
	if (!(*p >= '0' && *p <= '9'))
		return NULL;
	char *second = wp_notice_phone_in(p);
	if (second && wp_str_starts(p, second)) {
		*end = p + strlen(second);
		return second;
	}
	free(second);
	return NULL;
}

/* 黎　娜 in 厅宣传中心：黎　娜，0731-…, 冯  磊 in 安全监管科  冯  磊: the last
 * character before a number, name (in before), is the second of a
 * two-character name spaced out to the width of three when one character
 * alone stands before it across a gap (U+3000s or spaces). The name
 * without the gap (caller frees), or NULL. after is what follows name in
 * the line: a ： there makes it a label (传　真：). */
static char *spaced_pair(const char *before, const char *name, const char *after)
{
	static const char wide[] = "\xe3\x80\x80";
	static const char *const seps[] = {"：", "，", "\xe3\x80\x80", " ", NULL};
	if (wp_str_starts(after, "：") || (unsigned char)*name < 0x80 || wp_str_char_len(name) != strlen(name))
		return NULL;
	const char *gap = name; /* back over the gap */
	while (gap > before && (gap[-1] == ' ' || wp_str_ends_at(before, gap, wide)))
		gap -= gap[-1] == ' ' ? 1 : strlen(wide);
	if (gap == name || gap == before)
		return NULL;
	const char *first = gap;
	do /* back to the first byte of the character before the gap */
		first--;
	while (first > before && ((unsigned char)*first & 0xC0) == 0x80);
	if ((unsigned char)*first < 0x80 || first + wp_str_char_len(first) != gap)
		return NULL;
	bool alone = first == before;
	for (const char *const *sp = seps; *sp && !alone; sp++)
		alone = wp_str_ends_at(before, first, *sp);
	if (!alone)
		return NULL;
	wp_buf b = WP_BUF_INIT;
	wp_buf_append(&b, first, wp_str_char_len(first));
	wp_buf_puts(&b, name);
	return wp_buf_take(&b);
}

/* The first number in p, as wp_notice_phone_in finds it, or an in-house
 * line's short number after its label (孔令辉　内线8316) when that comes
 * first: only the label makes three to six digits a number to call.
 * Caller frees; NULL when there is none. */
static char *first_number(const char *p)
{
	char *phone = wp_notice_phone_in(p);
	const char *at = phone ? wp_str_find(p, phone) : NULL;
	size_t len;
	/* the label before the number, or a short way on: looked for no
	 * further, so that a line of many people costs linear work */
	const char *label = wp_word_find_near(p, WP_WORDS_INTERNAL_LINE, at ? (size_t)(at - p) : 90, &len);
	if (!label || (at && at < label))
		return phone;
	const char *number = label + len;
	while (*number == ' ') /* 分机 6218 */
		number++;
	size_t digits = strspn(number, "0123456789");
	if (digits < 3 || digits > 6)
		return phone;
	free(phone);
	return wp_str_sub(number, digits);
}

/* The last （ in s, or NULL. */
static const char *strrchr_bracket(const char *s)
{
	const char *last = NULL;
	for (const char *q = wp_str_find(s, "（"); q; q = wp_str_find(q + strlen("（"), "（"))
		last = q;
	return last;
}

/* Is [from, to) a name in Latin letters (Vivian Liu): letters, spaces,
 * points and hyphens, a letter at least? */
static bool latin_only(const char *from, const char *to)
{
	bool letter = false;
	for (const char *q = from; q < to; q++) {
		bool is_letter = (*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z');
		if (!is_letter && *q != ' ' && *q != '.' && *q != '-')
			return false;
		letter = letter || is_letter;
	}
	return letter;
}

/* A line under such a heading: office, name, number, in that order,
 * apart by ： ， or spaces (县教育局基础教育股：梁晓雯，电话：0776-5228417，
 * 手机：138 7765 0912 / 区妇幼保健院　陈老师　0536-8217766), maybe one
 * person after another: each person is what stands last before a
 * number, past its label. How many were read; 0 when the line holds no
 * number or no such name. */
static size_t contact_line(struct reader *r, const char *line, const char *item)
{
	/* …，18977125603；陆文杰，0771-5532190: the ； that parts one person
	 * from the next parts the name from what went before, as ， does */
	static const char *const seps[] = {"：", "，", "；", "\xe3\x80\x80", " ", NULL};
	size_t found = 0;
	for (const char *p = line; *p && wp_notice_step(r, 1);) {
		char *phone = first_number(p);
		if (!phone)
			break;
		const char *at = wp_str_find(p, phone);
		char *before = wp_str_sub(p, (size_t)(at - p));
		for (bool trimmed = true; trimmed;) { /* past 电话：, 手机：, the gaps */
			trimmed = false;
			size_t n = strlen(before);
			for (const char *const *l = wp_words(WP_WORDS_CONTACT_PHONE); *l && !trimmed; l++)
				if (wp_str_ends(before, *l))
					before[n - strlen(*l)] = '\0', trimmed = true;
			for (const char *const *l = wp_words(WP_WORDS_INTERNAL_LINE); *l && !trimmed; l++)
				if (wp_str_ends(before, *l))
					before[n - strlen(*l)] = '\0', trimmed = true;
			for (const char *const *sp = seps; *sp && !trimmed; sp++)
				if (wp_str_ends(before, *sp))
					before[n - strlen(*sp)] = '\0', trimmed = true;
			/* 郑丽萍（0591-22876015，136…）: the numbers in a bracket
			 * right after the name */
			if (!trimmed && wp_str_ends(before, "（"))
				before[n - strlen("（")] = '\0', trimmed = true;
		}
		/* 刘晓雯（Vivian Liu）: the name as written in English too */
		const char *open = wp_str_ends(before, "）") ? strrchr_bracket(before) : NULL;
		if (open && latin_only(open + strlen("（"), before + strlen(before) - strlen("）")))
			before[open - before] = '\0';
		const char *name = before;
		for (const char *const *sp = seps; *sp; sp++)
			for (const char *q = wp_str_find(name, *sp); q; q = wp_str_find(name, *sp))
				name = q + strlen(*sp);
		char *joined = spaced_pair(before, name, p + (name - before) + strlen(name));
		if (joined)
			name = joined;
		int width = wp_text_width(name);
		/* 古丽娜尔·艾买提: a name in parts apart by a middle dot is longer */
		bool ok = ((width >= 4 && width <= 8) || wp_notice_dotted_name(name)) && (unsigned char)*name >= 0x80 &&
			  !wp_notice_unit_like(name) && !wp_word_is(name, WP_WORDS_NUMBER_NAME);
		p = at + strlen(phone);
		char *second = ok ? adjacent_number(p, &p) : NULL;
		if (ok) {
			wp_notice_add_contact_for(r, name, phone, NULL, item);
			if (second) /* a landline and a mobile: a row each */
				wp_notice_add_contact_for(r, name, second, NULL, item);
			found++;
		}
		free(second);
		free(joined);
		free(before);
		free(phone);
		if (!ok)
			break;
	}
	return found;
}

static bool holds_phone(const char *line)
{
	char *phone = wp_notice_phone_in(line);
	bool has = phone != NULL;
	free(phone);
	return has;
}

/* 单位⇥姓名⇥办公电话⇥手机⇥电子邮箱 and a row a line: a table of whom to
 * call. Each number of a row is a contact of its person, with the
 * person's own address. How many lines it spans from paragraph i (0
 * when i holds no such header). */
enum { CONTACT_COLUMNS = 8 };

/* A row's cells: apart by the two spaces a tab became when there are
 * such (韩　雪 keeps its U+3000), else by any gap. */
static size_t row_cells(const char *line, char **cells)
{
	return wp_str_find(line, "  ") ? wp_notice_split_tab_cells(line, cells, CONTACT_COLUMNS)
				       : wp_notice_split_cells(line, cells, CONTACT_COLUMNS);
}

static size_t contact_table(struct reader *r, size_t i, const char *item)
{
	char *head[CONTACT_COLUMNS];
	size_t ncols = row_cells(r->t.para[i], head);
	size_t kept = ncols < CONTACT_COLUMNS ? ncols : CONTACT_COLUMNS;
	int name = -1, mail = -1;
	bool phone[CONTACT_COLUMNS] = {false}, phones = false;
	for (size_t c = 0; c < kept; c++) {
		if (wp_word_is(head[c], WP_WORDS_CONTACT_COLUMN_NAME))
			name = (int)c;
		else if (wp_word_is(head[c], WP_WORDS_CONTACT_COLUMN_MAIL))
			mail = (int)c;
		else
			phones |= phone[c] = wp_word_is(head[c], WP_WORDS_CONTACT_COLUMN_PHONE);
	}
	wp_notice_free_cells(head, kept);
	if (name < 0 || !phones || ncols > CONTACT_COLUMNS)
		return 0;
	size_t j = i + 1;
	char *last_person = NULL;
	for (; j < r->t.n && wp_notice_step(r, ncols); j++) {
		char *cell[CONTACT_COLUMNS];
		size_t n = row_cells(r->t.para[j], cell);
		size_t got = n < CONTACT_COLUMNS ? n : CONTACT_COLUMNS;
		/* 邵　佳  法官助理  0539-…: the 单位 cell merged with the row
		 * above's is missing; the cells it has are the columns after it */
		size_t shift = n + 1 == ncols && name > 0 && n > (size_t)name ? 1 : 0;
		bool row = n + shift == ncols;
		/* 13806395127 alone on a line: a second number of the person above */
		char *alone = !row && n == 1 && last_person ? wp_notice_phone_in(cell[0]) : NULL;
		if (alone && strcmp(alone, cell[0]) == 0) {
			wp_notice_add_contact_for(r, last_person, alone, NULL, item);
			free(alone);
			wp_notice_free_cells(cell, got);
			continue;
		}
		free(alone);
		const char *address = row && mail >= 0 && strchr(cell[mail - (int)shift], '@') ? cell[mail - (int)shift] : NULL;
		if (row) {
			free(last_person);
			last_person = wp_str_nospace(cell[name - (int)shift]);
		}
		for (size_t c = shift; row && c < ncols; c++) {
			char *number = phone[c] ? wp_notice_phone_in(cell[c - shift]) : NULL;
			if (number)
				wp_notice_add_contact_for(r, last_person, number, address, item);
			free(number);
		}
		wp_notice_free_cells(cell, got);
		if (!row)
			break;
	}
	free(last_person);
	return j - i;
}

/* The lines under a heading that names contacts, up to the first that is
 * no contact line; those a 联系人 label opens are read with the labels. */
/* Sets the mailbox of the contacts first..end-1 (read under this
 * heading) that have none. */
static void give_mailbox(struct reader *r, size_t first, size_t end, const char *address)
{
	for (size_t k = first; address && k < end; k++) {
		json_t *c = json_array_get(r->contacts, k);
		if (json_is_null(json_object_get(c, "email")))
			json_object_set_new(c, "email", json_string(address));
	}
}

/* 区教体局体育股：曾小军，0797-8215632，13807978541；电子邮箱：x@y: a
 * mailbox after a person's numbers on their line is that person's (not
 * of one the line goes on to, 区总工会：谢丽萍，… joined to it when the
 * line above ended with ；). Each mailbox on the line goes to those named
 * between it and the mailbox before (two lines run together: 科技处：唐静怡，
 * …，邮箱：x@y图书馆：罗子昂，…，邮箱：z@y), read here or before. */
/* Is name written in from..label as a whole name, not the start of a
 * longer one (王伟 in 王伟平): a separator or a number right after it? */
static bool named_before(const char *from, const char *label, const char *name)
{
	static const char *const after_name[] = {"，", "：", "　", " ", "（", "、", "；", NULL};
	/* looked for in from..label alone: a long line is not searched once
	 * per contact */
	char *part = wp_str_sub(from, (size_t)(label - from));
	bool named = false;
	int looks = 0;
	for (const char *at = wp_str_find(part, name); at && !named && looks++ < 8; at = wp_str_find(at + 1, name)) {
		const char *end = from + (at - part) + strlen(name); /* in the line itself */
		named = end == label || (*end >= '0' && *end <= '9') || wp_str_starts_any(end, after_name);
	}
	free(part);
	return named;
}

/* named_before, the name also as a two-character name is padded to the
 * width of three (郝　静, 郝 静). */
static bool named_before_padded(const char *from, const char *label, const char *name)
{
	if (named_before(from, label, name))
		return true;
	size_t first = wp_str_char_len(name);
	if (!name[first] || name[first + wp_str_char_len(name + first)])
		return false; /* not two characters */
	static const char *const pads[] = {"\xe3\x80\x80", " ", NULL};
	bool named = false;
	for (const char *const *pad = pads; *pad && !named; pad++) {
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%.*s%s%s", (int)first, name, *pad, name + first);
		named = named_before(from, label, wp_buf_str(&b));
		wp_buf_free(&b);
	}
	return named;
}

static void line_mailbox(struct reader *r, const char *line, size_t first)
{
	size_t len;
	const char *from = line;
	for (int k = 0; k < 8; k++) {
		const char *label = wp_word_find(from, WP_WORDS_CONTACT_MAIL, &len);
		if (!label || !strchr(label + len, '@'))
			return;
		char *address = wp_notice_address_in(label + len);
		for (size_t c = first; address && c < json_array_size(r->contacts); c++) {
			const char *name = json_string_value(json_object_get(json_array_get(r->contacts, c), "name"));
			if (name && *name && named_before_padded(from, label, name))
				give_mailbox(r, c, c + 1, address);
		}
		from = label + len + (address ? strlen(address) : 0);
		free(address);
	}
}

/* Is s a telephone number and nothing more? */
static bool number_only(const char *s)
{
	char *phone = wp_notice_phone_in(s);
	bool only = phone && wp_str_starts(s, phone) && !s[strlen(phone)];
	free(phone);
	return only;
}

/* Is paragraph j an office's name alone (what to call it about in a
 * bracket after it), the next one holding a number? */
static bool office_over_person(const struct reader *r, size_t j)
{
	const char *line = r->t.para[j];
	if (j + 1 >= r->t.n || holds_phone(line) || !holds_phone(r->t.para[j + 1]))
		return false;
	size_t len = wp_str_span_upto(line, (const char *const[]){"（", NULL});
	/* nothing after the office but its bracket (区消安委办（…）　王　琳
	 * names its person on the line) */
	if (line[len] && !wp_str_ends(line, "）"))
		return false;
	char *office = wp_str_sub(line, len);
	bool is = *office && wp_notice_unit_like(office) && !wp_str_find(office, "，") && !wp_str_find(office, "：");
	free(office);
	return is;
}

/* （四）联系方式。市科协科普部　郝　静，电话：…；市教育局…　曹文亮，电话：…:
 * an item titled 联系方式 whose people follow its title in the same
 * paragraph: where they start, or NULL. */
static const char *contacts_after_title(const struct reader *r, size_t i)
{
	const struct wp_outline_para *op = &r->outline.para[i];
	if (op->kind != WP_OUTLINE_ITEM && op->kind != WP_OUTLINE_TOP)
		return NULL;
	size_t len = wp_word_at(op->text, WP_WORDS_CONTACT_SECTION);
	const char *rest = op->text + len;
	if (!len || (!wp_str_skip(&rest, "。") && !wp_str_skip(&rest, "：")) || !*rest)
		return NULL;
	return rest;
}

void wp_notice_read_contact_lines(struct reader *r)
{
	for (size_t i = 0; i < r->t.n && wp_notice_step(r, 1); i++) {
		const char *rest = contacts_after_title(r, i);
		size_t first = json_array_size(r->contacts);
		if (rest && contact_line(r, rest, NULL))
			line_mailbox(r, rest, first);
		else if (contact_heading(r, i))
			wp_notice_contact_lines_under(r, i, NULL);
	}
}

void wp_notice_contact_lines_under(struct reader *r, size_t i, const char *item)
{
	size_t first = json_array_size(r->contacts), window = 8;
	for (size_t j = i + 1; j < r->t.n && j <= i + window && wp_notice_step(r, 1); j++) {
		const char *line = r->t.para[j];
		/* 省局知识产权保护处（典型案例） / 彭立新　0851-…: an office (and
		 * what to call it about) over its person's line, counted in
		 * the window with it */
		if (office_over_person(r, j)) {
			window++;
			continue;
		}
		/* 电子邮箱：x@y on a line of its own under the people: the
		 * mailbox of them all */
		size_t label = wp_word_at(line, WP_WORDS_CONTACT_MAIL);
		if (label && strchr(line + label, '@')) {
			char *address = wp_notice_address_in(line + label);
			give_mailbox(r, first, json_array_size(r->contacts), address);
			free(address);
			/* 省局新闻宣传中心　谢雨桐　0371-…: another office's people
			 * may follow, with their own mailbox */
			if (j + 1 < r->t.n && !holds_phone(r->t.para[j + 1]))
				break;
			first = json_array_size(r->contacts);
			continue;
		}
		/* （工作日8:30—12:00、14:30—18:00）: a note in brackets on
		 * when to call, no contact line, and the list goes on */
		if (wp_str_starts(line, "（") && wp_str_ends(line, "）") && !holds_phone(line))
			continue;
		if (wp_word_at(line, WP_WORDS_CONTACT_NAME))
			break;
		size_t table = contact_table(r, j, item);
		if (table) {
			j += table - 1;
			continue;
		}
		if (contact_line(r, line, item)) {
			line_mailbox(r, line, first);
			continue;
		}
		/* …朱　晓　电话：0557-7038215 / 手机：13856791042 (the next page's
		 * first line): one more number of the person above */
		if (json_array_size(r->contacts) > first && wp_notice_number_under_row(r, line, item))
			continue;
		/* 传真：0371-65908230 under the people, a number no person's
		 * (the office's fax): the list goes on */
		size_t fax = wp_word_at(line, WP_WORDS_NUMBER_NAME);
		if (fax && json_array_size(r->contacts) > first && wp_str_starts(line + fax, "：") &&
		    number_only(line + fax + strlen("：")))
			continue;
		/* 安全监管科  冯  磊 / 电话：0354-…: office and person on a
		 * line, the numbers on the next */
		if (holds_phone(line) || j + 1 >= r->t.n || !wp_word_at(r->t.para[j + 1], WP_WORDS_CONTACT_PHONE))
			break;
		wp_buf b = WP_BUF_INIT;
		wp_buf_printf(&b, "%s  %s", line, r->t.para[j + 1]);
		size_t read = contact_line(r, wp_buf_str(&b), item);
		wp_buf_free(&b);
		if (!read)
			break;
		j++;
	}
}
