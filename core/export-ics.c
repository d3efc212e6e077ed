/* export-ics.c - a campaign as ics (see export.h). */
#include "config.h"

#include "export.h"

int wp_export_ics(const wp_share *share, const wp_export_opts *opts, FILE *out, wp_err *err)
{
	(void)share, (void)opts, (void)out;
	return wp_err_set(err, "the ics export is not written yet");
}
