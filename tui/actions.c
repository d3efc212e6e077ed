/* actions.c - the global keys that open something: help, the campaign
 * list, a search, an import, the plan check, undo.
 *
 * The loop (tui.c) handles what only it can (quit, close, switch views,
 * redraw) and finds every other global action in this table, so it knows
 * no dialog by name: a new dialog behind a global key is one line here. */
#include "config.h"

#include <stdlib.h>

#include "i18n.h"
#include "tui.h"

static void search(struct tui *t)
{
	char *text = tui_prompt_history(t, _("Search:"), "", 255, &t->search_history);
	if (text && *text)
		view_list_search(t, text);
	free(text);
}

/* The review replaces whatever was open over the current view. */
static void import(struct tui *t)
{
	char path[1024] = "";
	if (tui_prompt(t, _("Import file (notice .txt or plan .json):"), path, sizeof path) &&
	    *path) {
		tui_show_view(t, t->current);
		view_import_open(t, path);
	}
}

const struct tui_action tui_actions[] = {
	{ACT_HELP, view_list_help},
	{ACT_CAMPAIGNS, view_list_campaigns},
	{ACT_UNDO, tui_undo},
	{ACT_SEARCH, search},
	{ACT_IMPORT, import},
	{ACT_FINDINGS, view_findings},
	{ACT_NONE, NULL},
};
