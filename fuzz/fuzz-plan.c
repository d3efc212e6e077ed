/* fuzz-plan.c - libFuzzer target: a JSON plan file imported into a
 * database and exported again, then deleted. Import validates everything
 * it stores, so whatever it accepts must export and delete without error.
 * One database serves every input (opening one loads the schema and the
 * holiday calendar: most of the time of a run). */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "campaign.h"
#include "plan.h"
#include "store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static wp_store *st;
	wp_err err;
	if (!st && wp_store_open(":memory:", &st, &err) != 0)
		abort();
	int64_t id;
	if (wp_plan_import(st, (const char *)data, size, 0, &id, &err) == 0) {
		char *out = wp_plan_export(st, id, &err);
		if (!out || wp_campaign_delete(st, id, &err) != 0)
			abort();
		free(out);
	}
	return 0;
}
