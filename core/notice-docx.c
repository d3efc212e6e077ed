/* notice-docx.c - a .docx opened (libzip), its parts parsed (libxml2)
 * under the bounds of notice-docx.h, and its text made (see
 * notice-docx-body.c); a PDF handed to notice-pdf.c; other documents
 * recognised and refused. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <zip.h>

#include "alloc.h"
#include "buf.h"
#include "i18n-core.h"
#include "notice-docx-lib.h"
#include "notice-docx-parts.h"
#include "notice-docx.h"
#include "notice-pdf.h"
#include "notice-text.h"

/* Page headers looked at for the document number. */
#define MAX_HEADERS 8

#define CONVERT_HINT "soffice --headless --convert-to docx FILE"

/* An open .docx: the zip and what has been unpacked from it so far,
 * and the libraries that read it (loaded by open_zip). */
struct docx {
	zip_t *zip;
	size_t unpacked;
	struct wp_docx_lib lib;
};

static int open_zip(struct docx *d, const char *bytes, size_t len, wp_err *err)
{
	if (wp_docx_lib_load(&d->lib, err) != 0)
		return -1;
	zip_error_t ze;
	d->lib.zip_error_init(&ze);
	zip_source_t *src = d->lib.zip_source_buffer_create(bytes, len, 0, &ze);
	d->zip = src ? d->lib.zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze) : NULL;
	if (src && !d->zip)
		d->lib.zip_source_free(src);
	d->lib.zip_error_fini(&ze);
	if (!d->zip)
		return wp_err_set(err, WP_TR("the .docx is damaged or cut short (not a readable zip archive)"));
	zip_int64_t n = d->lib.zip_get_num_entries(d->zip, 0);
	if (n < 0 || n > WP_DOCX_MAX_ENTRIES) {
		d->lib.zip_discard(d->zip);
		d->zip = NULL;
		return wp_err_set(err, WP_TR("the .docx holds too many parts (over %d): refused"), WP_DOCX_MAX_ENTRIES);
	}
	return 0;
}

static void close_zip(struct docx *d)
{
	if (d->zip)
		d->lib.zip_discard(d->zip);
	d->zip = NULL;
}

/* Unpacks entry i into out, in chunks, counting what it really gives
 * (not the size the zip claims): at most WP_DOCX_MAX_PART, and the
 * document's total at most WP_DOCX_MAX_UNPACKED. */
static int unpack(struct docx *d, zip_uint64_t i, wp_buf *out, wp_err *err)
{
	zip_stat_t st;
	d->lib.zip_stat_init(&st);
	if (d->lib.zip_stat_index(d->zip, i, 0, &st) != 0)
		return wp_err_set(err, WP_TR("the .docx is damaged (a part cannot be read)"));
	if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
		return wp_err_set(err, WP_TR("the .docx is encrypted: save it again without a password"));
	if ((st.valid & ZIP_STAT_SIZE) && st.size > WP_DOCX_MAX_PART)
		return wp_err_set(err, WP_TR("a part of the .docx unpacks to more than %zu MiB: refused"),
				  WP_DOCX_MAX_PART >> 20);
	zip_file_t *f = d->lib.zip_fopen_index(d->zip, i, 0);
	if (!f)
		return wp_err_set(err, WP_TR("the .docx is damaged (a part cannot be read)"));
	char chunk[65536];
	zip_int64_t n;
	int rc = 0;
	while ((n = d->lib.zip_fread(f, chunk, sizeof chunk)) > 0) {
		d->unpacked += (size_t)n;
		if (out->len + (size_t)n > WP_DOCX_MAX_PART || d->unpacked > WP_DOCX_MAX_UNPACKED) {
			rc = wp_err_set(err, WP_TR("the .docx unpacks to more than %zu MiB: refused"),
					(out->len + (size_t)n > WP_DOCX_MAX_PART ? WP_DOCX_MAX_PART : WP_DOCX_MAX_UNPACKED) >> 20);
			break;
		}
		wp_buf_append(out, chunk, (size_t)n);
	}
	if (n < 0 && rc == 0)
		rc = wp_err_set(err, WP_TR("the .docx is damaged (a part fails its check)"));
	d->lib.zip_fclose(f);
	return rc;
}

/* What parse hands refuse_doctype (through the parser's _private): the
 * loaded libxml2, and where to say a DOCTYPE was met. */
struct parse_state {
	const struct wp_docx_lib *lib;
	bool doctype;
};

/* Set when a part declares a document type: the parse stops there,
 * before any entity is declared. */
static void refuse_doctype(void *ctx, const xmlChar *name, const xmlChar *external_id, const xmlChar *system_id)
{
	(void)name, (void)external_id, (void)system_id;
	xmlParserCtxtPtr ctxt = ctx;
	struct parse_state *state = ctxt->_private;
	state->doctype = true;
	state->lib->xmlStopParser(ctxt);
}

/* Parses a part: no network, no DTD, no entity substitution, no
 * message written anywhere; a DOCTYPE refuses it. Caller frees the
 * document (xmlFreeDoc). */
static xmlDoc *parse(const struct wp_docx_lib *lib, const wp_buf *xml, const char *name, wp_err *err)
{
	xmlParserCtxtPtr ctxt = lib->xmlNewParserCtxt();
	if (!ctxt) {
		wp_err_set(err, WP_TR("cannot parse %s: out of memory"), name);
		return NULL;
	}
	struct parse_state state = {lib, false};
	ctxt->_private = &state;
	ctxt->sax->internalSubset = refuse_doctype;
	ctxt->sax->externalSubset = refuse_doctype;
	xmlDoc *doc = lib->xmlCtxtReadMemory(ctxt, xml->data ? xml->data : "", (int)xml->len, name, NULL,
					     XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (state.doctype || (doc && doc->intSubset)) {
		lib->xmlFreeDoc(doc);
		doc = NULL;
		wp_err_set(err, WP_TR("%s in the .docx declares a DOCTYPE (entities), which Word never writes: refused"), name);
	} else if (!doc) {
		xmlErrorPtr e = lib->xmlCtxtGetLastError(ctxt);
		wp_err_set(err, WP_TR("%s in the .docx is not well-formed XML (line %d)"), name, e ? e->line : 0);
	}
	lib->xmlFreeParserCtxt(ctxt);
	return doc;
}

/* The part named name parsed, NULL (and no error) when the .docx has
 * none; -1 on error. */
static int load(struct docx *d, const char *name, xmlDoc **doc, wp_err *err)
{
	*doc = NULL;
	zip_int64_t i = d->lib.zip_name_locate(d->zip, name, 0);
	if (i < 0)
		return 0;
	wp_buf xml = WP_BUF_INIT;
	int rc = unpack(d, (zip_uint64_t)i, &xml, err);
	if (rc == 0 && !(*doc = parse(&d->lib, &xml, name, err)))
		rc = -1;
	wp_buf_free(&xml);
	return rc;
}

/* A line that reads as a document number: 鹿市监发〔2026〕3号. */
static bool doc_number_like(const char *line)
{
	bool brackets = (wp_str_find(line, "〔") && wp_str_find(line, "〕")) ||
			(wp_str_find(line, "[") && wp_str_find(line, "]")) ||
			(wp_str_find(line, "［") && wp_str_find(line, "］"));
	return brackets && wp_str_ends(line, "号") && strlen(line) < 120;
}

/* The document number a page header carries (the red header's 〔2026〕3号
 * often sits there, not in the body), or NULL. Caller frees. */
static char *header_doc_number(struct docx *d, wp_err *err, int *rc)
{
	char *found = NULL;
	int headers = 0;
	zip_int64_t n = d->lib.zip_get_num_entries(d->zip, 0);
	for (zip_int64_t i = 0; i < n && !found && headers < MAX_HEADERS && *rc == 0; i++) {
		const char *name = d->lib.zip_get_name(d->zip, (zip_uint64_t)i, 0);
		if (!name || strncmp(name, "word/header", 11) != 0 || !wp_str_ends(name, ".xml"))
			continue;
		headers++;
		xmlDoc *doc;
		if ((*rc = load(d, name, &doc, err)) != 0 || !doc)
			break;
		wp_buf text = WP_BUF_INIT;
		wp_docx_plain_text(doc, &text);
		d->lib.xmlFreeDoc(doc);
		for (char *line = text.data, *next; line && *line && !found; line = next) {
			next = strchr(line, '\n');
			if (next)
				*next++ = '\0';
			char *s = wp_str_nospace(line);
			if (doc_number_like(s))
				found = s;
			else
				free(s);
		}
		wp_buf_free(&text);
	}
	return found;
}

/* The text of the open .docx d into out. */
static int docx_text(struct docx *d, wp_buf *out, wp_err *err)
{
	xmlDoc *doc = NULL, *numbering = NULL, *styles = NULL;
	int rc = load(d, "word/document.xml", &doc, err);
	if (rc == 0 && !doc)
		rc = wp_err_set(err, WP_TR("this zip archive is not a .docx (it holds no word/document.xml)"));
	if (rc == 0)
		rc = load(d, "word/numbering.xml", &numbering, err);
	if (rc == 0)
		rc = load(d, "word/styles.xml", &styles, err);
	struct wp_docx_numbering *nb = rc == 0 ? wp_docx_numbering_new(numbering, styles) : NULL;
	wp_buf body = WP_BUF_INIT;
	if (rc == 0)
		rc = wp_docx_body_text(doc, nb, WP_NOTICE_MAX_BYTES, &body, err);
	char *number = rc == 0 ? header_doc_number(d, err, &rc) : NULL;
	if (rc == 0) {
		if (number && !wp_str_find(wp_buf_str(&body), number))
			wp_buf_printf(out, "%s\n", number);
		wp_buf_puts(out, wp_buf_str(&body));
	}
	free(number);
	wp_buf_free(&body);
	wp_docx_numbering_free(nb);
	d->lib.xmlFreeDoc(doc);
	d->lib.xmlFreeDoc(numbering);
	d->lib.xmlFreeDoc(styles);
	return rc;
}

static int finish(int rc, wp_buf *out, char **text, size_t *text_len)
{
	if (rc != 0) {
		wp_buf_free(out);
		return -1;
	}
	*text_len = out->len;
	*text = wp_buf_take(out);
	if (!*text)
		*text = wp_xstrdup("");
	return WP_NOTICE_DOCX;
}

int wp_docx_text(const char *bytes, size_t len, char **text, size_t *text_len, wp_err *err)
{
	struct docx d = {.zip = NULL};
	wp_buf out = WP_BUF_INIT;
	*text = NULL;
	if (open_zip(&d, bytes, len, err) != 0)
		return -1;
	int rc = docx_text(&d, &out, err);
	close_zip(&d);
	return finish(rc, &out, text, text_len) < 0 ? -1 : 0;
}

/* Does the zip hold an OpenDocument (its first entry, mimetype, says so)? */
static bool open_document(struct docx *d)
{
	zip_int64_t i = d->lib.zip_name_locate(d->zip, "mimetype", 0);
	wp_buf type = WP_BUF_INIT;
	wp_err ignored;
	bool odf = i >= 0 && unpack(d, (zip_uint64_t)i, &type, &ignored) == 0 &&
		   wp_str_starts(wp_buf_str(&type), "application/vnd.oasis.opendocument");
	wp_buf_free(&type);
	return odf;
}

/* A zip: a .docx is read, anything else refused saying what it is. */
static int zip_document(const char *bytes, size_t len, char **text, size_t *text_len, wp_err *err)
{
	struct docx d = {.zip = NULL};
	wp_buf out = WP_BUF_INIT;
	if (open_zip(&d, bytes, len, err) != 0)
		return -1;
	int rc;
	if (d.lib.zip_name_locate(d.zip, "word/document.xml", 0) >= 0)
		rc = docx_text(&d, &out, err);
	else if (open_document(&d))
		rc = wp_err_set(err, WP_TR("an OpenDocument file (.odt), not a .docx: convert it with LibreOffice (%s)"),
				CONVERT_HINT);
	else
		rc = wp_err_set(err, WP_TR("this zip archive is not a .docx (it holds no word/document.xml)"));
	close_zip(&d);
	return finish(rc, &out, text, text_len);
}

/* Does an OLE compound file hold the stream of an encrypted .docx?
 * (Its directory names streams in UTF-16LE.) */
static bool ole_encrypted(const char *bytes, size_t len)
{
	static const char name[] = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0";
	size_t n = sizeof name - 1;
	for (size_t i = 0; i + n <= len; i++)
		if (bytes[i] == 'E' && memcmp(bytes + i, name, n) == 0)
			return true;
	return false;
}

const char *wp_notice_convertible(const char *bytes, size_t len)
{
	if (len >= 8 && memcmp(bytes, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) == 0)
		return ole_encrypted(bytes, len) ? NULL : "doc";
	if (len >= 5 && memcmp(bytes, "{\\rtf", 5) == 0)
		return "rtf";
	if (len >= 4 && memcmp(bytes, "PK\3\4", 4) == 0) {
		struct docx d = {.zip = NULL};
		wp_err ignored;
		if (open_zip(&d, bytes, len, &ignored) != 0)
			return NULL;
		bool odf = d.lib.zip_name_locate(d.zip, "word/document.xml", 0) < 0 && open_document(&d);
		close_zip(&d);
		return odf ? "odt" : NULL;
	}
	return NULL;
}

int wp_notice_document_text(const char *bytes, size_t len, char **text, size_t *text_len, wp_err *err)
{
	*text = NULL;
	*text_len = 0;
	if (len >= 4 && (memcmp(bytes, "PK\3\4", 4) == 0 || memcmp(bytes, "PK\5\6", 4) == 0))
		return zip_document(bytes, len, text, text_len, err);
	if (len >= 8 && memcmp(bytes, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) == 0) {
		if (ole_encrypted(bytes, len))
			return wp_err_set(err, WP_TR("the document is encrypted or not a .docx (a password-protected Word file): save it again without a password"));
		return wp_err_set(err, WP_TR("an old Word or WPS document (.doc, .wps), not a .docx: convert it with LibreOffice (%s)"),
				  CONVERT_HINT);
	}
	if (wp_pdf_is(bytes, len))
		return wp_pdf_text(bytes, len, text, text_len, err) == 0 ? WP_NOTICE_PDF : -1;
	if (len >= 5 && memcmp(bytes, "{\\rtf", 5) == 0)
		return wp_err_set(err, WP_TR("an RTF document, not a .docx: convert it with LibreOffice (%s)"), CONVERT_HINT);
	return 0;
}
