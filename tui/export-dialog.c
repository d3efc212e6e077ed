/* export-dialog.c - x in the campaign list: write the campaign to a file
 * in a format people outside weekplan open (core/export.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "alloc.h"
#include "buf.h"
#include "campaign.h"
#include "export.h"
#include "form.h"
#include "i18n.h"
#include "text.h"
#include "tui.h"

/* A file name in the current directory from the campaign's title: what a
 * clerk would type, with the characters a file name cannot hold (/ and
 * controls) made '_'. Caller frees. */
static char *default_file_name(const char *title, enum wp_export_format format)
{
	wp_buf b = WP_BUF_INIT;
	for (const char *p = title && *title ? title : "weekplan"; *p; p++)
		wp_buf_putc(&b, *p == '/' || (unsigned char)*p < 0x20 || *p == 0x7f ? '_' : *p);
	wp_buf_printf(&b, ".%s", wp_export_format_ext(format));
	return wp_buf_take(&b);
}

/* Asks for the format: false when cancelled or not a format (said). */
static bool ask_format(struct tui *t, enum wp_export_format *format)
{
	char answer[16] = "xlsx";
	if (!tui_prompt(t, _("Export as (xlsx, ics, csv, html or json):"), answer, sizeof answer))
		return false;
	wp_err err;
	if (wp_export_format_parse(answer, format, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		return false;
	}
	return true;
}

void tui_export_campaign(struct tui *t, int64_t campaign_id)
{
	char spec[24];
	snprintf(spec, sizeof spec, "%lld", (long long)campaign_id);
	wp_campaign_ref ref;
	wp_err err;
	if (wp_campaign_find(t->st, spec, &ref, &err) != 0) {
		tui_message(t, true, "%s", err.msg);
		return;
	}
	enum wp_export_format format;
	if (!ask_format(t, &format)) {
		wp_campaign_ref_clear(&ref);
		return;
	}
	char *name = default_file_name(ref.title, format);
	wp_campaign_ref_clear(&ref);
	char *path = tui_prompt_text(t, _("Write to file:"), name, 1024);
	free(name);
	if (!path || !*path) {
		free(path);
		return;
	}
	wp_buf question = WP_BUF_INIT;
	wp_buf_printf(&question, _("%s exists. Replace it?"), path);
	bool go = access(path, F_OK) != 0 || tui_confirm(t, wp_buf_str(&question));
	wp_buf_free(&question);
	wp_export_opts opts = {.today = t->today};
	if (go && wp_export_to_path(t->st, campaign_id, format, NULL, &opts, path, &err) != 0)
		tui_message(t, true, "%s", err.msg);
	else if (go)
		tui_message(t, false, _("Written to %s"), path);
	else
		tui_message(t, false, _("Nothing written: %s is kept."), path);
	free(path);
}
