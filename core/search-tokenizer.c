#include "config.h"

#include <string.h>

#include "search-tokenizer.h"

/* A word longer than this is indexed by its first bytes: the same cut
 * applies to documents and queries, so it only widens the candidates. */
#define WORD_MAX 64

typedef int token_fn(void *ctx, int flags, const char *tok, int n, int start, int end);

/* Length of the UTF-8 character at s (at most left bytes); a broken
 * sequence counts as one byte so that any input tokenizes. */
static int char_len(const unsigned char *s, int left)
{
	int n = s[0] >= 0xf0 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc0 ? 2 : 1;
	if (n > left)
		return 1;
	for (int i = 1; i < n; i++)
		if ((s[i] & 0xc0) != 0x80)
			return 1;
	return n;
}

static bool is_word_byte(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* An ASCII word at [start, end): lower-cased, cut at WORD_MAX. */
static int emit_word(const char *text, int start, int end, void *ctx, token_fn *tok)
{
	char buf[WORD_MAX];
	int n = 0;
	for (int i = start; i < end && n < WORD_MAX; i++) {
		char c = text[i];
		buf[n++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
	}
	return tok(ctx, 0, buf, n, start, end);
}

/* A run of non-ASCII characters at [start, end): per character its
 * bigram with the next one, then the character alone at the same
 * position. A query drops the bigrams' colocated single characters (the
 * bigram implies them) except for the run's last character. */
static int emit_run(const char *text, int start, int end, bool query, void *ctx, token_fn *tok)
{
	const unsigned char *u = (const unsigned char *)text;
	for (int i = start; i < end;) {
		int n1 = char_len(u + i, end - i);
		int next = i + n1;
		int rc = SQLITE_OK;
		if (next < end) {
			int n2 = char_len(u + next, end - next);
			rc = tok(ctx, 0, text + i, n1 + n2, i, next + n2);
			if (rc == SQLITE_OK && !query)
				rc = tok(ctx, FTS5_TOKEN_COLOCATED, text + i, n1, i, next);
		} else {
			rc = tok(ctx, 0, text + i, n1, i, next);
		}
		if (rc != SQLITE_OK)
			return rc;
		i = next;
	}
	return SQLITE_OK;
}

static int tokenize(const char *text, int len, bool query, void *ctx, token_fn *tok)
{
	const unsigned char *u = (const unsigned char *)text;
	int i = 0;
	while (i < len) {
		int start = i, rc = SQLITE_OK;
		if (u[i] >= 0x80) {
			while (i < len && u[i] >= 0x80)
				i += char_len(u + i, len - i);
			rc = emit_run(text, start, i, query, ctx, tok);
		} else if (is_word_byte(u[i])) {
			while (i < len && is_word_byte(u[i]))
				i++;
			if (!query || (start > 0 && i < len))
				rc = emit_word(text, start, i, ctx, tok);
		} else {
			i++;
		}
		if (rc != SQLITE_OK)
			return rc;
	}
	return SQLITE_OK;
}

/* The tokenizer keeps no state: any non-NULL handle will do. */
static int tok_create(void *ctx, const char **argv, int argc, Fts5Tokenizer **out)
{
	(void)argv;
	(void)argc;
	*out = (Fts5Tokenizer *)ctx;
	return SQLITE_OK;
}

static void tok_delete(Fts5Tokenizer *t)
{
	(void)t;
}

static int tok_tokenize(Fts5Tokenizer *t, void *ctx, int flags, const char *text, int len,
			token_fn *tok)
{
	(void)t;
	return tokenize(text, len, (flags & FTS5_TOKENIZE_QUERY) != 0, ctx, tok);
}

/* FTS5 hands out its API only through SQL, as a pointer bound to a
 * statement (sqlite.org/fts5.html#extending_fts5). */
static fts5_api *fts5_api_of(sqlite3 *db)
{
	fts5_api *api = NULL;
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &s, NULL) == SQLITE_OK) {
		sqlite3_bind_pointer(s, 1, (void *)&api, "fts5_api_ptr", NULL);
		sqlite3_step(s);
	}
	sqlite3_finalize(s);
	return api;
}

int wp_search_tokenizer_register(sqlite3 *db, wp_err *err)
{
	static fts5_tokenizer methods = { tok_create, tok_delete, tok_tokenize };
	fts5_api *api = fts5_api_of(db);
	if (!api) {
		wp_err_set(err, "this SQLite has no FTS5, which search needs");
		return -1;
	}
	/* The handle only has to be non-NULL; the methods ignore it. */
	if (api->xCreateTokenizer(api, WP_SEARCH_TOKENIZER, &methods, &methods, NULL) !=
	    SQLITE_OK) {
		wp_err_set(err, "cannot register the search tokenizer: %s", sqlite3_errmsg(db));
		return -1;
	}
	return 0;
}

static int count_token(void *ctx, int flags, const char *tok, int n, int start, int end)
{
	(void)flags;
	(void)tok;
	(void)n;
	(void)start;
	(void)end;
	++*(int *)ctx;
	return SQLITE_OK;
}

/* True if text is well-formed UTF-8. A broken sequence is matched by
 * byte by instr() (it may be the start of a character), which tokens of
 * whole characters cannot follow. */
static bool well_formed(const unsigned char *u, int len)
{
	for (int i = 0; i < len;) {
		int n = char_len(u + i, len - i);
		if (u[i] >= 0x80 && (n == 1 || u[i] >= 0xf8))
			return false;
		i += n;
	}
	return true;
}

bool wp_search_query_has_terms(const char *text)
{
	if (!well_formed((const unsigned char *)text, (int)strlen(text)))
		return false;
	int count = 0;
	tokenize(text, (int)strlen(text), true, &count, count_token);
	return count > 0;
}
