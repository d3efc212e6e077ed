/* export.c - the export formats by name (see export.h). */
#include "config.h"

#include <string.h>

#include "export.h"

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
	return wp_err_set(err, "format '%s' is not one of json, ics, xlsx, csv, html", name);
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
