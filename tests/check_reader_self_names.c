/* check_reader_self_names.c - a body calls itself by what it is (我局,
 * 本院, 我校, 大队, 街道, 管委会): the reader lists such a name among the
 * organizer's, so that units written so are the organizer's, but only
 * where the text uses it. */
#include "config.h"

#include <jansson.h>
#include <string.h>

#include "notice.h"
#include "noticeutil.h"
#include "testutil.h"

/* Is name among the organizer's names in plan? */
static bool has_alias(json_t *plan, const char *name)
{
	json_t *unit = json_array_get(json_object_get(plan, "units"), 0);
	if (!unit || !field(unit, "name") || strcmp(field(unit, "name"), field(plan, "organizer")) != 0)
		return false;
	size_t i;
	json_t *v;
	json_array_foreach(json_object_get(unit, "aliases"), i, v) if (strcmp(json_string_value(v), name) == 0) return true;
	return false;
}

/* A notice of organizer whose preamble says self, signed by it. */
static json_t *notice_by(const char *organizer, const char *self)
{
	char text[2048];
	snprintf(text, sizeof text,
		 "%s关于开展2027年国家宪法日宣传活动的通知\n各科室：\n"
		 "为深入学习宣传宪法，%s决定开展宪法日宣传活动。现将有关事项通知如下。\n"
		 "一、活动时间\n2027年12月1日至4日\n"
		 "二、活动安排\n（一）宪法宣誓仪式。12月4日上午9:00在一楼大厅举行。（政治部牵头）\n"
		 "%s\n2027年11月20日\n",
		 organizer, self, organizer);
	return plan_from_text(text);
}

START_TEST(a_body_calls_itself_by_what_it_is)
{
	static const struct {
		const char *organizer, *says, *self;
	} cases[] = {
		{"渭阳县人民检察院", "本院", "本院"},
		{"岑江县第一中学", "我校", "我校"},
		{"湖南省水利厅", "我厅", "我厅"},
		{"淇源县市场监督管理局", "我局", "我局"},
		{"柞岭县公安局交通管理大队", "大队", "大队"},
		{"凤岭街道办事处", "街道", "街道"},
		{"石门桥乡人民政府", "我乡", "我乡"},
		{"青山镇人民政府", "我镇", "我镇"},
		{"岷阳县档案馆", "我馆", "我馆"},
		{"榕东高新技术产业园区管理委员会", "经管委会研究，", "管委会"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		json_t *plan = notice_by(cases[i].organizer, cases[i].says);
		ck_assert_msg(has_alias(plan, cases[i].self), "%s: no %s", cases[i].organizer, cases[i].self);
		json_decref(plan);
	}
}
END_TEST

/* A notice that never says 我局 gets no such name; nor does a hospital
 * that says 我局 (not what it is). */
START_TEST(no_self_name_the_text_lacks)
{
	json_t *plan = notice_by("淇源县市场监督管理局", "县局");
	ck_assert(has_alias(plan, "县局"));
	ck_assert(!has_alias(plan, "我局") && !has_alias(plan, "本局"));
	json_decref(plan);
	plan = notice_by("淇源县人民医院", "我局");
	ck_assert_str_eq(field(plan, "organizer"), "淇源县人民医院");
	ck_assert(!has_alias(plan, "我局") && !has_alias(plan, "我院"));
	json_decref(plan);
}
END_TEST

/* A body of a district's Party committee (中共…区委全面依法治区委员会办公室)
 * is no 区委办 (the committee's own office); its name signed over two
 * lines gives no alias of its last line (委员会办公室). */
START_TEST(a_body_of_the_party_committee)
{
	json_t *plan = plan_from_text("中共临澜市瓯江区委全面依法治区委员会办公室关于开展2027年民法典宣传月活动的通知\n"
				      "各街道：\n经区委全面依法治区委员会同意，由区委办公室统一部署。\n"
				      "一、活动时间\n2027年5月1日至31日\n"
				      "二、活动安排\n（一）启动仪式。5月6日上午9:00在区行政中心举行。（区司法局牵头）\n"
				      "中共临澜市瓯江区委全面依法治区\n委员会办公室\n2027年4月20日\n");
	ck_assert_str_eq(field(plan, "organizer"), "中共临澜市瓯江区委全面依法治区委员会办公室");
	ck_assert_str_eq(field(plan, "region"), "瓯江区");
	ck_assert(!has_alias(plan, "区委办"));
	ck_assert(!has_alias(plan, "委员会办公室"));
	json_decref(plan);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("reader: the names a body calls itself by");
	TCase *tc = tcase_create("self names");
	tcase_add_test(tc, a_body_calls_itself_by_what_it_is);
	tcase_add_test(tc, no_self_name_the_text_lacks);
	tcase_add_test(tc, a_body_of_the_party_committee);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
