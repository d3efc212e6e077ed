#include "config.h"

#include <stdlib.h>

#include "theme.h"

static const struct {
	short fg, bg;
	attr_t color_attr, mono_attr;
} roles[WP_ATTR_COUNT] = {
#define WP_THEME_ROW(name, fg, bg, color_attr, mono_attr) {fg, bg, color_attr, mono_attr},
	WP_THEME_ROLES(WP_THEME_ROW)
#undef WP_THEME_ROW
};

/* Chosen once at start-up; the front end is single-threaded. */
static bool use_color;

void wp_theme_init(bool mono)
{
	const char *no_color = getenv("NO_COLOR");
	use_color = !mono && has_colors() && !(no_color && *no_color);
	if (!use_color)
		return;
	start_color();
	use_default_colors();
	for (int i = 1; i < WP_ATTR_COUNT; i++)
		init_pair((short)i, roles[i].fg, roles[i].bg);
}

attr_t wp_theme(enum wp_role_attr role)
{
	if (!use_color)
		return roles[role].mono_attr;
	return roles[role].color_attr | (role ? COLOR_PAIR(role) : 0);
}
