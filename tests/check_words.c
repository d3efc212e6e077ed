/* check_words.c - the lookups on the genre's vocabulary (notice-words.h):
 * the longest word wins, lengths are whole words in bytes, and no word is
 * found from the middle of a character. */
#include "config.h"

#include <string.h>

#include "notice-words.h"
#include "testutil.h"

/* A set whose list is in no file would read as no words at all, and one
 * in two files would read as whichever comes first: each set has its
 * list, not empty, in exactly one of the vocabulary's files. */
START_TEST(every_set_has_its_list_in_one_file)
{
	const char *const *const *const files[] = {
		wp_words_outline, wp_words_time, wp_words_units, wp_words_duties, wp_words_places,
	};
	for (int set = 0; set < WP_WORDS_COUNT; set++) {
		int owners = 0;
		for (size_t f = 0; f < sizeof files / sizeof *files; f++)
			if (files[f][set])
				owners++;
		ck_assert_msg(owners == 1, "word set %d has %d lists", set, owners);
		ck_assert_ptr_nonnull(wp_words((enum wp_word_set)set)[0]);
	}
}
END_TEST

START_TEST(word_at_takes_the_longest_word)
{
	bool pm = false;
	ck_assert_uint_eq(wp_time_of_day_at("下午3点", &pm), strlen("下午"));
	ck_assert(pm);
	ck_assert_uint_eq(wp_time_of_day_at("上午9点", &pm), strlen("上午"));
	ck_assert(!pm);
	ck_assert_uint_eq(wp_time_of_day_at("3点下午", NULL), 0);
	ck_assert_uint_eq(wp_time_of_day_at("", NULL), 0);
	const char *t = "晚上7点";
	ck_assert(wp_pm_before(t, strstr(t, "7")));
	ck_assert(!wp_pm_before(t + strlen("晚"), strstr(t, "7"))); /* not before start */
	ck_assert_uint_eq(wp_word_at("", WP_WORDS_JOIN), 0);
	/* 联系人及电话： is longer than 联系人：'s start and wins over nothing */
	ck_assert_uint_eq(wp_word_at("联系人及电话：李华", WP_WORDS_CONTACT_NAME), strlen("联系人及电话："));
	ck_assert(wp_word_is("配合", WP_WORDS_HELP_VERB));
	ck_assert(!wp_word_is("配合单位", WP_WORDS_HELP_VERB));
}
END_TEST

START_TEST(word_find_gives_the_first_place_and_its_length)
{
	size_t len = 0;
	const char *s = "市知识产权局会同市公安局联合开展";
	const char *hit = wp_word_find(s, WP_WORDS_JOIN, &len);
	ck_assert_ptr_eq(hit, strstr(s, "会同"));
	ck_assert_uint_eq(len, strlen("会同"));
	ck_assert_ptr_null(wp_word_find("市公安局开展", WP_WORDS_JOIN, &len));
	/* within a window only */
	ck_assert_ptr_null(wp_word_find_near(s, WP_WORDS_JOIN, 6, &len));
	ck_assert_ptr_eq(wp_word_find_near(s, WP_WORDS_JOIN, strlen("市知识产权局"), &len), hit);
}
END_TEST

START_TEST(no_word_is_found_in_the_middle_of_a_character)
{
	/* The scan steps by whole characters: a cut character (two bytes
	 * of 会) before 会同 neither hides it nor is taken for its start, and
	 * a cut 报 at the end is not read past. */
	size_t len = 0;
	const char s[] = "\xe4\xbc\xe4\xbc\x9a\xe5\x90\x8c"; /* a cut character, then 会同 */
	const char *hit = wp_word_find(s, WP_WORDS_JOIN, &len);
	ck_assert_ptr_nonnull(hit);
	ck_assert_uint_eq(len, strlen("会同"));
	ck_assert_uint_eq((size_t)(hit - s), 2);
	/* a submission verb inside another character is not found */
	ck_assert_ptr_null(wp_submit_find("\xe6\x8a", WP_SUBMIT_TO, &len));
}
END_TEST

START_TEST(field_labels_carry_their_field)
{
	size_t len = 0;
	const struct wp_field_label *l = wp_field_label_at("活动地点：市广场", &len);
	ck_assert_ptr_nonnull(l);
	ck_assert_int_eq(l->field, WP_FIELD_PLACE);
	ck_assert_uint_eq(len, strlen("活动地点")); /* not 活动 + something shorter */
	ck_assert_int_eq(wp_field_label_is("配合单位")->field, WP_FIELD_COOP);
	ck_assert_int_eq(wp_field_label_is("牵头单位")->field, WP_FIELD_LEAD);
	ck_assert_ptr_null(wp_field_label_is("牵头单位名单"));
	ck_assert(wp_field_label_is("时间")->where & WP_FIELD_LINE);
	ck_assert(wp_field_label_is("名称")->where & WP_FIELD_TITLE);
	ck_assert(!(wp_field_label_is("备注")->where & WP_FIELD_LINE));
}
END_TEST

START_TEST(unit_marks_and_committee_labels)
{
	size_t len = 0;
	ck_assert_int_eq(wp_unit_mark_role("市知识产权局（牵头）", &len), WP_ROLE_LEAD);
	ck_assert_uint_eq(len, strlen("（牵头）"));
	ck_assert_int_eq(wp_unit_mark_role("市公安局配合", &len), WP_ROLE_COOP);
	ck_assert_uint_eq(len, strlen("配合"));
	ck_assert_int_eq(wp_unit_mark_role("（配合）", &len), WP_ROLE_NONE); /* nothing but the mark */
	ck_assert_int_eq(wp_unit_mark_role("市公安局", &len), WP_ROLE_NONE);
	ck_assert_int_eq(wp_committee_label_at("主任单位：市局", &len), WP_COMMITTEE_CHAIR);
	ck_assert_uint_eq(len, strlen("主任单位"));
	ck_assert_int_eq(wp_committee_label_at("副主任单位：市局", &len), WP_COMMITTEE_VICE);
	ck_assert_uint_eq(len, strlen("副主任单位"));
	ck_assert_int_eq(wp_committee_label_at("成员单位：", &len), WP_COMMITTEE_MEMBER);
	ck_assert_int_eq(wp_committee_label_at("单位：", &len), WP_COMMITTEE_NONE);
	ck_assert_uint_eq(len, 0);
}
END_TEST

/* The clauses that name a chair or a deputy in prose come in the order
 * they are tried, end with a NULL row, and a member has none. */
START_TEST(committee_clauses_by_rank)
{
	const struct wp_role_clause *c = wp_committee_clauses(WP_COMMITTEE_CHAIR);
	ck_assert_str_eq(c[0].open, "以"); /* 以X为组长 first */
	ck_assert_str_eq(c[0].close, "为%");
	size_t n = 0;
	while (c[n].open)
		n++;
	ck_assert_uint_gt(n, 1);
	c = wp_committee_clauses(WP_COMMITTEE_VICE);
	ck_assert_ptr_nonnull(c[0].open);
	ck_assert_ptr_nonnull(strstr(c[0].close, "副%"));
	ck_assert_ptr_null(wp_committee_clauses(WP_COMMITTEE_MEMBER)[0].open);
}
END_TEST

/* A body's kind is the longest ending its table puts first (委员会办公室
 * before 委员会), with how its short forms end; a town's suffix says so. */
START_TEST(body_kinds_and_region_suffixes)
{
	size_t len = 0;
	const struct wp_body_kind *k = wp_body_kind_ending("禁毒委员会办公室", &len);
	ck_assert_ptr_nonnull(k);
	ck_assert_uint_eq(len, strlen("委员会办公室"));
	ck_assert_str_eq(k->short_kind, "办");
	ck_assert_str_eq(wp_body_kind_ending("残疾人联合会", &len)->short_kind, "联");
	ck_assert_ptr_null(wp_body_kind_ending("青澜科学城", &len));
	ck_assert_uint_eq(len, 0);
	bool town_seen = false, county_seen = false;
	for (const struct wp_region_suffix *r = wp_region_suffixes; r->word; r++) {
		town_seen = town_seen || (strcmp(r->word, "街道") == 0 && r->town);
		county_seen = county_seen || (strcmp(r->word, "县") == 0 && !r->town);
	}
	ck_assert(town_seen && county_seen);
}
END_TEST

/* Words that say a day only roughly, a subject's auxiliaries, and the
 * campaign's own words are found with their lengths. */
START_TEST(rough_days_auxiliaries_and_the_campaign)
{
	ck_assert_uint_eq(wp_word_at("前后，在市广场", WP_WORDS_ABOUT_A_DAY), strlen("前后"));
	ck_assert_uint_eq(wp_word_at("左右", WP_WORDS_ABOUT_A_DAY), strlen("左右"));
	ck_assert_uint_eq(wp_word_at("前报送", WP_WORDS_ABOUT_A_DAY), 0);
	ck_assert_uint_eq(wp_word_at("负责组织", WP_WORDS_SUBJECT_MODAL), strlen("负责"));
	ck_assert(wp_word_is("拟", WP_WORDS_SUBJECT_AUX));
	ck_assert(!wp_word_is("会", WP_WORDS_SUBJECT_AUX)); /* 协会 ends so */
	ck_assert(wp_word_is("本次活动", WP_WORDS_WHOLE_CAMPAIGN));
	ck_assert(!wp_word_is("现场活动", WP_WORDS_WHOLE_CAMPAIGN));
	size_t len = 0;
	ck_assert_ptr_nonnull(wp_word_find("消防宣传月", WP_WORDS_CAMPAIGN_SPAN, &len));
	ck_assert_uint_eq(len, strlen("宣传月"));
	/* the duty words: 当天报送 is a same-day rule naming no one day */
	ck_assert_ptr_nonnull(wp_word_find("活动信息请当天报送", WP_WORDS_SAME_DAY, &len));
	ck_assert_uint_eq(len, strlen("当天报送"));
	ck_assert_uint_eq(wp_word_at("当天报送", WP_WORDS_NO_ONE_DAY), strlen("当天"));
	ck_assert(wp_word_is("工作专班", WP_WORDS_COMMITTEE_BODY));
	ck_assert(wp_word_is("办事处", WP_WORDS_SEAT));
	ck_assert_ptr_nonnull(wp_word_find("网上知识竞赛", WP_WORDS_ONLINE, &len));
}
END_TEST

/* The unit of a relative rule's count: working days, days, or weeks as
 * seven days, with the bytes of its word. */
START_TEST(count_units_as_days)
{
	const struct wp_count_unit *u = NULL;
	ck_assert_uint_eq(wp_count_unit_at("个工作日内", &u), strlen("个工作日"));
	ck_assert(u->workdays);
	ck_assert_int_eq(u->days, 1);
	ck_assert_uint_eq(wp_count_unit_at("个星期后", &u), strlen("个星期"));
	ck_assert_int_eq(u->days, 7);
	ck_assert(!u->workdays);
	ck_assert_uint_eq(wp_count_unit_at("天", &u), strlen("天"));
	ck_assert_uint_eq(wp_count_unit_at("个月", &u), 0);
}
END_TEST

START_TEST(submission_verbs_by_use)
{
	size_t len = 0;
	const char *s = "于4月30日前将总结报送市局";
	const char *hit = wp_submit_find(s, WP_SUBMIT_THING, &len);
	ck_assert_ptr_eq(hit, strstr(s, "报送"));
	ck_assert_uint_eq(len, strlen("报送"));
	/* 报 alone names whom, and is the longest verb there only for 报 */
	hit = wp_submit_find("将总结报市局", WP_SUBMIT_PUT, &len);
	ck_assert_uint_eq(len, strlen("报"));
	ck_assert_ptr_null(wp_submit_find("将总结报市局", WP_SUBMIT_SIGN, &len));
	ck_assert_ptr_nonnull(wp_submit_find("4月30日前报市局", WP_SUBMIT_SIGN, &len));
	/* 报 inside 海报 sends nothing; nothing before the text is read */
	const char *t = "张贴海报";
	ck_assert(wp_not_sending_at(t, strstr(t, "报"), WP_NOT_SENT_AFTER_DATE));
	ck_assert(!wp_not_sending_at(strstr(t, "报"), strstr(t, "报"), WP_NOT_SENT_AFTER_DATE));
	ck_assert(!wp_not_sending_at(t, strstr(t, "报"), WP_NOT_SENT_AFTER_PUT));
	t = "报名表";
	ck_assert(wp_not_sending_at(t, t, WP_NOT_SENT_AFTER_PUT));
	ck_assert(!wp_not_sending_at(t, t, WP_NOT_SENT_AFTER_DATE));
	enum wp_meta_field f;
	ck_assert(wp_meta_label_at("发文字号：x", &f, &len));
	ck_assert_int_eq(f, WP_META_DOC_NUMBER);
	ck_assert_uint_eq(len, strlen("发文字号"));
	ck_assert(!wp_meta_label_at("正文", &f, &len));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("words");
	TCase *tc = tcase_create("words");
	tcase_add_test(tc, every_set_has_its_list_in_one_file);
	tcase_add_test(tc, word_at_takes_the_longest_word);
	tcase_add_test(tc, word_find_gives_the_first_place_and_its_length);
	tcase_add_test(tc, no_word_is_found_in_the_middle_of_a_character);
	tcase_add_test(tc, field_labels_carry_their_field);
	tcase_add_test(tc, unit_marks_and_committee_labels);
	tcase_add_test(tc, submission_verbs_by_use);
	tcase_add_test(tc, committee_clauses_by_rank);
	tcase_add_test(tc, body_kinds_and_region_suffixes);
	tcase_add_test(tc, count_units_as_days);
	tcase_add_test(tc, rough_days_auxiliaries_and_the_campaign);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
