/* demo.h - the bundled sample plans (data/plans), compiled in. */
#ifndef WP_DEMO_H
#define WP_DEMO_H

#include "err.h"

struct wp_store;

/* Imports every bundled plan into st (each in its own transaction). */
int wp_demo_load(struct wp_store *st, wp_err *err);

#endif
