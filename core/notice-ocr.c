/* notice-ocr.c - OCR's marks mended: see notice-ocr.h. */
#include "config.h"

#include <stdbool.h>
#include <stddef.h>

#include "notice-ocr.h"

/* Digits looked back over for the letter that would open a name (O2O). */
#define NUMBER_DIGITS 16

static bool is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static bool is_zero_letter(int c)
{
	return c == 'O' || c == 'o';
}

static bool is_ascii_letter(int c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* The last byte of line, or 0; at: how far back (1 = the last). */
static int back(const wp_buf *line, size_t at)
{
	return line->len >= at ? (unsigned char)line->data[line->len - at] : 0;
}

/* Digits running back from the end of line (at most limit + 1). */
static size_t digits_back(const wp_buf *line, size_t limit)
{
	size_t n = 0;
	while (n < line->len && n <= limit && is_digit(back(line, n + 1)))
		n++;
	return n;
}

/* An O is a zero after the digits of a number (2O26, 5623O18, 6月3O日),
 * unless a letter follows (3Omega) or a letter opens the digits (a
 * name such as O2O or B2O stays); or after the colon of a time whose
 * minutes follow (9:OO, 9:O5). */
static bool o_is_zero(const wp_buf *line, const uint8_t *rest)
{
	int prev = back(line, 1);
	if (is_digit(prev)) {
		size_t run = digits_back(line, NUMBER_DIGITS);
		return !is_ascii_letter(back(line, run + 1)) &&
		       !(is_ascii_letter(rest[0]) && !is_zero_letter(rest[0]));
	}
	return prev == ':' && is_digit(back(line, 2)) &&
	       (is_digit(rest[0]) || is_zero_letter(rest[0]));
}

/* An l is a one between digits (20l6), after a month before the day's
 * digits (4月l7日), or opening a mail domain's digits (@l63.com): never
 * beside a letter (a name's l stays). */
static bool l_is_one(const wp_buf *line, const uint8_t *rest)
{
	/* the digit after it not yet normalised: ASCII or full-width */
	bool digit_next = is_digit(rest[0]) || (rest[0] == 0xef && rest[1] == 0xbc && rest[2] >= 0x90 && rest[2] <= 0x99);
	if (!digit_next)
		return false;
	int prev = back(line, 1);
	bool after_month = back(line, 3) == 0xe6 && back(line, 2) == 0x9c && prev == 0x88; /* 月 */
	/* zp2l3, GB5l01: digits a letter opens are a code's, the l a letter */
	if (is_digit(prev))
		return !is_ascii_letter(back(line, digits_back(line, NUMBER_DIGITS) + 1));
	return after_month || prev == '@';
}

const char *wp_nocr_mend(const wp_buf *line, ucs4_t uc, const uint8_t *rest)
{
	if (uc == 'l' && l_is_one(line, rest))
		return "1";
	bool letter_o = uc == 'O' || uc == 'o' || uc == 0xff2f || uc == 0xff4f; /* also Ｏ ｏ */
	if (letter_o && o_is_zero(line, rest))
		return "0";
	if (uc == 0x66f0 && is_digit(back(line, 1))) /* 曰 after a day's digits */
		return "日";
	return NULL;
}
