/* view-matrix.c - the responsibility matrix of the current campaign:
 * units x activities, lead / cooperate, with a frozen unit column. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "draw.h"
#include "edit-forms.h"
#include "i18n.h"
#include "query.h"
#include "text.h"
#include "theme.h"
#include "tui.h"
#include "unit-form.h"

struct matrix_view {
	wp_matrix m;
	bool loaded;
	int64_t campaign; /* what m was loaded for */
	size_t row, col;  /* cursor */
	size_t top, left; /* first row and activity column shown */
	char error[WP_ERR_MAX];
};

static void *matrix_init(struct tui *t)
{
	(void)t;
	return wp_xcalloc(1, sizeof(struct matrix_view));
}

static void unload(struct matrix_view *mv)
{
	if (mv->loaded)
		wp_matrix_clear(&mv->m);
	mv->loaded = false;
}

static void matrix_free(void *data)
{
	unload(data);
	free(data);
}

static void load(struct tui *t, struct matrix_view *mv)
{
	if (mv->loaded && mv->campaign == t->campaign_id)
		return;
	if (mv->campaign != t->campaign_id)
		mv->row = mv->col = mv->top = mv->left = 0;
	unload(mv);
	mv->error[0] = '\0';
	mv->campaign = t->campaign_id;
	if (!t->campaign_id)
		return;
	wp_err err;
	if (wp_query_matrix(t->st, t->campaign_id, &mv->m, &err) != 0) {
		snprintf(mv->error, sizeof mv->error, "%s", err.msg);
		return;
	}
	mv->loaded = true;
	/* Keep the cursor inside after rows or columns went away. */
	if (mv->row >= mv->m.nunits)
		mv->row = mv->m.nunits ? mv->m.nunits - 1 : 0;
	if (mv->col >= mv->m.nactivities)
		mv->col = mv->m.nactivities ? mv->m.nactivities - 1 : 0;
}

static void matrix_reload(struct tui *t, void *data)
{
	(void)t;
	unload(data);
}

static int column_width(const wp_matrix *m, size_t a)
{
	int w = wp_text_width(m->activities[a].label);
	return (w > 2 ? w : 2) + 2;
}

static const char *rank_mark(int rank)
{
	static const char *const marks[] = {N_("chair"), N_("vice-chair"), N_("member"),
					    N_("office")};
	return rank >= 0 && rank < WP_RANK_NONE ? _(marks[rank]) : "";
}

/* Frozen on the left: unit name, committee role, totals; then the grid. */
struct layout {
	int name_w, rank_w, totals_w, grid_x, rows;
};

static struct layout layout_of(const struct matrix_view *mv, int h, int w)
{
	struct layout l = {.totals_w = 6, .rows = h - 4};
	int widest = 8;
	for (size_t u = 0; u < mv->m.nunits; u++) {
		int uw = wp_text_width(mv->m.units[u].name);
		int rw = wp_text_width(rank_mark(mv->m.units[u].rank));
		widest = uw > widest ? uw : widest;
		l.rank_w = rw > l.rank_w ? rw : l.rank_w;
	}
	int cap = w / 3 > 16 ? w / 3 : 16;
	l.name_w = widest < cap ? widest : cap;
	l.grid_x = l.name_w + 1 + (l.rank_w ? l.rank_w + 1 : 0) + l.totals_w;
	return l;
}

/* Columns from mv->left that fit in the grid area, keeping the cursor's
 * column visible. */
static size_t visible_columns(struct matrix_view *mv, int grid_w)
{
	if (mv->col < mv->left)
		mv->left = mv->col;
	for (;;) {
		int x = 0;
		size_t n = 0;
		for (size_t a = mv->left; a < mv->m.nactivities; a++) {
			x += column_width(&mv->m, a);
			if (x > grid_w)
				break;
			n++;
		}
		if (mv->col < mv->left + n || mv->left >= mv->col)
			return n ? n : 1;
		mv->left++;
	}
}

static void draw_header(struct tui *t, struct matrix_view *mv, WINDOW *win, int w)
{
	(void)t;
	const wp_matrix_activity *a = &mv->m.activities[mv->col];
	wp_buf b = WP_BUF_INIT;
	wp_buf_printf(&b, "%s %s", a->label, a->title);
	draw_text(win, 0, 0, w, wp_buf_str(&b), wp_theme(WP_ATTR_HEADING));
	wp_buf_free(&b);
}

static void draw_cell(struct tui *t, const struct matrix_view *mv, WINDOW *win, int y, int x,
		      int cw, size_t u, size_t a)
{
	char cell = wp_matrix_cell(&mv->m, u, a), via = wp_matrix_via(&mv->m, u, a);
	/* a role through a group (组委会成员单位 cooperates): lower case, dim */
	const char *text = cell == 'L'   ? (t->zh ? "牵" : "L")
			   : cell == 'C' ? (t->zh ? "配" : "C")
			   : via == 'L'  ? "l"
			   : via == 'C'  ? "c"
					 : ".";
	attr_t attr = cell == 'L' ? wp_theme(WP_ATTR_LEAD)
		      : cell == 'C' ? wp_theme(WP_ATTR_COOP)
				    : wp_theme(WP_ATTR_DIM);
	if (u == mv->row && a == mv->col)
		attr = wp_theme(WP_ATTR_SELECTED);
	else if (u == mv->row || a == mv->col)
		attr |= A_BOLD;
	wp_buf b = WP_BUF_INIT;
	wp_buf_putc(&b, ' ');
	wp_text_put_padded(&b, text, cw - 1);
	draw_text(win, y, x, cw, wp_buf_str(&b), attr);
	wp_buf_free(&b);
}

static void matrix_draw(struct tui *t, void *data, WINDOW *win, int h, int w)
{
	struct matrix_view *mv = data;
	load(t, mv);
	if (!t->campaign_id || mv->error[0] || !mv->loaded) {
		draw_text(win, 1, 1, w - 2, mv->error[0] ? mv->error : _("No campaign: press c to choose one."),
			  wp_theme(mv->error[0] ? WP_ATTR_ERROR : WP_ATTR_DIM));
		return;
	}
	if (mv->m.nactivities == 0) {
		draw_text(win, 1, 1, w - 2, _("This campaign has no activities."), wp_theme(WP_ATTR_DIM));
		return;
	}
	struct layout l = layout_of(mv, h, w);
	draw_header(t, mv, win, w);
	size_t ncols = visible_columns(mv, w - l.grid_x);
	/* Column headings. */
	draw_text(win, 1, 0, l.name_w, _("Unit"), wp_theme(WP_ATTR_HEADING));
	draw_text(win, 1, l.grid_x - l.totals_w, l.totals_w, t->zh ? "牵/配" : " L/C",
		  wp_theme(WP_ATTR_HEADING));
	int x = l.grid_x;
	for (size_t a = mv->left; a < mv->left + ncols && a < mv->m.nactivities; a++) {
		int cw = column_width(&mv->m, a);
		wp_buf b = WP_BUF_INIT;
		wp_buf_putc(&b, ' ');
		wp_buf_puts(&b, mv->m.activities[a].label);
		draw_text(win, 1, x, cw, wp_buf_str(&b),
			  a == mv->col ? wp_theme(WP_ATTR_SELECTED) : wp_theme(WP_ATTR_HEADING));
		wp_buf_free(&b);
		x += cw;
	}
	/* Rows, scrolled to keep the cursor in sight. */
	if (mv->row < mv->top)
		mv->top = mv->row;
	if (l.rows > 0 && mv->row >= mv->top + (size_t)l.rows)
		mv->top = mv->row - (size_t)l.rows + 1;
	for (int r = 0; r < l.rows && mv->top + (size_t)r < mv->m.nunits; r++) {
		size_t u = mv->top + (size_t)r;
		const wp_matrix_unit *unit = &mv->m.units[u];
		draw_text(win, 2 + r, 0, l.name_w, unit->name,
			  u == mv->row ? wp_theme(WP_ATTR_SELECTED) : wp_theme(WP_ATTR_NORMAL));
		if (l.rank_w)
			draw_text(win, 2 + r, l.name_w + 1, l.rank_w, rank_mark(unit->rank),
				  wp_theme(WP_ATTR_DIM));
		char totals[24];
		snprintf(totals, sizeof totals, "%2d/%-2d", unit->nlead, unit->ncooperate);
		draw_text(win, 2 + r, l.grid_x - l.totals_w, l.totals_w, totals, wp_theme(WP_ATTR_DIM));
		x = l.grid_x;
		for (size_t a = mv->left; a < mv->left + ncols && a < mv->m.nactivities; a++) {
			int cw = column_width(&mv->m, a);
			draw_cell(t, mv, win, 2 + r, x, cw, u, a);
			x += cw;
		}
	}
	char foot[160];
	snprintf(foot, sizeof foot, _("%zu units x %zu activities   L lead  C cooperate   columns %zu-%zu"),
		 mv->m.nunits, mv->m.nactivities, mv->left + 1, mv->left + ncols);
	draw_text(win, h - 1, 0, w, foot, wp_theme(WP_ATTR_DIM));
}

static void set_role(struct tui *t, struct matrix_view *mv, char role)
{
	if (!mv->loaded || mv->m.nunits == 0 || mv->m.nactivities == 0)
		return;
	char current = wp_matrix_cell(&mv->m, mv->row, mv->col);
	/* Copies: the change reloads the matrix, freeing its strings. */
	char unit[256], no[64];
	snprintf(unit, sizeof unit, "%s", mv->m.units[mv->row].name);
	snprintf(no, sizeof no, "%s", mv->m.activities[mv->col].label);
	if (tui_set_role(t, mv->m.activities[mv->col].id, mv->m.units[mv->row].id, current, role))
		tui_message(t, false,
			    role == 'L'   ? _("%s now leads %s (u undoes).")
			    : role == 'C' ? _("%s now cooperates in %s (u undoes).")
					  : _("%s has no role in %s any more (u undoes)."),
			    unit, no);
}

static enum view_result matrix_action(struct tui *t, void *data, enum wp_action act)
{
	struct matrix_view *mv = data;
	if (!mv->loaded) {
		if (act == ACT_NEW)
			forms_activity_new(t, WP_DATE_NONE);
		return act == ACT_NEW ? VIEW_HANDLED : VIEW_IGNORED;
	}
	size_t nu = mv->m.nunits, na = mv->m.nactivities;
	size_t page = t->screen_h > 6 ? (size_t)t->screen_h - 5 : 1;
	switch (act) {
	case ACT_LEFT:
		mv->col = mv->col ? mv->col - 1 : 0;
		break;
	case ACT_RIGHT:
		mv->col = mv->col + 1 < na ? mv->col + 1 : mv->col;
		break;
	case ACT_UP:
		mv->row = mv->row ? mv->row - 1 : 0;
		break;
	case ACT_DOWN:
		mv->row = mv->row + 1 < nu ? mv->row + 1 : mv->row;
		break;
	case ACT_PAGE_UP:
		mv->row = mv->row > page ? mv->row - page : 0;
		break;
	case ACT_PAGE_DOWN:
		mv->row = mv->row + page < nu ? mv->row + page : (nu ? nu - 1 : 0);
		break;
	case ACT_HOME:
		mv->col = 0;
		break;
	case ACT_END:
		mv->col = na ? na - 1 : 0;
		break;
	case ACT_SET_LEAD:
		set_role(t, mv, 'L');
		break;
	case ACT_SET_COOP:
		set_role(t, mv, 'C');
		break;
	case ACT_CLEAR_ROLE:
		set_role(t, mv, 0);
		break;
	case ACT_OPEN:
		if (nu)
			view_list_unit(t, mv->m.units[mv->row].id, mv->m.units[mv->row].name);
		break;
	case ACT_NEW:
		forms_activity_new(t, WP_DATE_NONE);
		break;
	case ACT_EDIT:
	case ACT_DELETE:
	case ACT_ADD_UNIT:
		if (na == 0)
			break;
		if (act == ACT_EDIT)
			forms_activity_edit(t, mv->m.activities[mv->col].id);
		else if (act == ACT_DELETE)
			forms_activity_delete(t, mv->m.activities[mv->col].id);
		else
			forms_unit_bring_in(t, mv->m.activities[mv->col].id);
		break;
	case ACT_RENAME_UNIT:
	case ACT_ADD_ALIAS:
		if (nu)
			unit_form_open(t, mv->m.units[mv->row].id, act == ACT_ADD_ALIAS);
		break;
	default:
		return VIEW_IGNORED;
	}
	return VIEW_HANDLED;
}

static enum view_result matrix_click(struct tui *t, void *data, int y, int x)
{
	struct matrix_view *mv = data;
	if (!mv->loaded || y < 2)
		return VIEW_HANDLED;
	struct layout l = layout_of(mv, t->screen_h, t->screen_w);
	size_t u = mv->top + (size_t)(y - 2);
	if (u < mv->m.nunits)
		mv->row = u;
	int cx = l.grid_x;
	for (size_t a = mv->left; a < mv->m.nactivities; a++) {
		int cw = column_width(&mv->m, a);
		if (x >= cx && x < cx + cw)
			mv->col = a;
		cx += cw;
	}
	return VIEW_HANDLED;
}

static const struct wp_key_hint matrix_hints[] = {
	{{ACT_LEFT, ACT_RIGHT, ACT_UP, ACT_DOWN}, N_("move"), NULL, N_("arrows")},
	{{ACT_SET_LEAD}, N_("lead"), NULL, NULL},
	{{ACT_SET_COOP}, N_("cooperate"), NULL, NULL},
	{{ACT_CLEAR_ROLE}, N_("remove"), NULL, NULL},
	{{ACT_OPEN}, N_("unit's duties"), NULL, NULL},
	{{ACT_UNDO}, N_("undo"), NULL, NULL},
	{{ACT_NONE}, NULL, NULL, NULL},
};

const struct view view_matrix = {
	.name = N_("Units"),
	.scope = SCOPE_MATRIX,
	.hints = matrix_hints,
	.init = matrix_init,
	.free = matrix_free,
	.draw = matrix_draw,
	.action = matrix_action,
	.reload = matrix_reload,
	.click = matrix_click,
};
