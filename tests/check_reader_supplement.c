/* check_reader_supplement.c - an amending notice (关于调整…的补充通知) that
 * sends along, in its annex, the plan it amends: the plan is read, as
 * the amendments above it leave it (a value changed, an item cancelled
 * with what it asked for, an item added under the number given it, a
 * contact replaced). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

#define AMENDMENTS                                                                                          \
	"一、原方案第2项“科普大篷车进乡村”，时间由5月19日（星期二）上午9:00调整为5月21日（星期四）下午2:30，地点不变。\n" \
	"\n"                                                                                                \
	"二、取消原方案第（三）项“科技创新成果展”。原定请各参展单位于5月12日前报送展品清单的要求不再执行。\n"             \
	"\n"                                                                                                \
	"三、增加“院士专家进校园”报告会，作为原方案第四部分活动安排第（五）项。具体安排如下：\n"                         \
	"时间：5月22日（星期五）上午10:00\n"                                                                 \
	"地点：县第一中学报告厅\n"                                                                          \
	"牵头单位：县教育局\n"                                                                              \
	"配合单位：县科协\n"                                                                                \
	"内容：请县第一中学于5月20日前将参会师生名单报县教育局。\n"                                           \
	"\n"                                                                                                \
	"四、原方案第六部分联系人刘晓同志因工作调整，联系人调整为陈思远，办公电话不变，手机：13911112222。\n" \
	"\n"                                                                                                \
	"演练总结的报送时间相应顺延，仍按原方案要求，由县科技局于活动结束后3个工作日内报县科协。\n"          \
	"\n"

static const char amending[] =
	"青川县科学技术局\n"
	"\n"
	"关于调整青川县2026年科技活动周部分活动安排的补充通知\n"
	"\n"
	"各乡镇人民政府，县直各有关单位：\n"
	"\n"
	"2026年4月20日，县科技局印发了《青川县2026年科技活动周活动方案》（青科发〔2026〕6号，以下简称原方案）。现将有关调整补充通知如下：\n"
	"\n" AMENDMENTS
	"附：《青川县2026年科技活动周活动方案》（青科发〔2026〕6号）\n"
	"\n"
	"青川县科学技术局\n"
	"2026年5月6日\n"
	"\n"
	"青川县2026年科技活动周活动方案\n"
	"\n"
	"一、活动时间\n"
	"\n"
	"2026年5月17日至5月23日。\n"
	"\n"
	"二、活动主题\n"
	"\n"
	"科技创新　引领未来\n"
	"\n"
	"三、组织领导\n"
	"\n"
	"活动由县科技局牵头组织实施。\n"
	"\n"
	"四、活动安排\n"
	"\n"
	"（一）科技活动周启动仪式\n"
	"时间：5月17日（星期日）上午9:00\n"
	"地点：县人民广场\n"
	"牵头单位：县科技局\n"
	"配合单位：县科协\n"
	"\n"
	"（二）科普大篷车进乡村\n"
	"时间：5月19日（星期二）上午9:00\n"
	"地点：青溪镇文化广场\n"
	"牵头单位：县科协\n"
	"配合单位：青溪镇人民政府\n"
	"\n"
	"（三）科技创新成果展\n"
	"时间：5月18日至5月20日\n"
	"地点：县科技馆\n"
	"牵头单位：县工信局\n"
	"配合单位：县科技局\n"
	"内容：请各参展单位于5月12日前将展品清单报县工信局。\n"
	"\n"
	"（四）科技政策宣讲\n"
	"时间：5月20日（星期三）下午3:00\n"
	"地点：县行政服务中心\n"
	"牵头单位：县科技局\n"
	"配合单位：县财政局\n"
	"\n"
	"五、工作要求\n"
	"\n"
	"各单位于5月26日前将活动总结报县科技局。\n"
	"\n"
	"六、联系方式\n"
	"\n"
	"县科技局　刘晓　电话：0839-6221001　手机：13800001111\n"
	"\n"
	"青川县科学技术局\n"
	"2026年4月20日\n";

static json_t *activity_numbered(json_t *plan, const char *no)
{
	for (size_t i = 0; i < plan_count(plan, "activities"); i++) {
		json_t *a = plan_activity(plan, i);
		if (field(a, "no") && strcmp(field(a, "no"), no) == 0)
			return a;
	}
	return NULL;
}

static bool has_deadline_naming(json_t *plan, const char *words)
{
	for (size_t i = 0; i < plan_count(plan, "deadlines"); i++)
		if (strstr(deadline_line_at(plan, i), words))
			return true;
	return false;
}

/* The plan in the annex is what is read: its title, its activities; the
 * notice's own numbers (一、…四、) head no section of it. */
START_TEST(the_annexed_plan_is_read_with_the_amendments_title_and_parent)
{
	json_t *plan = plan_from_text(amending);
	ck_assert_str_eq(field(plan, "title"), "青川县2026年科技活动周活动方案");
	ck_assert_str_eq(field(plan, "parent_plan"), "《青川县2026年科技活动周活动方案》（青科发〔2026〕6号）");
	/* the document on the desk is the amending one */
	ck_assert_str_eq(field(plan, "issued_on"), "2026-05-06");
	ck_assert_str_eq(activity_line(activity_numbered(plan, "一")),
			 "一|科技活动周启动仪式|2026-05-17|2026-05-17|09:00|县人民广场|县科技局|县科协");
	ck_assert_str_eq(activity_line(activity_numbered(plan, "四")),
			 "四|科技政策宣讲|2026-05-20|2026-05-20|15:00|县行政服务中心|县科技局|县财政局");
	json_decref(plan);
}
END_TEST

/* 原方案第2项…时间由A调整为B: the item counted in the plan is changed. */
START_TEST(a_changed_time_replaces_the_plans)
{
	json_t *plan = plan_from_text(amending);
	ck_assert_str_eq(activity_line(activity_numbered(plan, "二")),
			 "二|科普大篷车进乡村|2026-05-21|2026-05-21|14:30|青溪镇文化广场|县科协|青溪镇人民政府");
	json_decref(plan);
}
END_TEST

/* 取消原方案第（三）项: the item goes, and the report it asked for; the
 * sentence that lifts the report sets none either. */
START_TEST(a_cancelled_item_goes_with_what_it_asked_for)
{
	json_t *plan = plan_from_text(amending);
	ck_assert_ptr_null(activity_numbered(plan, "三"));
	ck_assert(!has_deadline_naming(plan, "5月12日"));
	json_decref(plan);
	/* not cancelled: the item and its report stay */
	char *kept = text_with(amending, "二、取消原方案第（三）项“科技创新成果展”。原定请各参展单位于5月12日前报送展品清单的要求不再执行。",
			       "二、请各单位做好准备。");
	plan = plan_from_text(kept);
	ck_assert_ptr_nonnull(activity_numbered(plan, "三"));
	ck_assert(has_deadline_naming(plan, "5月12日"));
	json_decref(plan);
	free(kept);
}
END_TEST

/* 增加X，作为原方案第四部分活动安排第（五）项 over its field lines: an activity of
 * that number, with its report. */
START_TEST(an_added_item_comes_in_under_the_number_given)
{
	json_t *plan = plan_from_text(amending);
	json_t *added = activity_numbered(plan, "五");
	ck_assert_ptr_nonnull(added);
	ck_assert_str_eq(activity_line(added),
			 "五|“院士专家进校园”报告会|2026-05-22|2026-05-22|10:00|县第一中学报告厅|县教育局|县科协");
	ck_assert(has_deadline_naming(plan, "参会师生名单"));
	/* its report is its own (the items stay in the text's order) */
	for (size_t i = 0; i < plan_count(plan, "deadlines"); i++)
		if (strstr(deadline_line_at(plan, i), "参会师生名单"))
			ck_assert_str_eq(field(json_array_get(json_object_get(plan, "deadlines"), i), "activity"), "五");
	json_decref(plan);
}
END_TEST

/* 联系人调整为Y，…手机：X: Y is called at the old one's office number, and
 * at the new mobile, not the old one's. */
START_TEST(a_replaced_contact_keeps_the_office_number_and_takes_the_new_mobile)
{
	json_t *plan = plan_from_text(amending);
	ck_assert_uint_eq(plan_count(plan, "contacts"), 2);
	ck_assert_str_eq(contact_line_at(plan, 0), "陈思远|0839-6221001|-");
	ck_assert_str_eq(contact_line_at(plan, 1), "陈思远|13911112222|-");
	json_decref(plan);
}
END_TEST

/* …仍按原方案要求…报县科协: a duty restated is no new row. */
START_TEST(a_restated_duty_is_no_new_row)
{
	json_t *plan = plan_from_text(amending);
	ck_assert(!has_deadline_naming(plan, "相应顺延"));
	ck_assert(!has_deadline_naming(plan, "县科技局|县科协"));
	json_decref(plan);
}
END_TEST

/* 原定请各乡镇于…前报送X的要求不再执行: a duty lifted sets none. */
START_TEST(a_lifted_duty_sets_none)
{
	char *lifted = text_with(amending, "四、原方案第六部分", "五、原定请各乡镇于5月15日前报送宣传计划的要求不再执行。\n\n四、原方案第六部分");
	json_t *plan = plan_from_text(lifted);
	ck_assert(!has_deadline_naming(plan, "5月15日"));
	json_decref(plan);
	free(lifted);
	/* the duty itself is read */
	char *set = text_with(amending, "四、原方案第六部分", "五、请各乡镇于5月15日前报送宣传计划。\n\n四、原方案第六部分");
	plan = plan_from_text(set);
	ck_assert(has_deadline_naming(plan, "报送宣传计划|5月15日前|2026-05-15|各乡镇|"));
	json_decref(plan);
	free(set);
}
END_TEST

/* An amending notice whose annex holds no plan of that name: the notice
 * is read as it is, its numbered paragraphs its sections. */
START_TEST(no_plan_in_the_annex_reads_the_notice_as_it_is)
{
	char *alone = text_with(amending, "\n青川县2026年科技活动周活动方案\n", "\n");
	json_t *plan = plan_from_text(alone);
	ck_assert_str_ne(field(plan, "title"), "青川县2026年科技活动周活动方案");
	ck_assert(!field(plan, "parent_plan") ||
		  strcmp(field(plan, "parent_plan"), "《青川县2026年科技活动周活动方案》（青科发〔2026〕6号）") != 0);
	json_decref(plan);
	free(alone);
	/* a notice that issues the plan (关于印发) amends nothing */
	char *titled = text_with(amending, "关于调整青川县2026年科技活动周部分活动安排的补充通知",
				 "关于印发青川县2026年科技活动周活动方案的通知");
	char *issuing = text_with(titled, AMENDMENTS, "请认真组织实施。\n\n");
	plan = plan_from_text(issuing);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert_ptr_nonnull(activity_numbered(plan, "三"));
	json_decref(plan);
	free(issuing);
	free(titled);
}
END_TEST

/* Lines a web page ran on (…2026年5月6日 青川县2026年科技活动周活动方案 一、…):
 * the plan's title at a paragraph's end after a space still opens it. */
START_TEST(the_plans_title_run_on_after_the_signature_still_opens_it)
{
	char *runon = text_with(amending, "2026年5月6日\n\n青川县2026年科技活动周活动方案\n",
				"2026年5月6日印发 附 青川县2026年科技活动周活动方案\n");
	json_t *plan = plan_from_text(runon);
	ck_assert_str_eq(field(plan, "title"), "青川县2026年科技活动周活动方案");
	ck_assert_ptr_null(activity_numbered(plan, "三"));
	ck_assert_ptr_nonnull(activity_numbered(plan, "五"));
	json_decref(plan);
	free(runon);
}
END_TEST

/* Variants a second reading found: amendments numbered （一）（二）, a
 * title quoting the plan, the plan's title with its number, items
 * cancelled by name or two in a clause (not one a later clause names). */
START_TEST(amendments_written_other_ways)
{
	char *bracketed = text_with(amending, "三、增加“院士专家进校园”报告会", "（三）增加“院士专家进校园”报告会");
	json_t *plan = plan_from_text(bracketed);
	ck_assert_ptr_nonnull(activity_numbered(plan, "五"));
	json_decref(plan);
	free(bracketed);
	char *quoting = text_with(amending, "关于调整青川县2026年科技活动周部分活动安排的补充通知",
				  "关于调整《青川县2026年科技活动周活动方案》部分活动安排的补充通知");
	plan = plan_from_text(quoting);
	ck_assert_str_eq(field(plan, "title"), "青川县2026年科技活动周活动方案");
	ck_assert_ptr_null(activity_numbered(plan, "三"));
	json_decref(plan);
	free(quoting);
	char *numbered = text_with(amending, "\n青川县2026年科技活动周活动方案\n",
				   "\n青川县2026年科技活动周活动方案（青科发〔2026〕6号）\n");
	plan = plan_from_text(numbered);
	ck_assert_str_eq(field(plan, "title"), "青川县2026年科技活动周活动方案");
	ck_assert_ptr_nonnull(activity_numbered(plan, "一"));
	ck_assert_ptr_null(activity_numbered(plan, "三"));
	json_decref(plan);
	free(numbered);
	char *by_name = text_with(amending, "取消原方案第（三）项“科技创新成果展”", "取消原方案“科技创新成果展”活动");
	plan = plan_from_text(by_name);
	ck_assert_ptr_null(activity_numbered(plan, "三"));
	ck_assert_ptr_nonnull(activity_numbered(plan, "四"));
	json_decref(plan);
	free(by_name);
	char *two = text_with(amending, "取消原方案第（三）项“科技创新成果展”", "取消原方案第（三）项和第（四）项");
	plan = plan_from_text(two);
	ck_assert_ptr_null(activity_numbered(plan, "三"));
	ck_assert_ptr_null(activity_numbered(plan, "四"));
	json_decref(plan);
	free(two);
	char *merged = text_with(amending, "取消原方案第（三）项“科技创新成果展”", "取消原方案第（三）项，相关展品并入第（四）项");
	plan = plan_from_text(merged);
	ck_assert_ptr_null(activity_numbered(plan, "三"));
	ck_assert_ptr_nonnull(activity_numbered(plan, "四"));
	json_decref(plan);
	free(merged);
}
END_TEST

/* An item added under a number the plan uses is left out (said so), not
 * a second activity of that number. */
START_TEST(an_item_added_under_a_number_in_use_is_left_out)
{
	char *clash = text_with(amending, "第四部分活动安排第（五）项", "第四部分活动安排第（四）项");
	json_t *plan = plan_from_text(clash);
	size_t fours = 0;
	for (size_t i = 0; i < plan_count(plan, "activities"); i++)
		fours += strcmp(field(plan_activity(plan, i), "no"), "四") == 0;
	ck_assert_uint_eq(fours, 1);
	ck_assert_str_eq(field(activity_numbered(plan, "四"), "title"), "科技政策宣讲");
	json_decref(plan);
	free(clash);
}
END_TEST

/* 联系人调整为Y。 with no number: the old one's own mobile goes, the
 * office's line stays; 联系人由X调整为Y reads the same. */
START_TEST(a_replaced_contact_without_a_number_drops_the_old_mobile)
{
	char *bare = text_with(amending, "联系人调整为陈思远，办公电话不变，手机：13911112222。", "联系人调整为陈思远。");
	json_t *plan = plan_from_text(bare);
	ck_assert_uint_eq(plan_count(plan, "contacts"), 1);
	ck_assert_str_eq(contact_line_at(plan, 0), "陈思远|0839-6221001|-");
	json_decref(plan);
	free(bare);
	char *from = text_with(amending, "联系人刘晓同志因工作调整，联系人调整为陈思远", "联系人由刘晓调整为陈思远");
	plan = plan_from_text(from);
	ck_assert_str_eq(contact_line_at(plan, 0), "陈思远|0839-6221001|-");
	ck_assert_str_eq(contact_line_at(plan, 1), "陈思远|13911112222|-");
	json_decref(plan);
	free(from);
}
END_TEST

/* Not amending notices: a body that 补充通知如下, a title that 调整优化 and
 * annexes its plan without speaking of an 原方案, an annexed form; and a
 * duty lifted in a plain notice's later clause keeps the clause before. */
START_TEST(what_is_no_amending_notice)
{
	char *body = text_with(amending, "关于调整青川县2026年科技活动周部分活动安排的补充通知",
			       "关于开展青川县2026年科技活动周活动的通知");
	char *plain = text_with(body, AMENDMENTS, "现将有关事项补充通知如下，请认真组织实施。\n\n");
	json_t *plan = plan_from_text(plain);
	ck_assert_uint_eq(plan_count(plan, "activities"), 4);
	ck_assert(!field(plan, "parent_plan") || strcmp(field(plan, "parent_plan"),
							"《青川县2026年科技活动周活动方案》（青科发〔2026〕6号）") != 0);
	json_decref(plan);
	char *optimising = text_with(amending, "关于调整青川县2026年科技活动周部分活动安排的补充通知",
				     "关于调整优化青川县2026年科技活动周工作安排的通知");
	char *unnamed = text_with(optimising, "，以下简称原方案", "");
	char *issuing = text_with(unnamed, AMENDMENTS, "请认真组织实施。\n\n");
	plan = plan_from_text(issuing);
	ck_assert(!field(plan, "parent_plan") || strcmp(field(plan, "parent_plan"),
							"《青川县2026年科技活动周活动方案》（青科发〔2026〕6号）") != 0);
	json_decref(plan);
	char *form = text_with(amending, "附：《青川县2026年科技活动周活动方案》（青科发〔2026〕6号）\n",
			       "附件1：《参会回执》\n附件2：《青川县2026年科技活动周活动方案》（青科发〔2026〕6号）\n");
	char *form_annexed = text_with(form, "2026年5月6日\n", "2026年5月6日\n\n参会回执\n");
	plan = plan_from_text(form_annexed);
	ck_assert_str_eq(field(plan, "title"), "青川县2026年科技活动周活动方案");
	json_decref(plan);
	char *restated = text_with(plain, "各单位于5月26日前将活动总结报县科技局。",
				   "各单位于5月26日前将活动总结报县科技局。各乡镇仍按原方案要求于5月28日前报送宣传计划。");
	plan = plan_from_text(restated);
	ck_assert(has_deadline_naming(plan, "5月28日前"));
	json_decref(plan);
	free(restated);
	char *lifted = text_with(plain, "各单位于5月26日前将活动总结报县科技局。", "各单位于5月26日前将活动总结报县科技局，纸质材料不再报送。");
	plan = plan_from_text(lifted);
	ck_assert(has_deadline_naming(plan, "报送活动总结|5月26日前"));
	json_decref(plan);
	free(lifted);
	free(form_annexed);
	free(form);
	free(issuing);
	free(unnamed);
	free(optimising);
	free(plain);
	free(body);
}
END_TEST

/* A contact named inside a cancelled item goes with it. */
START_TEST(a_cancelled_items_contact_goes_with_it)
{
	char *inside = text_with(amending, "内容：请各参展单位于5月12日前将展品清单报县工信局。\n",
				 "内容：请各参展单位于5月12日前将展品清单报县工信局。\n联系人：张明，电话：0839-6221999\n");
	json_t *plan = plan_from_text(inside);
	for (size_t i = 0; i < plan_count(plan, "contacts"); i++)
		ck_assert(!strstr(contact_line_at(plan, i), "张明"));
	json_decref(plan);
	free(inside);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("reader_supplement");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, the_annexed_plan_is_read_with_the_amendments_title_and_parent);
	tcase_add_test(tc, a_changed_time_replaces_the_plans);
	tcase_add_test(tc, a_cancelled_item_goes_with_what_it_asked_for);
	tcase_add_test(tc, an_added_item_comes_in_under_the_number_given);
	tcase_add_test(tc, a_replaced_contact_keeps_the_office_number_and_takes_the_new_mobile);
	tcase_add_test(tc, a_restated_duty_is_no_new_row);
	tcase_add_test(tc, a_lifted_duty_sets_none);
	tcase_add_test(tc, no_plan_in_the_annex_reads_the_notice_as_it_is);
	tcase_add_test(tc, the_plans_title_run_on_after_the_signature_still_opens_it);
	tcase_add_test(tc, amendments_written_other_ways);
	tcase_add_test(tc, an_item_added_under_a_number_in_use_is_left_out);
	tcase_add_test(tc, a_replaced_contact_without_a_number_drops_the_old_mobile);
	tcase_add_test(tc, what_is_no_amending_notice);
	tcase_add_test(tc, a_cancelled_items_contact_goes_with_it);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
