/* export-ics-lib.h - the libical functions the iCalendar export calls,
 * loaded when a calendar is written (lazylib.h) instead of linked:
 * libical brings ICU and Berkeley DB, which a run that writes no .ics
 * never needs.
 *
 * Each pointer has the type of the function its header declares, so a
 * header whose signature changes fails the build here rather than at
 * run time. libical's icalerrno is a macro over icalerrno_return():
 * read it as *ical->icalerrno_return(). */
#ifndef WP_EXPORT_ICS_LIB_H
#define WP_EXPORT_ICS_LIB_H

#include <libical/ical.h>

#include "err.h"

#define WP_ICS_LIB_FUNCTIONS(X) \
	X(icalcomponent_add_component) \
	X(icalcomponent_add_property) \
	X(icalcomponent_as_ical_string_r) \
	X(icalcomponent_free) \
	X(icalcomponent_new_vcalendar) \
	X(icalcomponent_new_vevent) \
	X(icalcomponent_new_vtimezone) \
	X(icalcomponent_new_xstandard) \
	X(icalerrno_return) \
	X(icalerror_strerror) \
	X(icalmemory_free_buffer) \
	X(icalparameter_new_tzid) \
	X(icalproperty_add_parameter) \
	X(icalproperty_new_calscale) \
	X(icalproperty_new_categories) \
	X(icalproperty_new_description) \
	X(icalproperty_new_dtend) \
	X(icalproperty_new_dtstamp) \
	X(icalproperty_new_dtstart) \
	X(icalproperty_new_location) \
	X(icalproperty_new_method) \
	X(icalproperty_new_prodid) \
	X(icalproperty_new_rrule) \
	X(icalproperty_new_summary) \
	X(icalproperty_new_transp) \
	X(icalproperty_new_tzid) \
	X(icalproperty_new_tzname) \
	X(icalproperty_new_tzoffsetfrom) \
	X(icalproperty_new_tzoffsetto) \
	X(icalproperty_new_uid) \
	X(icalproperty_new_version) \
	X(icalproperty_new_x) \
	X(icalproperty_set_x_name) \
	X(icalrecurrencetype_clear) \
	X(icaltime_adjust) \
	X(icaltime_null_date) \
	X(icaltime_null_time) \
	X(icaltimezone_get_utc_timezone)

struct wp_ics_lib {
#define WP_ICS_LIB_POINTER(name) __typeof__(&name) name;
	WP_ICS_LIB_FUNCTIONS(WP_ICS_LIB_POINTER)
#undef WP_ICS_LIB_POINTER
};

/* Fills ical (the caller's) with libical's functions: 0, or -1 with err
 * ("writing iCalendar (.ics) files needs libical3 ...") when the library
 * is not installed. The pointers stay valid for the life of the process. */
int wp_ics_lib_load(struct wp_ics_lib *ical, wp_err *err);

#endif
