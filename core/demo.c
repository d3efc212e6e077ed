#include "config.h"

#include <string.h>

#include "demo.h"
#include "embedded.h"
#include "plan.h"

int wp_demo_load(struct wp_store *st, wp_err *err)
{
	for (int i = 0; i < wp_embedded_plan_count; i++) {
		const struct wp_embedded_file *f = &wp_embedded_plans[i];
		if (wp_plan_import(st, f->text, strlen(f->text), 0, NULL, err) != 0)
			return wp_err_prefix(err, "bundled plan %s: ", f->name);
	}
	return 0;
}
