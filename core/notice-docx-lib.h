/* notice-docx-lib.h - the libzip and libxml2 functions the .docx reader
 * calls, loaded when a zip is read (lazylib.h) instead of linked: they
 * bring ICU, libcrypto, bzip2 and lzma, which a run that reads no .docx
 * never needs.
 *
 * Each pointer has the type of the function its header declares, so a
 * header whose signature changes fails the build here rather than at
 * run time.
 *
 * The walk over a parsed part (notice-docx-body.c, -numbering.c) reads
 * libxml2's tree without calling it: its root element and attributes
 * come from the two functions below, which need no library. */
#ifndef WP_NOTICE_DOCX_LIB_H
#define WP_NOTICE_DOCX_LIB_H

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include "err.h"

#define WP_DOCX_ZIP_FUNCTIONS(X) \
	X(zip_discard) \
	X(zip_error_fini) \
	X(zip_error_init) \
	X(zip_fclose) \
	X(zip_fopen_index) \
	X(zip_fread) \
	X(zip_get_name) \
	X(zip_get_num_entries) \
	X(zip_name_locate) \
	X(zip_open_from_source) \
	X(zip_source_buffer_create) \
	X(zip_source_free) \
	X(zip_stat_index) \
	X(zip_stat_init)

#define WP_DOCX_XML_FUNCTIONS(X) \
	X(xmlCtxtGetLastError) \
	X(xmlCtxtReadMemory) \
	X(xmlFreeDoc) \
	X(xmlFreeParserCtxt) \
	X(xmlNewParserCtxt) \
	X(xmlStopParser)

struct wp_docx_lib {
#define WP_DOCX_LIB_POINTER(name) __typeof__(&name) name;
	WP_DOCX_ZIP_FUNCTIONS(WP_DOCX_LIB_POINTER)
	WP_DOCX_XML_FUNCTIONS(WP_DOCX_LIB_POINTER)
#undef WP_DOCX_LIB_POINTER
};

/* Fills docx (the caller's) with libzip's and libxml2's functions: 0, or
 * -1 with err ("reading Word (.docx) files needs libzip4 ...") when one
 * is not installed. The pointers stay valid for the life of the process. */
int wp_docx_lib_load(struct wp_docx_lib *docx, wp_err *err);

/* The root element of doc (as xmlDocGetRootElement), or NULL; NULL doc
 * gives NULL. Points into doc. */
xmlNode *wp_docx_root(const xmlDoc *doc);

/* The value of node's attribute name in namespace ns (as xmlGetNsProp,
 * for a document without a DTD, which the reader refuses): a copy the
 * caller frees with free(), or NULL when node has no such attribute. */
xmlChar *wp_docx_prop(const xmlNode *node, const char *name, const char *ns);

#endif
