/* notice-convert.c - a notice file read, and converted to .docx by
 * LibreOffice when it is a .doc/.wps, .odt or .rtf (notice-convert.h). */
/* nftw is XSI, beyond the POSIX the rest of core asks for */
#define _XOPEN_SOURCE 700
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "alloc.h"
#include "buf.h"
#include "i18n-core.h"
#include "notice-convert.h"
#include "notice-docx.h"
#include "notice.h"

extern char **environ;

#define PACKAGE_HINT "apt-get install libreoffice-writer-nogui"
#define HAND_HINT "soffice --headless --convert-to docx FILE"

/* What the format is called in a message. */
static const char *format_name(const char *ext)
{
	if (strcmp(ext, "odt") == 0)
		return WP_TR("an OpenDocument text (.odt)");
	if (strcmp(ext, "rtf") == 0)
		return WP_TR("an RTF document");
	return WP_TR("an old Word or WPS document (.doc, .wps)");
}

/* A file: URL of a local path, every byte outside the unreserved set
 * escaped, so a TMPDIR with spaces or Chinese in it still works. */
static void file_url(wp_buf *b, const char *path)
{
	wp_buf_puts(b, "file://");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		    strchr("/-._~", *p))
			wp_buf_putc(b, (char)*p);
		else
			wp_buf_printf(b, "%%%02X", *p);
	}
}

static int write_file(const char *path, const char *bytes, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0)
		return -1;
	while (len > 0) {
		ssize_t n = write(fd, bytes, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			close(fd);
			return -1;
		}
		bytes += n;
		len -= (size_t)n;
	}
	return close(fd);
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	if (flag == FTW_DP)
		rmdir(path);
	else
		unlink(path);
	return 0; /* remove what can be removed, whatever fails */
}

/* Starts program on argv with no terminal (stdin and output /dev/null)
 * in a process group of its own, so a timeout can stop its children too,
 * and the signals a planner catches back at their defaults. */
static int start(const char *program, char *const argv[], pid_t *pid)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, 1, 2);
	posix_spawnattr_init(&attr);
	sigset_t none, defaults;
	sigemptyset(&none);
	sigemptyset(&defaults);
	int reset[] = {SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGCHLD, SIGTSTP, SIGWINCH};
	for (size_t i = 0; i < sizeof reset / sizeof *reset; i++)
		sigaddset(&defaults, reset[i]);
	posix_spawnattr_setsigmask(&attr, &none);
	posix_spawnattr_setsigdefault(&attr, &defaults);
	posix_spawnattr_setpgroup(&attr, 0);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK |
						POSIX_SPAWN_SETSIGDEF);
	int rc = strchr(program, '/') ? posix_spawn(pid, program, &fa, &attr, argv, environ)
				      : posix_spawnp(pid, program, &fa, &attr, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&attr);
	return rc;
}

/* Waits for pid at most timeout_s seconds: its wait status,
 * or -1 when it was stopped for taking too long. */
static int wait_bounded(pid_t pid, int timeout_s)
{
	struct timespec now, tick = {0, 20 * 1000 * 1000};
	clock_gettime(CLOCK_MONOTONIC, &now);
	time_t deadline = now.tv_sec + timeout_s;
	for (;;) {
		int status;
		pid_t r = waitpid(pid, &status, WNOHANG);
		if (r == pid)
			return status;
		if (r < 0 && errno != EINTR)
			return 0; /* reaped elsewhere: judge by the file it wrote */
		clock_gettime(CLOCK_MONOTONIC, &now);
		if (now.tv_sec >= deadline) {
			kill(-pid, SIGKILL);
			while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
				;
			return -1;
		}
		nanosleep(&tick, NULL);
	}
}

/* Runs the conversion in dir; fills docx from the file it writes. */
static int convert_in(const char *dir, const char *bytes, size_t len, const char *ext,
		      const char *program, int timeout_s, size_t max, char **docx, size_t *docx_len,
		      wp_err *err)
{
	wp_buf input = WP_BUF_INIT, outdir = WP_BUF_INIT, profile = WP_BUF_INIT, output = WP_BUF_INIT;
	wp_buf_printf(&input, "%s/notice.%s", dir, ext);
	wp_buf_printf(&outdir, "%s/out", dir);
	wp_buf_printf(&output, "%s/out/notice.docx", dir);
	wp_buf_puts(&profile, "-env:UserInstallation=");
	file_url(&profile, dir);
	wp_buf_puts(&profile, "/profile");
	int rc = -1;
	if (write_file(wp_buf_str(&input), bytes, len) != 0) {
		wp_err_set(err, WP_TR("cannot write the document for LibreOffice in %s: %s"), dir,
			   strerror(errno));
		goto done;
	}
	char *argv[] = {(char *)program, "--headless", "--norestore", "--nologo", "--nolockcheck",
			profile.data, "--convert-to", "docx", "--outdir", outdir.data,
			input.data, NULL};
	pid_t pid;
	int spawned = start(program, argv, &pid);
	if (spawned == ENOENT) {
		wp_err_set(err, WP_TR("%s needs LibreOffice to be read, and %s is not installed: %s, or convert it by hand (%s)"),
			   format_name(ext), program, PACKAGE_HINT, HAND_HINT);
		goto done;
	}
	if (spawned != 0) {
		wp_err_set(err, WP_TR("cannot start %s to convert the document: %s"), program,
			   strerror(spawned));
		goto done;
	}
	int status = wait_bounded(pid, timeout_s);
	if (status < 0) {
		wp_err_set(err, WP_TR("LibreOffice took more than %d seconds to convert the document and was stopped"),
			   timeout_s);
		goto done;
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
		wp_err_set(err, WP_TR("LibreOffice could not convert the document (exit status %d)"),
			   WEXITSTATUS(status));
		goto done;
	}
	if (WIFSIGNALED(status)) {
		wp_err_set(err, WP_TR("LibreOffice stopped on signal %d while converting the document"),
			   WTERMSIG(status));
		goto done;
	}
	wp_err ignored;
	*docx = wp_read_file(wp_buf_str(&output), max, docx_len, &ignored);
	if (!*docx)
		wp_err_set(err, WP_TR("LibreOffice wrote no .docx from %s: is it damaged?"), format_name(ext));
	else if (*docx_len > max) {
		free(*docx);
		*docx = NULL;
		wp_err_set(err, WP_TR("the converted document is larger than %zu MiB: refused"), max >> 20);
	} else
		rc = 0;
done:
	wp_buf_free(&input);
	wp_buf_free(&outdir);
	wp_buf_free(&profile);
	wp_buf_free(&output);
	return rc;
}

int wp_notice_convert(const char *bytes, size_t len, const char *ext, const char *program,
		      int timeout_s, size_t max, char **docx, size_t *docx_len, wp_err *err)
{
	*docx = NULL;
	*docx_len = 0;
	const char *tmp = getenv("TMPDIR");
	wp_buf dir = WP_BUF_INIT;
	wp_buf_printf(&dir, "%s/weekplan-convert-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(dir.data)) {
		wp_err_set(err, WP_TR("cannot make a private directory for LibreOffice in %s: %s"),
			   tmp && *tmp ? tmp : "/tmp", strerror(errno));
		wp_buf_free(&dir);
		return -1;
	}
	int rc = convert_in(wp_buf_str(&dir), bytes, len, ext, program ? program : WP_CONVERT_PROGRAM,
			    timeout_s, max, docx, docx_len, err);
	nftw(wp_buf_str(&dir), remove_entry, 16, FTW_DEPTH | FTW_PHYS);
	wp_buf_free(&dir);
	return rc;
}

int wp_notice_file_load(const char *path, size_t max, const char *program, wp_notice_file *file,
			wp_err *err)
{
	*file = (wp_notice_file){NULL, 0, NULL};
	size_t len;
	char *bytes = wp_read_file(path, max, &len, err);
	if (!bytes)
		return -1;
	const char *ext = len <= max ? wp_notice_convertible(bytes, len) : NULL;
	if (!ext) {
		file->bytes = bytes;
		file->len = len;
		return 0;
	}
	char *docx;
	size_t docx_len;
	int rc = wp_notice_convert(bytes, len, ext, program, WP_CONVERT_TIMEOUT_S, max, &docx,
				   &docx_len, err);
	free(bytes);
	if (rc != 0)
		return wp_err_prefix(err, "%s: ", path);
	*file = (wp_notice_file){docx, docx_len, ext};
	return 0;
}

void wp_notice_file_free(wp_notice_file *file)
{
	free(file->bytes);
	*file = (wp_notice_file){NULL, 0, NULL};
}
