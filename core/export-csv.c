/* export-csv.c - a campaign as csv (see export.h). */
#include "config.h"

#include "export.h"

int wp_export_csv(const wp_share *share, const wp_export_opts *opts, FILE *out, wp_err *err)
{
	(void)share, (void)opts, (void)out;
	return wp_err_set(err, "the csv export is not written yet");
}
