/* cmd-group.c - weekplan group: the members of a group of units that owes
 * reports member by member (core/group.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "campaign.h"
#include "cli.h"
#include "group.h"
#include "i18n.h"
#include "store.h"
#include "unit.h"

static const struct cli_option group_options[] = {
	{"add", false, NULL, N_("make the units after GROUP its members")},
	{"remove", false, NULL, N_("take the units after GROUP out of it")},
	{"list", false, NULL, N_("list GROUP's members (the default)")},
	{NULL, false, NULL, NULL},
};

/* Prints one member a line, indented. */
static void print_members(struct cli *cli, const wp_group_unit *m, size_t n)
{
	for (size_t i = 0; i < n; i++)
		fprintf(cli->out, "  %s\n", m[i].name);
}

/* Every group: user groups with their member counts, then the committee
 * groups (whose members differ from campaign to campaign). */
static int list_groups(struct cli *cli)
{
	wp_group_unit *groups;
	size_t n;
	wp_err err;
	if (wp_group_list(cli->st, &groups, &n, &err) != 0)
		return cli_fail_err(&err);
	if (n == 0)
		fprintf(cli->out, "%s\n", _("No groups. weekplan group GROUP --add UNIT... makes one."));
	for (size_t i = 0; i < n; i++) {
		fprintf(cli->out, "%s (%s)  ", groups[i].name, groups[i].region);
		if (groups[i].committee)
			fprintf(cli->out, "%s\n", _("the committee's members in each plan"));
		else
			fprintf(cli->out,
				ngettext("%zu member\n", "%zu members\n", groups[i].nmembers),
				groups[i].nmembers);
	}
	wp_group_units_free(groups, n);
	return WP_EXIT_OK;
}

/* A committee group's members are those of each plan's committee. */
static int list_committee_group(struct cli *cli, int64_t group, wp_err *err)
{
	wp_campaign_ref *refs;
	size_t nrefs;
	if (wp_campaign_list(cli->st, &refs, &nrefs, err) != 0)
		return -1;
	int rc = 0;
	for (size_t i = 0; i < nrefs && rc == 0; i++) {
		wp_group_unit *m;
		size_t n;
		if ((rc = wp_group_members(cli->st, group, refs[i].id, &m, &n, err)) != 0 || n == 0)
			continue;
		fprintf(cli->out, ngettext("In %s, %zu member (the committee's):\n",
					   "In %s, %zu members (the committee's):\n", n),
			refs[i].title, n);
		print_members(cli, m, n);
		wp_group_units_free(m, n);
	}
	wp_campaign_refs_free(refs, nrefs);
	return rc;
}

static int list_members(struct cli *cli, int64_t group)
{
	wp_err err;
	bool committee;
	if (wp_group_is_committee(cli->st, group, &committee, &err) != 0)
		return cli_fail_err(&err);
	if (committee)
		return list_committee_group(cli, group, &err) == 0 ? WP_EXIT_OK : cli_fail_err(&err);
	wp_group_unit *m;
	size_t n;
	if (wp_group_members(cli->st, group, 0, &m, &n, &err) != 0)
		return cli_fail_err(&err);
	if (n == 0)
		fprintf(cli->out, "%s\n", _("No members."));
	print_members(cli, m, n);
	wp_group_units_free(m, n);
	return WP_EXIT_OK;
}

/* The group named by name: the one unit it matches, or among several the
 * one called exactly that. */
static int find_group(struct cli *cli, const char *name, int64_t *id)
{
	wp_unit_ref refs[6];
	wp_err err;
	int n = wp_unit_search(cli->st, name, NULL, refs, 6, &err);
	if (n < 0)
		return cli_fail_err(&err);
	int pick = n == 1 ? 0 : -1;
	for (int i = 0; i < n && i < 6 && pick < 0; i++)
		if (strcmp(refs[i].name, name) == 0)
			pick = i;
	if (pick >= 0)
		*id = refs[pick].id;
	wp_unit_refs_free(refs, n < 6 ? n : 6);
	return pick >= 0 ? 0 : cli_find_unit(cli, name, id); /* says why */
}

/* Adds or removes every unit named after the group, all or none. */
static int change_members(struct cli *cli, int64_t group, bool add)
{
	wp_err err;
	if (wp_store_begin(cli->st, &err) != 0)
		return cli_fail_err(&err);
	for (int i = 1; i < cli->nargs; i++) {
		if ((add ? wp_group_add_named(cli->st, group, cli->args[i], &err)
			 : wp_group_remove_named(cli->st, group, cli->args[i], &err)) != 0) {
			wp_store_rollback(cli->st);
			return cli_fail("%s: %s", cli->args[i], err.msg);
		}
	}
	if (wp_store_commit(cli->st, &err) != 0)
		return cli_fail_err(&err);
	return list_members(cli, group);
}

static int run_group(struct cli *cli)
{
	bool add = cli->opt_set[0], remove = cli->opt_set[1], list = cli->opt_set[2];
	if (add + remove + list > 1)
		return cli_fail("%s", _("group: give one of --add, --remove and --list")),
		       WP_EXIT_USAGE;
	if (cli->nargs == 0) {
		if (add || remove)
			return cli_fail("%s", _("group: name the group")), WP_EXIT_USAGE;
		return list_groups(cli);
	}
	if ((add || remove) != (cli->nargs > 1))
		return cli_fail("%s", add || remove ? _("group: name the units to add or remove")
						    : _("group: units after GROUP go with --add "
							"or --remove")),
		       WP_EXIT_USAGE;
	int64_t group;
	if (find_group(cli, cli->args[0], &group) != 0)
		return WP_EXIT_ERROR;
	return add || remove ? change_members(cli, group, add) : list_members(cli, group);
}

const struct cli_command wp_group_commands[] = {
	{"group", "[GROUP [--add UNIT... | --remove UNIT... | --list]]",
	 N_("list groups of units, or the members of one, or change them"), 0, CLI_MAX_ARGS,
	 group_options, true, run_group},
	{NULL, NULL, NULL, 0, 0, NULL, false, NULL},
};
