/* export-html.c - a campaign as html (see export.h). */
#include "config.h"

#include "export.h"

int wp_export_html(const wp_share *share, const wp_export_opts *opts, FILE *out, wp_err *err)
{
	(void)share, (void)opts, (void)out;
	return wp_err_set(err, "the html export is not written yet");
}
