/* notice-docx-lib.c - libzip and libxml2 loaded at the first zip read
 * (see notice-docx-lib.h), and what the reader reads of a parsed part
 * without them. */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "i18n-core.h"
#include "lazylib.h"
#include "notice-docx-lib.h"

static const struct wp_lazylib_sym zip_syms[] = {
#define WP_DOCX_LIB_SYM(name) WP_LAZYLIB_SYM(struct wp_docx_lib, name),
	WP_DOCX_ZIP_FUNCTIONS(WP_DOCX_LIB_SYM)
};

static const struct wp_lazylib_sym xml_syms[] = {
	WP_DOCX_XML_FUNCTIONS(WP_DOCX_LIB_SYM)
#undef WP_DOCX_LIB_SYM
};

int wp_docx_lib_load(struct wp_docx_lib *docx, wp_err *err)
{
	static const struct wp_lazylib zip = {
		.soname = WP_LIBZIP_SONAME,
		.package = WP_LIBZIP_PACKAGE,
		.purpose = WP_N_("reading Word (.docx) files"),
		.syms = zip_syms,
		.nsyms = sizeof zip_syms / sizeof zip_syms[0],
	};
	static const struct wp_lazylib xml = {
		.soname = WP_LIBXML_SONAME,
		.package = WP_LIBXML_PACKAGE,
		.purpose = WP_N_("reading Word (.docx) files"),
		.syms = xml_syms,
		.nsyms = sizeof xml_syms / sizeof xml_syms[0],
	};
	if (wp_lazylib_load(&zip, docx, err) != 0)
		return -1;
	return wp_lazylib_load(&xml, docx, err);
}

xmlNode *wp_docx_root(const xmlDoc *doc)
{
	for (xmlNode *n = doc ? doc->children : NULL; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE)
			return n;
	return NULL;
}

static bool is_attr(const xmlAttr *a, const char *name, const char *ns)
{
	if (strcmp((const char *)a->name, name) != 0)
		return false;
	if (!ns)
		return a->ns == NULL;
	return a->ns && a->ns->href && strcmp((const char *)a->ns->href, ns) == 0;
}

/* An attribute's value is its children's text: the parser has replaced
 * character and predefined entity references, and without a DTD there
 * is no other entity. */
xmlChar *wp_docx_prop(const xmlNode *node, const char *name, const char *ns)
{
	if (!node || node->type != XML_ELEMENT_NODE)
		return NULL;
	for (const xmlAttr *a = node->properties; a; a = a->next) {
		if (!is_attr(a, name, ns))
			continue;
		wp_buf value = WP_BUF_INIT;
		for (const xmlNode *t = a->children; t; t = t->next)
			if ((t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE) && t->content)
				wp_buf_puts(&value, (const char *)t->content);
		char *s = wp_buf_take(&value);
		return (xmlChar *)(s ? s : wp_xstrdup(""));
	}
	return NULL;
}
