/* notice-bilingual.h - a notice written in Chinese and English at once
 * (a joint venture's, a university's international office's): each
 * Chinese line followed by its English one, each label given in both
 * (时间 Time：), each value followed by its translation (质量部 / QA
 * Dept.). The reader reads the Chinese; the English is set aside here,
 * before the lines are joined. */
#ifndef WP_NOTICE_BILINGUAL_H
#define WP_NOTICE_BILINGUAL_H

#include <stddef.h>

/* A text is bilingual when it has at least four lines in English alone
 * or labels in both languages. Then each line without a Han character
 * that holds an English word (three letters at least; no e-mail address
 * or phone number) goes; in the other lines, a label's English between
 * its Chinese and its colon (时间 Time：, 分机 Ext. 6218), a translation
 * after " / " (to the line's end or its closing bracket), and English
 * words ending a heading (一、活动主题 Theme) go. Any other text is kept
 * as it was. Takes v (n lines, each owned) and returns the array to use
 * instead, its length in *n. Linear in the text. */
char **wp_nbilingual_lines(char **v, size_t *n);

#endif
