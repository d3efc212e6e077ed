/* export-xlsx.c - a campaign as an Excel workbook (see export.h). */
#include "config.h"

#include "export.h"

int wp_export_xlsx(const wp_share *share, const wp_export_opts *opts, const char *path,
		   wp_err *err)
{
	(void)share, (void)opts, (void)path;
	return wp_err_set(err, "the xlsx export is not written yet");
}
