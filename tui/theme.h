/* theme.h - colours and attributes, one table, with a monochrome variant.
 * Monochrome is used when the terminal has no colours or NO_COLOR is set
 * (https://no-color.org). */
#ifndef WP_THEME_H
#define WP_THEME_H

#include <curses.h>

/* role, foreground, background, attribute in colour, attribute in mono */
#define WP_THEME_ROLES(X)                                                        \
	X(NORMAL, -1, -1, A_NORMAL, A_NORMAL)                                    \
	X(TITLE, COLOR_BLACK, COLOR_CYAN, A_NORMAL, A_REVERSE)                   \
	X(TAB, COLOR_BLACK, COLOR_WHITE, A_BOLD, A_REVERSE | A_BOLD)             \
	X(STATUS, COLOR_BLACK, COLOR_CYAN, A_NORMAL, A_REVERSE)                  \
	X(ALERT, COLOR_WHITE, COLOR_RED, A_BOLD, A_REVERSE | A_BOLD)             \
	X(HEADING, COLOR_BLUE, -1, A_BOLD, A_BOLD)                               \
	X(DIM, -1, -1, A_DIM, A_DIM)                                             \
	X(SELECTED, COLOR_BLACK, COLOR_YELLOW, A_NORMAL, A_REVERSE)              \
	X(CROSS, -1, -1, A_BOLD, A_BOLD)                                         \
	X(TODAY, COLOR_BLACK, COLOR_GREEN, A_BOLD, A_REVERSE | A_UNDERLINE)      \
	X(HOLIDAY, COLOR_RED, -1, A_BOLD, A_BOLD)                                \
	X(MAKEUP, COLOR_MAGENTA, -1, A_BOLD, A_UNDERLINE)                        \
	X(CAMPAIGN, COLOR_CYAN, -1, A_NORMAL, A_UNDERLINE)                       \
	X(DEADLINE, COLOR_YELLOW, -1, A_BOLD, A_BOLD)                            \
	X(OVERDUE, COLOR_RED, -1, A_BOLD, A_BOLD | A_UNDERLINE)                  \
	X(LEAD, COLOR_GREEN, -1, A_BOLD, A_BOLD)                                 \
	X(COOP, COLOR_CYAN, -1, A_NORMAL, A_NORMAL)                              \
	X(ERROR, COLOR_RED, -1, A_BOLD, A_BOLD)

enum wp_role_attr {
#define WP_THEME_ENUM(name, fg, bg, color_attr, mono_attr) WP_ATTR_##name,
	WP_THEME_ROLES(WP_THEME_ENUM)
#undef WP_THEME_ENUM
	WP_ATTR_COUNT
};

/* Sets up colours after initscr(); mono forces the monochrome table. */
void wp_theme_init(bool mono);

/* The curses attribute of a role. */
attr_t wp_theme(enum wp_role_attr role);

#endif
