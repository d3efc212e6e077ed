/* fuzz-notice.c - libFuzzer target: the notice reader on any bytes.
 * It must read or refuse, touch no memory it does not own (ASan, UBSan),
 * and do at most a fixed amount of work per byte (its step counter):
 * a reading past that is a loop or a quadratic pass, and a finding.
 * Zip bytes reach the .docx reader (notice-docx.h), %PDF- the PDF reader
 * (notice-pdf.h): their seeds are in fuzz/seeds/notice-docx and
 * fuzz/seeds/notice-pdf. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "notice.h"

/* As tests/check_reader_bounds.c. */
#define STEPS_PER_BYTE 64

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	wp_notice_report report;
	wp_err err;
	char *plan = wp_notice_read((const char *)data, size, &report, &err);
	/* A .docx is bounded by its text, which may be longer than its zip. */
	size_t basis = report.text_bytes > size ? report.text_bytes : size;
	if (report.steps > STEPS_PER_BYTE * (basis + 1024))
		abort();
	if (plan)
		wp_notice_report_free(&report);
	free(plan);
	return 0;
}
