/* export.c - the export formats by name (see export.h). */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "export.h"
#include "i18n-core.h"
#include "plan.h"
#include "text.h"

static const struct {
	const char *name, *ext;
	bool text;
} formats[] = {
	[WP_EXPORT_JSON] = {"json", "json", true},
	[WP_EXPORT_ICS] = {"ics", "ics", true},
	[WP_EXPORT_XLSX] = {"xlsx", "xlsx", false},
	[WP_EXPORT_CSV] = {"csv", "csv", true},
	[WP_EXPORT_HTML] = {"html", "html", true},
};

int wp_export_format_parse(const char *name, enum wp_export_format *out, wp_err *err)
{
	for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
		if (strcmp(name, formats[i].name) == 0) {
			*out = (enum wp_export_format)i;
			return 0;
		}
	return wp_err_set(err, WP_TR("format '%s' is not one of json, ics, xlsx, csv, html"), name);
}

const char *wp_export_format_name(enum wp_export_format format)
{
	return formats[format].name;
}

const char *wp_export_format_ext(enum wp_export_format format)
{
	return formats[format].ext;
}

bool wp_export_format_is_text(enum wp_export_format format)
{
	return formats[format].text;
}

/* The plan file: a forbidden character an old database may hold is
 * written as \u009b, which keeps the JSON exact (its import then says
 * which field holds it). */
static int write_json(struct wp_store *st, int64_t campaign_id, FILE *out, wp_err *err)
{
	char *json = wp_plan_export(st, campaign_id, err);
	if (!json)
		return -1;
	wp_buf safe = WP_BUF_INIT;
	wp_text_put_escaped(&safe, json, WP_ESCAPE_JSON);
	fputs(wp_buf_str(&safe), out);
	wp_buf_free(&safe);
	free(json);
	return 0;
}

/* Writes the format to out, or for the workbook to path. */
static int write_format(struct wp_store *st, int64_t campaign_id, enum wp_export_format format,
			const char *unit, const wp_export_opts *opts, FILE *out, const char *path,
			wp_err *err)
{
	if (format == WP_EXPORT_JSON) {
		if (unit)
			return wp_err_set(err, "%s", WP_TR("--unit cuts a calendar, workbook or page, "
							   "not the plan file"));
		return write_json(st, campaign_id, out, err);
	}
	wp_share share;
	if (wp_share_load(st, campaign_id, unit, &share, err) != 0)
		return -1;
	int rc;
	switch (format) {
	case WP_EXPORT_ICS:
		rc = wp_export_ics(&share, opts, out, err);
		break;
	case WP_EXPORT_CSV:
		rc = wp_export_csv(&share, opts, out, err);
		break;
	case WP_EXPORT_HTML:
		rc = wp_export_html(&share, opts, out, err);
		break;
	default:
		rc = path ? wp_export_xlsx(&share, opts, path, err)
			  : wp_err_set(err, WP_TR("%s is a workbook, not text: give a file"),
				       wp_export_format_name(format));
	}
	wp_share_clear(&share);
	return rc;
}

int wp_export_to_stream(struct wp_store *st, int64_t campaign_id, enum wp_export_format format,
			const char *unit, const wp_export_opts *opts, FILE *out, wp_err *err)
{
	return write_format(st, campaign_id, format, unit, opts, out, NULL, err);
}

/* Gives the finished temporary file the mode of a new file and its name. */
static int put_in_place(const char *tmp, const char *path, wp_err *err)
{
	mode_t mask = umask(0);
	umask(mask);
	if (chmod(tmp, 0666 & ~mask) != 0 || rename(tmp, path) != 0)
		return wp_err_set(err, "%s: %s", path, strerror(errno));
	return 0;
}

int wp_export_to_path(struct wp_store *st, int64_t campaign_id, enum wp_export_format format,
		      const char *unit, const wp_export_opts *opts, const char *path, wp_err *err)
{
	wp_buf tmp = WP_BUF_INIT;
	wp_buf_printf(&tmp, "%s.XXXXXX", path);
	int fd = mkstemp(tmp.data);
	if (fd < 0) {
		wp_buf_free(&tmp);
		return wp_err_set(err, "%s: %s", path, strerror(errno));
	}
	FILE *out = fdopen(fd, "wb");
	int rc;
	if (!out) {
		rc = wp_err_set(err, "%s: %s", path, strerror(errno));
		close(fd);
	} else {
		rc = write_format(st, campaign_id, format, unit, opts, out, tmp.data, err);
		if (fclose(out) != 0 && rc == 0)
			rc = wp_err_set(err, "%s: %s", path, strerror(errno));
	}
	if (rc == 0)
		rc = put_in_place(tmp.data, path, err);
	if (rc != 0)
		unlink(tmp.data);
	wp_buf_free(&tmp);
	return rc;
}
