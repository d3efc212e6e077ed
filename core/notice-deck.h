/* notice-deck.h - a slide deck's text (a meeting's PPT saved or copied
 * as text), given back as the text of a notice; and a label apart from
 * its value by a tab (时间<TAB>4月29日), given back as 时间：4月29日. */
#ifndef WP_NOTICE_DECK_H
#define WP_NOTICE_DECK_H

#include <stddef.h>

/* A deck is told by its slides' markers (—— 第1页 ——, counting on from
 * 1, framed by dashes, the last slide after the last; a page's own
 * 第1页 共3页 makes none): each slide's footer (a line the
 * slides repeat) and number go; a speaker's note (备注：X) is X, a
 * paragraph of its own; a contents slide (目录) goes; a chapter's number
 * (01　工作回顾) becomes a heading's (一、工作回顾); a label a text box
 * holds alone (宣传主题; 组长 over a name and a post; 成员 over names) is
 * joined to the value under it, never to the slide's footer; a
 * timeline's date over its task (4月21日前 / 各单位报送X) is one line;
 * every other line of a slide is a paragraph of its own. Lines before
 * the first slide, and any text that is no deck, are kept as they were
 * (but for the tabbed labels). Takes v (n lines, each owned) and
 * returns the array to use instead, its length in *n. Linear in the
 * text. */
char **wp_ndeck_lines(char **v, size_t *n);

#endif
