/* notice-ocr.h - the marks a scanned notice keeps from OCR, mended as
 * each character is normalised (notice-text.c): the letter O read for a
 * zero inside a number (2O26年, 9:OO, 0739-5623O18), 曰 read for 日 after
 * a day's digits (5月29曰), the letter l for a one among digits (4月l7日,
 * @l63.com); only where the digits around make it
 * unambiguous: an O or 曰 among words stays as it is. (A mobile number
 * cut by a stray space, 1397391662 5, the phone reader already joins.) */
#ifndef WP_NOTICE_OCR_H
#define WP_NOTICE_OCR_H

#include <unistr.h>

#include "buf.h"

/* What to put for uc, the next character of a line after line (the
 * line's normalised text so far) with rest the text after uc
 * (NUL-terminated): the mended text, or NULL to keep uc. */
const char *wp_nocr_mend(const wp_buf *line, ucs4_t uc, const uint8_t *rest);

#endif
