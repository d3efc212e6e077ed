/* check_copy_habits.c - habits of copied notices that the cleaning step
 * (core/notice-text.c) undoes, each on a small text of its own: a copy
 * out of a PDF cuts every prose line at one width, so a title, a list of
 * units or a label's value can end up over two lines; a hurried copy
 * types : ; ( ) for ：；（）. tests/check_reader_copies measures them on
 * every fixture; these say which rule does what. */
#include "config.h"

#include "copies.h"
#include "notice-text.h"
#include "noticeutil.h"
#include "testutil.h"

/* A paragraph that fills enough lines for the wrap width to be found. */
static const char prose[] =
	"为深入实施知识产权强国建设纲要，进一步提高全社会知识产权保护意识，营造尊重知识、"
	"崇尚创新、诚信守法的良好氛围，经县政府同意，决定于4月20日至26日在全县开展知识产权"
	"宣传周活动，现将有关事项通知如下。请各单位结合实际认真组织，确保各项活动取得实效，"
	"形成全社会共同关注知识产权的浓厚氛围。\n";

/* The paragraphs of text as the cleaning step cuts them (caller frees
 * with wp_ntext_free). */
static wp_ntext paragraphs(const char *text)
{
	wp_ntext t;
	wp_err err;
	ck_assert_msg(wp_ntext_decode(text, strlen(text), &t, &err) == 0, "%s", err.msg);
	return t;
}

/* The paragraphs of text after it is wrapped at width columns. */
static wp_ntext wrapped_paragraphs(const char *text, int width)
{
	char *copy = copy_wrapped(text, width);
	wp_ntext t = paragraphs(copy);
	free(copy);
	return t;
}

/* Is want one of the paragraphs of t? */
static bool has_paragraph(const wp_ntext *t, const char *want)
{
	for (size_t i = 0; i < t->n; i++)
		if (strcmp(t->para[i], want) == 0)
			return true;
	return false;
}

#define ck_assert_paragraph(t, want)                                                   \
	ck_assert_msg(has_paragraph(&(t), (want)), "no paragraph \"%s\" (first: \"%s\")", \
		      (want), (t).n ? (t).para[0] : "")

/* 关于…的通知 filling the whole width is a title that ends there: the
 * salutation under it starts a paragraph of its own. */
START_TEST(a_title_that_fills_the_width_ends_at_its_last_word)
{
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "关于开展2027年某某县知识产权宣传周系列主题宣传活动的通知\n"
			  "各乡镇人民政府，县直各有关单位：\n%s%s", prose, prose);
	wp_ntext t = wrapped_paragraphs(wp_buf_str(&b), 56);
	ck_assert_paragraph(t, "关于开展2027年某某县知识产权宣传周系列主题宣传活动的通知");
	ck_assert_paragraph(t, "各乡镇人民政府，县直各有关单位：");
	wp_ntext_free(&t);
	wp_buf_free(&b);
}
END_TEST

/* The text of lines (already cut) after prose wrapped at 56 columns, so
 * the wrap width is found (caller frees with wp_ntext_free). */
static wp_ntext after_wrapped_prose(const char *lines)
{
	wp_buf b = WP_BUF_INIT;
	char *wrapped = copy_wrapped(prose, 56);
	wp_buf_printf(&b, "%s%s%s", wrapped, lines, wrapped);
	wp_ntext t = paragraphs(wp_buf_str(&b));
	free(wrapped);
	wp_buf_free(&b);
	return t;
}

/* A full line that ends with a label's colon (地点：, 配合单位：) was cut
 * before the label's value: it goes on, though a colon ends a clause. */
START_TEST(a_label_cut_from_its_value_goes_on)
{
	wp_ntext t = after_wrapped_prose("（一）启动仪式。时间：11月2日（星期一）上午9:30；地点：\n"
					 "长春市南湖公园南门广场；牵头单位：省反诈中心；配合单位：\n"
					 "长春市公安局、省通信管理局。\n");
	ck_assert_paragraph(t, "（一）启动仪式。时间：11月2日（星期一）上午9:30；地点：长春市南湖公园"
			       "南门广场；牵头单位：省反诈中心；配合单位：长春市公安局、省通信管理局。");
	wp_ntext_free(&t);
}
END_TEST

/* A line that opens with a field label and its colon (活动内容：) starts a
 * paragraph of its own even after a full line that ends no clause: the
 * unit list above it ended where its units did. */
START_TEST(a_field_label_opens_its_own_paragraph)
{
	wp_ntext t = after_wrapped_prose("牵头单位：镇应急办\n"
					 "配合单位：镇派出所、镇市场监管所、镇卫生院、镇专职消防队\n"
					 "活动内容：设置安全生产咨询台，悬挂宣传横幅。\n");
	ck_assert_paragraph(t, "配合单位：镇派出所、镇市场监管所、镇卫生院、镇专职消防队");
	ck_assert_paragraph(t, "活动内容：设置安全生产咨询台，悬挂宣传横幅。");
	wp_ntext_free(&t);
}
END_TEST

/* A copy that does not indent its paragraphs keeps no trace of where
 * they start but headings and labels: a full line that ends a sentence
 * goes on into a line that opens neither, but not into a short line that
 * ends no sentence (a signature, a date), and a line well over the width
 * (never cut) does not go on. */
START_TEST(a_full_line_ending_a_sentence_goes_on_where_nothing_is_indented)
{
	wp_ntext t = after_wrapped_prose("一是禁毒教育进校园。6月上中旬，各中小学校开展教育。\n"
					 "由县教育局负责组织实施。\n"
					 "请各单位认真组织，确保活动取得实效，及时总结经验并报送。\n"
					 "成员：县委宣传部、县教育局、县公安局、县民政局、县司法局、县卫生健康局、县市场监管局。\n"
					 "办公室设在县公安局禁毒大队，王一鸣同志兼任办公室主任，负\n"
					 "责活动的组织协调。\n"
					 "某某县禁毒委员会办公室\n"
					 "2026年5月20日\n");
	ck_assert_paragraph(t, "一是禁毒教育进校园。6月上中旬，各中小学校开展教育。"
			       "由县教育局负责组织实施。");
	ck_assert_paragraph(t, "请各单位认真组织，确保活动取得实效，及时总结经验并报送。");
	/* a line well over the width was never cut: it ends its paragraph */
	ck_assert_paragraph(t, "办公室设在县公安局禁毒大队，王一鸣同志兼任办公室主任，负责活动的组织协调。");
	ck_assert_paragraph(t, "某某县禁毒委员会办公室");
	wp_ntext_free(&t);
}
END_TEST

/* Where the copy indents its paragraphs, an indent is what starts one:
 * after a full line that ends a sentence, an indented line starts a
 * paragraph and an unindented one goes on. */
START_TEST(an_indented_copy_starts_paragraphs_at_its_indents)
{
	wp_ntext t = after_wrapped_prose(
		"\xe3\x80\x80\xe3\x80\x80为深入实施知识产权强国建设纲要，进一步提高全社会知识产\n"
		"权保护意识，营造尊重知识、崇尚创新、诚信守法的良好氛围。\n"
		"\xe3\x80\x80\xe3\x80\x80请各单位认真组织，确保活动取得实效，及时总结经验。\n"
		"并于5月6日前报送县市场监管局，逾期不报的予以通报。\n"
		"二、工作要求\n");
	ck_assert_paragraph(t, "为深入实施知识产权强国建设纲要，进一步提高全社会知识产权保护意识，营造"
			       "尊重知识、崇尚创新、诚信守法的良好氛围。");
	ck_assert_paragraph(t, "请各单位认真组织，确保活动取得实效，及时总结经验。并于5月6日前报送县市"
			       "场监管局，逾期不报的予以通报。");
	wp_ntext_free(&t);
}
END_TEST

/* A hurried copy types ; and : for ；and ：. Before a Chinese character
 * (…2761853;陈聪) as after one (电话:0795), they are the full-width ones
 * the reader compares labels and lists by; between digits, full-width or
 * not, a colon is a time's. */
START_TEST(half_width_punctuation_before_chinese_is_full_width)
{
	wp_ntext t = paragraphs("联系人:刘一丁,联系电话:0795-2761853;陈聪,联系电话:13970516628。\n"
				"时间:５月１０日１５:００\n");
	ck_assert_paragraph(t, "联系人：刘一丁，联系电话：0795-2761853；陈聪，联系电话：13970516628。");
	ck_assert_paragraph(t, "时间：5月10日15:00");
	wp_ntext_free(&t);
}
END_TEST

/* Table rows (cells apart by runs of spaces) were never cut at the width,
 * however many there are: the prose lines alone tell the width. */
START_TEST(table_rows_do_not_hide_the_wrap_width)
{
	wp_buf rows = WP_BUF_INIT;
	for (int i = 1; i <= 20; i++)
		wp_buf_printf(&rows, "%d     食品安全主题宣传活动第%d场      6月%d日上午9:00      清源区人民广场"
				     "      区市场监管局\n", i, i, i);
	wp_buf_puts(&rows, "现将《清源区2026年食品安全宣传周活动方案》印发给你们\n，请认真抓好落实。\n");
	wp_ntext t = after_wrapped_prose(wp_buf_str(&rows));
	ck_assert_paragraph(t, "现将《清源区2026年食品安全宣传周活动方案》印发给你们，请认真抓好落实。");
	wp_ntext_free(&t);
	wp_buf_free(&rows);
}
END_TEST

/* A unit list that ended by itself short of the width (the next line's
 * first character would have fitted) is apart from a next line that
 * opens a sentence; a heading's sentence the wrap cut goes on. */
START_TEST(a_list_that_ended_short_of_the_width_is_apart)
{
	wp_ntext t = after_wrapped_prose("配合单位：县发改局、县市场监管局、国网宜丰县供电公司\n"
					 "组织节能监察人员和节能诊断服务机构深入园区重点用能企业，\n"
					 "宣讲节约能源法律法规。\n"
					 "（二）各乡镇（街道）、区直有关单位于7月31日前将本单位活\n"
					 "动安排报区文化体育和旅游局，活动结束后报送总结。\n"
					 "三、工作要求\n");
	ck_assert_paragraph(t, "配合单位：县发改局、县市场监管局、国网宜丰县供电公司");
	ck_assert_paragraph(t, "（二）各乡镇（街道）、区直有关单位于7月31日前将本单位活动安排报区文化"
			       "体育和旅游局，活动结束后报送总结。");
	wp_ntext_free(&t);
}
END_TEST

/* A copy cut at 68 columns whose paragraphs are mostly short has few
 * lines at 68 among many shorter ones, but none wider: the width is
 * found all the same (and a label's colon at its end goes on). */
START_TEST(a_width_few_lines_share_is_found_when_none_is_wider)
{
	wp_buf b = WP_BUF_INIT;
	char *wrapped = copy_wrapped(prose, 68);
	wp_buf_puts(&b, wrapped);
	/* short paragraphs of widths all different (10 to 23 characters) */
	static const char words[] = "各牵头单位要细化方案压实责任确保各项活动有序开展取得实效";
	for (int i = 1; i <= 14; i++)
		wp_buf_printf(&b, "（%d）%.*s。\n", i, (9 + i) * 3, words);
	wp_buf_puts(&b, "1.启动仪式暨网络安全博览展。时间：9月14日（星期一）上午9:00；地点：\n"
			"潋江广场；牵头单位：县委网信办；配合单位：县公安局、县教科体局。\n"
			"四、工作要求\n");
	wp_buf_puts(&b, wrapped);
	wp_ntext t = paragraphs(wp_buf_str(&b));
	ck_assert_paragraph(t, "1.启动仪式暨网络安全博览展。时间：9月14日（星期一）上午9:00；地点："
			       "潋江广场；牵头单位：县委网信办；配合单位：县公安局、县教科体局。");
	wp_ntext_free(&t);
	free(wrapped);
	wp_buf_free(&b);
}
END_TEST

/* Contacts cut by the wrap: between a name and its phone label after a
 * ， (mid-sentence for certain, so even a label's word goes on), after
 * a 联系人： or 电子邮箱： inside brackets, and inside a mobile number in
 * groups, whose spaces stay (on an indented line, its indent counts in
 * the width it filled). */
START_TEST(contacts_cut_by_the_wrap_go_on)
{
	wp_ntext t = after_wrapped_prose(
		"联系人：科普处杨一鸣，电话：0851-85822716；吴骁，\n"
		"电话：0851-85822731。\n"
		"请于11月29日前将推荐名单报省教育厅政策法规处（联系人：\n"
		"李聪，电话：0971-8237406）。\n"
		"\xe3\x80\x80\xe3\x80\x80联系人：孙聪，联系电话：0533-3181526，手机：153 3533\n"
		" 8127，电子邮箱：zbzlfzk@126.com\n"
		"联系人：县禁毒办向晓峰，电话：0739-6223110，手机：189 07\n"
		"39 6213。联系人：王一鸣，电话：0739-6223111，手机：138\n"
		"7332 0516。\n"
		"请将活动总结（含图片、视频资料）报县道安办（电子邮箱：\n"
		"htxdab@163.com）。\n"
		"三、工作要求\n");
	ck_assert_paragraph(t, "联系人：科普处杨一鸣，电话：0851-85822716；吴骁，电话：0851-85822731。");
	ck_assert_paragraph(t, "请于11月29日前将推荐名单报省教育厅政策法规处（联系人：李聪，电话：0971-"
			       "8237406）。");
	ck_assert_paragraph(t, "联系人：孙聪，联系电话：0533-3181526，手机：153 3533 8127，电子邮箱："
			       "zbzlfzk@126.com");
	ck_assert_paragraph(t, "联系人：县禁毒办向晓峰，电话：0739-6223110，手机：189 0739 6213。联系人："
			       "王一鸣，电话：0739-6223111，手机：138 7332 0516。");
	ck_assert_paragraph(t, "请将活动总结（含图片、视频资料）报县道安办（电子邮箱："
			       "htxdab@163.com）。");
	wp_ntext_free(&t);
}
END_TEST

/* A committee's label (成员：, 副组长：) opens a line of its own after a
 * full line, as a field label does. */
START_TEST(a_committee_label_opens_its_own_paragraph)
{
	wp_ntext t = after_wrapped_prose("副组长：徐骁（副校长）、成聪（法治副校长、派出所所长）\n"
					 "成员：学生处、教务处、团委、总务处负责人，各年级组长\n"
					 "领导小组办公室设在学生处，学生处主任兼任办公室主任。\n"
					 "三、工作要求\n");
	ck_assert_paragraph(t, "副组长：徐骁（副校长）、成聪（法治副校长、派出所所长）");
	/* a list ended short of the width, though it holds a ， */
	ck_assert_paragraph(t, "成员：学生处、教务处、团委、总务处负责人，各年级组长");
	wp_ntext_free(&t);
}
END_TEST

/* A copy that indents every line (two U+3000 before each) is wrapped at
 * a width that counts them: a line is full by its width with its
 * indent. */
START_TEST(a_copy_indenting_every_line_is_full_with_its_indent)
{
	wp_buf b = WP_BUF_INIT;
	char *wrapped = copy_wrapped(prose, 56);
	wp_buf_printf(&b, "%s（四）企业安全开放日暨粉尘涉爆事故演练。6月18日\n"
			  "（星期三）下午2:30，在湘溪竹木制品有限公司开展应急演练。\n"
			  "四、工作要求\n%s", wrapped, wrapped);
	char *copy = copy_wide_indent(wp_buf_str(&b));
	wp_ntext t = paragraphs(copy);
	ck_assert_paragraph(t, "（四）企业安全开放日暨粉尘涉爆事故演练。6月18日（星期三）下午2:30，"
			       "在湘溪竹木制品有限公司开展应急演练。");
	wp_ntext_free(&t);
	free(copy);
	free(wrapped);
	wp_buf_free(&b);
}
END_TEST

/* A copy cut at two widths (a PDF's lines of 60 columns cut again at
 * 56): each line leaves a short rest, which is that line's end whatever
 * it opens with (…及时。 | 三是 | 开展入户…), and after which the paragraph
 * goes on though it has no ， yet (…开展。一是举 | 办集 | 中宣传…). */
START_TEST(a_text_cut_at_two_widths_reads_as_cut_once)
{
	static const char para[] =
		"今年全民营养周期间我镇各项活动主要从四个方面开展。一是举办集中宣传咨询活动，由镇卫生院牵头，"
		"镇中心学校、镇妇联配合，在集镇农贸市场门口设立宣传咨询点，开展免费测量血压、血糖和膳食营养"
		"咨询，发放宣传折页和限盐勺、控油壶。二是开展营养健康进校园活动，镇中心学校组织各中小学校各"
		"上一堂营养健康课，开展手抄报比赛，镇卫生院派营养指导员到校授课各校要做好记录并及时。三是开"
		"展入户膳食指导，各村卫生室乡村医生要结合家庭医生签约服务，对辖区高血压、糖尿病患者和老年人"
		"开展入户膳食指导，每个村入户不少于30户，其中全民营养周期间为集中宣传时段。";
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s\n四、工作要求\n", para);
	char *once = copy_wrapped(wp_buf_str(&b), 60);
	char *twice = copy_wrapped(once, 56);
	/* the copy is what it says */
	ck_assert_ptr_nonnull(strstr(twice, "\n三是\n"));
	ck_assert_ptr_nonnull(strstr(twice, "一是举\n办集\n"));
	wp_ntext t = paragraphs(twice);
	ck_assert_paragraph(t, para);
	wp_ntext_free(&t);
	free(twice);
	free(once);
	wp_buf_free(&b);
}
END_TEST

/* Lines of a PDF cut at 68 columns, with its indents (g62): an opening
 * paragraph and two items, before and after a part whose lines a test
 * chooses. Copied again at 56, each full line of 56 and the rest after it
 * were one line of 68, and together are no wider. */
#define IND "\xe3\x80\x80\xe3\x80\x80"
static const char cut_at_68_opening[] =
	IND "2026年5月30日是第十个全国科技工作者日。为深入学习贯彻党的二十届\n"
	"四中全会精神和习近平总书记关于科技创新的重要论述，大力弘扬科学家精神，\n"
	"营造尊重劳动、尊重知识、尊重人才、尊重创造的良好氛围，根据省科协《关\n"
	"于做好2026年全国科技工作者日有关工作的通知》要求，经市科协党组研究同\n"
	"意，决定在全市组织开展2026年全国科技工作者日系列活动。现将有关事项通\n"
	"知如下。\n"
	IND "二、活动时间\n";
static const char cut_at_68_items[] =
	IND "（一）科技工作者日主题座谈会。5月29日（星期五）上午9:30，在市科\n"
	"技会堂三楼第一会议室召开全市科技工作者代表座谈会，邀请两院院士、省市\n"
	"科技奖励获得者、一线青年科技人员代表畅谈创新故事，听取科技工作者意见\n"
	"建议，向新当选的市级科技工作者之家代表颁发证书。市科协办公室牵头，市\n"
	"科协学会学术部配合。\n"
	IND "（二）“最美科技工作者”学习宣传。5月25日至5月31日，在“桐原科协”微\n"
	"信公众号、桐原日报开设专栏，集中宣传我市近年来涌现的“最美科技工作者”\n"
	"先进事迹，讲好桐原科技工作者故事。同时在市区主要路段公交站台、户外大\n"
	"屏投放科技工作者日公益广告。市科协科学普及部牵头，市融媒体中心配合。\n";
static const char first_item[] =
	"（一）科技工作者日主题座谈会。5月29日（星期五）上午9:30，在市科技会堂三楼第一会议室召开"
	"全市科技工作者代表座谈会，邀请两院院士、省市科技奖励获得者、一线青年科技人员代表畅谈创新"
	"故事，听取科技工作者意见建议，向新当选的市级科技工作者之家代表颁发证书。市科协办公室牵头，"
	"市科协学会学术部配合。";

/* The paragraphs of the lines cut at 68 with part between the opening
 * and the items, copied again at 56; the copy holds want_in_copy. */
static wp_ntext cut_at_68_and_56(const char *part, const char *want_in_copy)
{
	wp_buf once = WP_BUF_INIT;
	wp_buf_printf(&once, "%s%s%s", cut_at_68_opening, part, cut_at_68_items);
	char *twice = copy_wrapped(wp_buf_str(&once), 56);
	ck_assert_msg(strstr(twice, want_in_copy) != NULL, "the copy is not what it says: %s", twice);
	ck_assert_ptr_nonnull(strstr(twice, "上午9\n:30，在市科\n")); /* cut twice */
	wp_ntext t = paragraphs(twice);
	free(twice);
	wp_buf_free(&once);
	return t;
}

/* A heading under a full line is no rest of it, though it is as short as
 * one: with its indent it is wider than the 68 left room for (…集中活动
 * 时段。 55 columns | 　　三、主要活动, 16). */
START_TEST(an_indented_heading_under_a_text_cut_twice_is_no_rest)
{
	wp_ntext t = cut_at_68_and_56(IND "2026年5月下旬至6月上旬，5月30日前后为集中活动时段。\n" IND "三、主要活动\n",
				      "时段。\n" IND "三、主要活动\n");
	ck_assert_paragraph(t, "2026年5月下旬至6月上旬，5月30日前后为集中活动时段。");
	ck_assert_paragraph(t, "三、主要活动");
	ck_assert_paragraph(t, first_item);
	wp_ntext_free(&t);
}
END_TEST

/* The second cut parts a line only where the next character had no room:
 * a heading under a line that had room for it is no rest, though the two
 * together are narrower than the first cut (…集中活动时段。 51 columns |
 * 三、主要活动, 12). */
START_TEST(a_heading_under_a_line_with_room_to_spare_is_no_rest)
{
	wp_ntext t = cut_at_68_and_56(IND "2026年5月下旬至6月上旬，5月30日为集中活动时段。\n三、主要活动\n",
				      "时段。\n三、主要活动\n");
	ck_assert_paragraph(t, "2026年5月下旬至6月上旬，5月30日为集中活动时段。");
	ck_assert_paragraph(t, "三、主要活动");
	ck_assert_paragraph(t, first_item);
	wp_ntext_free(&t);
}
END_TEST

/* 一是, 二是 number the parts of a paragraph: after a full line that ends
 * a sentence, an unindented one goes on that paragraph (an indented one
 * starts its own). */
START_TEST(a_part_marker_after_a_full_sentence_goes_on)
{
	wp_ntext t = after_wrapped_prose("县委宣传部要利用公众号开设专栏，集中宣传禁毒工作成效。\n"
					 "一是组织开展禁毒微视频征集活动，择优在融媒体平台展播。\n"
					 "\xe3\x80\x80\xe3\x80\x80二是组织全县党员干部参加网上禁毒知识竞答。\n"
					 "四、工作要求\n");
	ck_assert_paragraph(t, "县委宣传部要利用公众号开设专栏，集中宣传禁毒工作成效。一是组织开展"
			       "禁毒微视频征集活动，择优在融媒体平台展播。");
	ck_assert_paragraph(t, "二是组织全县党员干部参加网上禁毒知识竞答。"); /* indented */
	wp_ntext_free(&t);
}
END_TEST

/* A label line that ended with room to spare is apart from the line
 * under it (a signature, the next member of a committee); one cut inside
 * its number goes on. */
START_TEST(a_label_line_that_ended_short_is_apart)
{
	wp_ntext t = after_wrapped_prose("联系人：县科工信局科技股龙小雨，电话：0745-7823061\n"
					 "岚溪县科学技术和工业信息化局\n"
					 "副主任：王聪（县委宣传部副部长、县委网信办主任）\n"
					 "刘晓军（县公安局党委委员、副局长）\n"
					 "联系人：县科工信局科技股龙小雨，联系电话：0745-78230\n"
					 "61。\n"
					 "四、工作要求\n");
	ck_assert_paragraph(t, "联系人：县科工信局科技股龙小雨，电话：0745-7823061");
	ck_assert_paragraph(t, "岚溪县科学技术和工业信息化局");
	ck_assert_paragraph(t, "副主任：王聪（县委宣传部副部长、县委网信办主任）");
	ck_assert_paragraph(t, "联系人：县科工信局科技股龙小雨，联系电话：0745-7823061。");
	wp_ntext_free(&t);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("copy habits");
	TCase *tc = tcase_create("cleaning copied text");
	tcase_add_test(tc, a_title_that_fills_the_width_ends_at_its_last_word);
	tcase_add_test(tc, a_label_cut_from_its_value_goes_on);
	tcase_add_test(tc, a_field_label_opens_its_own_paragraph);
	tcase_add_test(tc, a_full_line_ending_a_sentence_goes_on_where_nothing_is_indented);
	tcase_add_test(tc, an_indented_copy_starts_paragraphs_at_its_indents);
	tcase_add_test(tc, half_width_punctuation_before_chinese_is_full_width);
	tcase_add_test(tc, table_rows_do_not_hide_the_wrap_width);
	tcase_add_test(tc, a_list_that_ended_short_of_the_width_is_apart);
	tcase_add_test(tc, a_width_few_lines_share_is_found_when_none_is_wider);
	tcase_add_test(tc, contacts_cut_by_the_wrap_go_on);
	tcase_add_test(tc, a_committee_label_opens_its_own_paragraph);
	tcase_add_test(tc, a_copy_indenting_every_line_is_full_with_its_indent);
	tcase_add_test(tc, a_text_cut_at_two_widths_reads_as_cut_once);
	tcase_add_test(tc, an_indented_heading_under_a_text_cut_twice_is_no_rest);
	tcase_add_test(tc, a_heading_under_a_line_with_room_to_spare_is_no_rest);
	tcase_add_test(tc, a_part_marker_after_a_full_sentence_goes_on);
	tcase_add_test(tc, a_label_line_that_ended_short_is_apart);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
