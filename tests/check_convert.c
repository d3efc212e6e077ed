/* check_convert.c - loading a notice file that LibreOffice converts
 * first (core/notice-convert.h), with stand-ins for soffice: small
 * scripts that do what LibreOffice does (write out/notice.docx), fail,
 * write nothing, or hang with a child of their own. The conversion by
 * the real LibreOffice is tested in tests/convert-cli.sh. */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <sys/stat.h>
#include <time.h>

#include "notice-convert.h"
#include "notice-docx.h"
#include "notice.h"
#include "testutil.h"

#define DOCX "tests/fixtures/docx/"
#define MAX ((size_t)1 << 24)

/* The directory of the test's own files (scripts, TMPDIR), made once. */
static char work[256];

/* A fixture's path: relative to the source tree ($top_srcdir), which is
 * not the working directory in a build of its own (make distcheck). The
 * last four paths made stay valid. */
static const char *src(const char *rel)
{
	static char path[4][512];
	static int next;
	const char *top = getenv("top_srcdir");
	char *p = path[next++ % 4];
	snprintf(p, sizeof path[0], "%s/%s", top && *top ? top : ".", rel);
	return p;
}

static void setup(void)
{
	snprintf(work, sizeof work, "/tmp/check-convert-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(work));
	char tmp[300];
	snprintf(tmp, sizeof tmp, "%s/tmp", work);
	ck_assert_int_eq(mkdir(tmp, 0700), 0);
	/* the conversion's private directory is made under TMPDIR */
	setenv("TMPDIR", tmp, 1);
}

static void teardown(void)
{
	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", work);
	ck_assert_int_eq(system(cmd), 0);
}

/* Writes an executable script work/name with body; returns its path. */
static const char *script(const char *name, const char *body)
{
	static char path[300];
	snprintf(path, sizeof path, "%s/%s", work, name);
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fprintf(f, "#!/bin/sh\n%s\n", body);
	ck_assert_int_eq(fclose(f), 0);
	ck_assert_int_eq(chmod(path, 0755), 0);
	return path;
}

/* A stand-in that takes its arguments as soffice does, records them, and
 * writes the .docx given in its environment where soffice would. */
#define FAKE_SOFFICE                                                            \
	"log=\"$(dirname \"$0\")/args\"; : >\"$log\"\n"                          \
	"while [ $# -gt 0 ]; do printf '%s\\n' \"$1\" >>\"$log\";\n"             \
	"  case $1 in --outdir) outdir=$2;; esac; last=$1; shift; done\n"        \
	"test -f \"$last\" || exit 9\n"                                          \
	"mkdir -p \"$outdir\" && cp \"$FAKE_DOCX\" \"$outdir/notice.docx\""

/* Is TMPDIR empty again (the private directory removed)? */
static bool tmpdir_empty(void)
{
	char cmd[400];
	snprintf(cmd, sizeof cmd, "test -z \"$(ls -A '%s/tmp')\"", work);
	return system(cmd) == 0;
}

static char *slurp(const char *path, size_t *len)
{
	wp_err err;
	char *bytes = wp_read_file(path[0] == '/' ? path : src(path), MAX, len, &err);
	ck_assert_msg(bytes != NULL, "%s", err.msg);
	return bytes;
}

/* An old Word file in a temp file: the OLE signature and a stream name. */
static const char *old_word_file(void)
{
	static char path[300];
	snprintf(path, sizeof path, "%s/notice.doc", work);
	FILE *f = fopen(path, "wb");
	ck_assert_ptr_nonnull(f);
	fwrite("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 1, 8, f);
	fwrite("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", 1, 24, f);
	ck_assert_int_eq(fclose(f), 0);
	return path;
}

START_TEST(recognises_what_libreoffice_converts_by_content)
{
	size_t len;
	char *b = slurp(DOCX "bad-old.doc", &len);
	ck_assert_str_eq(wp_notice_convertible(b, len), "doc");
	free(b);
	b = slurp(DOCX "bad-notice.odt", &len);
	ck_assert_str_eq(wp_notice_convertible(b, len), "odt");
	free(b);
	b = slurp(DOCX "bad-notice.rtf", &len);
	ck_assert_str_eq(wp_notice_convertible(b, len), "rtf");
	free(b);
	/* read directly, or refused with no conversion that could help */
	const char *not_converted[] = {DOCX "seed-001.docx", DOCX "bad-encrypted.docx",
				       "tests/fixtures/pdf/seed-001.pdf",
				       "tests/fixtures/notices/001_2e61a39d674edb67.txt"};
	for (size_t i = 0; i < sizeof not_converted / sizeof *not_converted; i++) {
		b = slurp(not_converted[i], &len);
		ck_assert_msg(wp_notice_convertible(b, len) == NULL, "%s", not_converted[i]);
		free(b);
	}
}
END_TEST

START_TEST(gives_a_file_the_reader_reads_as_it_is)
{
	wp_notice_file file;
	wp_err err;
	/* a program that must not run: nothing here needs converting */
	const char *never = script("never", "touch \"$(dirname \"$0\")/ran\"; exit 1");
	ck_assert_int_eq(wp_notice_file_load(src(DOCX "seed-001.docx"), MAX, never, &file, &err), 0);
	size_t len;
	char *direct = slurp(DOCX "seed-001.docx", &len);
	ck_assert_uint_eq(file.len, len);
	ck_assert(memcmp(file.bytes, direct, len) == 0);
	ck_assert_ptr_null(file.converted_from);
	free(direct);
	wp_notice_file_free(&file);
	char ran[300];
	snprintf(ran, sizeof ran, "%s/ran", work);
	ck_assert_int_ne(access(ran, F_OK), 0);
}
END_TEST

START_TEST(converts_in_a_private_directory_and_removes_it)
{
	setenv("FAKE_DOCX", src(DOCX "seed-001.docx"), 1);
	const char *fake = script("soffice", FAKE_SOFFICE);
	wp_notice_file file;
	wp_err err;
	int rc = wp_notice_file_load(old_word_file(), MAX, fake, &file, &err);
	ck_assert_msg(rc == 0, "%s", err.msg);
	ck_assert_str_eq(file.converted_from, "doc");
	size_t len;
	char *docx = slurp(DOCX "seed-001.docx", &len);
	ck_assert_uint_eq(file.len, len);
	ck_assert(memcmp(file.bytes, docx, len) == 0);
	free(docx);
	wp_notice_file_free(&file);
	/* asked as LibreOffice is asked, with a profile of its own under
	 * TMPDIR so a user's running LibreOffice does not take the job */
	char log[300];
	snprintf(log, sizeof log, "%s/args", work);
	char *args = slurp(log, &len);
	ck_assert_ptr_nonnull(strstr(args, "--headless\n"));
	ck_assert_ptr_nonnull(strstr(args, "--convert-to\ndocx\n"));
	char profile[400];
	snprintf(profile, sizeof profile, "-env:UserInstallation=file://%s/tmp/weekplan-convert-", work);
	ck_assert_msg(strstr(args, profile) != NULL, "%s", args);
	ck_assert_ptr_nonnull(strstr(args, "/notice.doc\n"));
	free(args);
	ck_assert_msg(tmpdir_empty(), "the private directory was left behind");
}
END_TEST

START_TEST(says_how_to_install_libreoffice_when_it_is_missing)
{
	wp_notice_file file;
	wp_err err;
	char missing[300];
	snprintf(missing, sizeof missing, "%s/no-such-soffice", work);
	ck_assert_int_eq(wp_notice_file_load(old_word_file(), MAX, missing, &file, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "not installed"));
	ck_assert_ptr_nonnull(strstr(err.msg, "libreoffice-writer-nogui"));
	ck_assert_ptr_nonnull(strstr(err.msg, "soffice --headless --convert-to docx"));
	ck_assert_ptr_null(strchr(err.msg, '\n'));
	/* found through PATH when given by name, as soffice is */
	ck_assert_int_eq(wp_notice_file_load(old_word_file(), MAX, "weekplan-no-such-soffice", &file,
					     &err),
			 -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "libreoffice-writer-nogui"));
	ck_assert(tmpdir_empty());
}
END_TEST

START_TEST(reports_a_conversion_that_fails_or_writes_nothing)
{
	wp_notice_file file;
	wp_err err;
	const char *fails = script("fails", "exit 3");
	ck_assert_int_eq(wp_notice_file_load(old_word_file(), MAX, fails, &file, &err), -1);
	ck_assert_msg(strstr(err.msg, "exit status 3") != NULL, "%s", err.msg);
	const char *silent = script("silent", "exit 0");
	ck_assert_int_eq(wp_notice_file_load(old_word_file(), MAX, silent, &file, &err), -1);
	ck_assert_msg(strstr(err.msg, "wrote no .docx") != NULL, "%s", err.msg);
	/* the file's name leads the message, as for any file that fails */
	ck_assert_msg(strncmp(err.msg, work, strlen(work)) == 0, "%s", err.msg);
	ck_assert(tmpdir_empty());
}
END_TEST

/* Is the process gone (or a zombie waiting for init)? */
static bool gone(pid_t pid)
{
	char path[64];
	snprintf(path, sizeof path, "/proc/%ld/stat", (long)pid);
	FILE *f = fopen(path, "r");
	if (!f)
		return kill(pid, 0) != 0 && errno == ESRCH;
	char state = '?';
	int scanned = fscanf(f, "%*d (%*[^)]) %c", &state);
	fclose(f);
	return scanned == 1 && (state == 'Z' || state == 'X');
}

START_TEST(stops_a_conversion_that_hangs_with_its_children)
{
	/* a converter that starts a child of its own and waits for ever, as
	 * a LibreOffice stuck on a dialog would */
	const char *hangs = script("hangs", "sleep 300 & echo $! >\"$(dirname \"$0\")/child\"; wait");
	size_t len;
	char *doc = slurp(old_word_file(), &len);
	char *docx;
	size_t docx_len;
	wp_err err;
	ck_assert_int_eq(wp_notice_convert(doc, len, "doc", hangs, 1, MAX, &docx, &docx_len, &err), -1);
	free(doc);
	ck_assert_msg(strstr(err.msg, "was stopped") != NULL, "%s", err.msg);
	ck_assert_ptr_null(docx);
	char path[300];
	snprintf(path, sizeof path, "%s/child", work);
	char *pid_text = slurp(path, &len);
	pid_t child = (pid_t)strtol(pid_text, NULL, 10);
	free(pid_text);
	ck_assert_int_gt(child, 0);
	/* SIGKILL went to the whole group at once; the child's parent was
	 * reaped, so it is gone or a zombie of init, never still sleeping.
	 * Poll only for the kernel to finish delivering the signal. */
	for (int i = 0; i < 500 && !gone(child); i++)
		nanosleep(&(struct timespec){0, 10 * 1000 * 1000}, NULL);
	ck_assert_msg(gone(child), "the converter's child %ld still runs", (long)child);
	ck_assert(tmpdir_empty());
}
END_TEST

int main(void)
{
	Suite *s = suite_create("convert");
	TCase *tc = tcase_create("convert");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, recognises_what_libreoffice_converts_by_content);
	tcase_add_test(tc, gives_a_file_the_reader_reads_as_it_is);
	tcase_add_test(tc, converts_in_a_private_directory_and_removes_it);
	tcase_add_test(tc, says_how_to_install_libreoffice_when_it_is_missing);
	tcase_add_test(tc, reports_a_conversion_that_fails_or_writes_nothing);
	tcase_add_test(tc, stops_a_conversion_that_hangs_with_its_children);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
