/* export-ics-text.h - the text of the iCalendar export: database strings
 * made fit for a calendar file before libical escapes and folds them.
 *
 * Every function here appends to a wp_buf or returns a string the caller
 * frees with free(). */
#ifndef WP_EXPORT_ICS_TEXT_H
#define WP_EXPORT_ICS_TEXT_H

#include <stdbool.h>

#include "buf.h"
#include "share.h"

/* Appends s with no forbidden character (text.h) and as valid UTF-8:
 * a forbidden one is shown as <U+009B>, a tab as a space, and a newline
 * stays only when multi_line (else it becomes a space). NULL appends
 * nothing. */
void wp_ics_put_clean(wp_buf *b, const char *s, bool multi_line);
char *wp_ics_clean(const char *s, bool multi_line);

/* A cleaned single-line value for a property libical 3.0 writes without
 * escaping "," and ";" (X-WR-CALNAME, X-WR-CALDESC, CATEGORIES): those
 * become "，" and "；", so that no reader splits the value into a list. */
char *wp_ics_x_value(const char *s);

/* Appends a label ("Lead units:", "牵头单位：") and the space an ASCII
 * colon wants after it; a full-width colon has its space in it. */
void wp_ics_put_label(wp_buf *b, const char *label);

/* Appends "LABEL name1、name2" on a line of its own (after a newline when
 * b is not empty); nothing when names is empty. */
void wp_ics_put_names(wp_buf *b, const char *label, const wp_names *names);

/* Appends an item's number with the separator its kind takes: "一、",
 * "1. "; a number that ends in punctuation is written as it is. */
void wp_ics_put_number(wp_buf *b, const char *number);

/* Reads "HH:MM" into minutes after midnight; false for NULL or anything
 * else. */
bool wp_ics_parse_hhmm(const char *s, int *minutes);

#endif
