/*
 * sidebar.c - the reader's sidebar: people, organisations, places, other
 * names and key figures from the extractor, and the outline of headings;
 * folding, filtering as you type, and jumping to mentions.
 */
#include <curses.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gloss/text.h"
#include "reader-int.h"
#include "ui.h"

static void
sidebar_add(reader *r, const char *text, const char *detail, theme_role role, bool section,
       int sid, int kind, size_t idx, size_t target)
{
	sb_row *n = realloc(r->sb, (r->nsb + 1) * sizeof *n);

	if (n == NULL)
		return;
	r->sb = n;
	n[r->nsb].text = strdup(text ? text : "");
	n[r->nsb].detail = detail ? strdup(detail) : NULL;
	n[r->nsb].role = role;
	n[r->nsb].section = section;
	n[r->nsb].section_id = sid;
	n[r->nsb].kind = kind;
	n[r->nsb].idx = idx;
	n[r->nsb].target = target;
	r->nsb++;
}

theme_role
sidebar_entity_role(extract_entity_type t)
{
	switch (t) {
	case EXTRACT_PERSON: return THEME_PERSON;
	case EXTRACT_ORGANIZATION: return THEME_ORGANIZATION;
	case EXTRACT_PLACE: return THEME_PLACE;
	default: return THEME_MISC;
	}
}

static int
cmp_mention(const void *a, const void *b)
{
	const mention *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/* Index every mention once, so drawing and jumps never rescan the text. */
void
sidebar_index_mentions(reader *r)
{
	size_t i, k, n = 0;

	for (i = 0; i < extract_entity_count(r->ex); i++)
		n += extract_entity_at(r->ex, i)->nmentions;
	r->mentions = calloc(n + 1, sizeof *r->mentions);
	if (r->mentions == NULL)
		return;
	for (i = 0; i < extract_entity_count(r->ex); i++) {
		const extract_entity *e = extract_entity_at(r->ex, i);
		for (k = 0; k < e->nmentions; k++) {
			mention *m = &r->mentions[r->nmentions++];
			m->start = e->mentions[k].start;
			m->end = e->mentions[k].end;
			m->role = sidebar_entity_role(e->type);
		}
	}
	qsort(r->mentions, r->nmentions, sizeof *r->mentions, cmp_mention);
}

void
sidebar_build(reader *r)
{
	static const char *const names[SEC_COUNT] = {
		"People", "Organisations", "Places", "Other", "Key figures", "Outline",
	};
	size_t i, nb = doc_block_count(r->d);
	int sec;
	doc_span title = doc_title(r->d);

	if (r->bg.running || r->load != NULL)
		sidebar_add(r, "Analysing\xe2\x80\xa6", NULL, THEME_DIM, false, SEC_PEOPLE, ROW_PROGRESS, 0, SIZE_MAX);
	for (sec = 0; sec < SEC_COUNT; sec++) {
		size_t mark = r->nsb;
		if (!r->o->sections[sec])
			continue;
		sidebar_add(r, names[sec], NULL, THEME_SIDEBAR_TITLE, true, sec, ROW_SECTION, 0, 0);
		if (sec <= SEC_OTHER && r->ex != NULL) {
			for (i = 0; i < extract_entity_count(r->ex); i++) {
				const extract_entity *e = extract_entity_at(r->ex, i);
				char cnt[32];
				int want = e->type == EXTRACT_PERSON ? SEC_PEOPLE :
				    e->type == EXTRACT_ORGANIZATION ? SEC_ORGS :
				    e->type == EXTRACT_PLACE ? SEC_PLACES : SEC_OTHER;
				if (want != sec)
					continue;
				snprintf(cnt, sizeof cnt, "%zu", e->nmentions);
				sidebar_add(r, e->name, cnt, sidebar_entity_role(e->type), false, sec,
				    ROW_ENTITY, i, 0);
			}
		} else if (sec == SEC_FIGURES && r->ex != NULL) {
			for (i = 0; i < extract_figure_count(r->ex); i++) {
				const extract_figure *f = extract_figure_at(r->ex, i);
				sidebar_add(r, f->text, f->context && f->context[0] ? f->context : NULL,
				    THEME_FIGURE, false, sec, ROW_FIGURE, i, f->start);
			}
		} else if (sec == SEC_OUTLINE) {
			for (i = 0; i < nb; i++) {
				const doc_block *b = doc_block_at(r->d, i);
				char *t;
				if (b->type != DOC_HEADING)
					continue;
				if (b->start <= title.start && b->end >= title.end && title.end > title.start)
					continue;       /* the title is not a section */
				t = doc_block_text(r->d, b);
				sidebar_add(r, t, NULL, THEME_HEADING, false, sec, ROW_HEADING, i, b->start);
				free(t);
			}
		}
		if (r->nsb == mark + 1) {
			/* An empty section is not shown. */
			free(r->sb[mark].text);
			r->nsb = mark;
		}
	}
	if (r->nsb == 0)
		sidebar_add(r, "Nothing found", NULL, THEME_DIM, true, SEC_OUTLINE, ROW_NOTE, 0, SIZE_MAX);
}

void
sidebar_rebuild(reader *r)
{
	size_t i;

	for (i = 0; i < r->nsb; i++) {
		free(r->sb[i].text);
		free(r->sb[i].detail);
	}
	r->nsb = 0;
	sidebar_build(r);
	sidebar_refilter(r);
}

/* Recompute the visible rows from folds and the filter. */
void
sidebar_refilter(reader *r)
{
	char *pat = r->filter[0] ? text_fold_str(r->filter, text_has_upper(r->filter)) : NULL;
	size_t i;

	free(r->vis);
	r->vis = calloc(r->nsb + 1, sizeof *r->vis);
	r->nvis = 0;
	if (r->vis == NULL) {
		free(pat);
		return;
	}
	for (i = 0; i < r->nsb; i++) {
		sb_row *s = &r->sb[i];
		if (!s->section) {
			if (r->folded[s->section_id])
				continue;
			if (pat != NULL) {
				char *t = text_fold_str(s->text, text_has_upper(r->filter));
				bool hit = t && strstr(t, pat) != NULL;
				free(t);
				if (!hit)
					continue;
			}
		}
		r->vis[r->nvis++] = i;
	}
	free(pat);
	if (r->filter[0] != '\0') {
		/* While filtering, a section with nothing left is not shown. */
		size_t k, out = 0;
		for (k = 0; k < r->nvis; k++) {
			bool section = r->sb[r->vis[k]].section;
			if (section && (k + 1 == r->nvis || r->sb[r->vis[k + 1]].section))
				continue;
			r->vis[out++] = r->vis[k];
		}
		r->nvis = out;
	}
	if (r->sb_cur >= r->nvis)
		r->sb_cur = r->nvis ? r->nvis - 1 : 0;
}

void
sidebar_draw(reader *r)
{
	int y, x = r->sb_x, w = r->sb_w;
	bool docked = COLS >= SIDEBAR_MIN_COLS;

	if (w <= 0)
		return;
	if (docked) {
		int bx = r->o->sidebar_left ? x + w : x - 1;
		ui_style(THEME_BORDER, THEME_ROLE_COUNT, 0);
		for (y = 0; y < r->rows; y++)
			mvaddstr(y, bx, "\xe2\x94\x82");
	}
	/* Keep the cursor row in view. */
	if (r->sb_cur < r->sb_top)
		r->sb_top = r->sb_cur;
	if (r->sb_cur >= r->sb_top + (size_t)r->rows)
		r->sb_top = r->sb_cur - (size_t)r->rows + 1;
	for (y = 0; y < r->rows; y++) {
		size_t vi = r->sb_top + (size_t)y;
		const sb_row *s;
		bool cur;
		int used;

		ui_style(THEME_SIDEBAR, THEME_ROLE_COUNT, 0);
		ui_fill(y, x, w);
		if (vi >= r->nvis)
			continue;
		s = &r->sb[r->vis[vi]];
		cur = r->focus_sb && vi == r->sb_cur;
		ui_style(s->role, cur ? THEME_SIDEBAR_CURSOR : THEME_ROLE_COUNT, 0);
		if (cur)
			ui_fill(y, x, w);
		if (s->section) {
			char head[300];
			snprintf(head, sizeof head, "%s %s", r->folded[s->section_id] ? "\xe2\x96\xb8" : "\xe2\x96\xbe", s->text);
			ui_put(y, x + 1, head, w - 2);
			continue;
		}
		if (s->kind == ROW_PROGRESS) {
			/* How far the analysis running in the background has got. */
			size_t len, done = atomic_load(&r->bg.progress);
			char p[64];
			doc_bytes(r->d, &len);
			if (r->load != NULL)
				snprintf(p, sizeof p, "Loading\xe2\x80\xa6");
			else
				snprintf(p, sizeof p, "Analysing\xe2\x80\xa6 %zu%%", len ? done * 100 / len : 0);
			ui_put(y, x + 2, p, w - 3);
			continue;
		}
		if (s->kind == ROW_ENTITY && s->detail != NULL) {
			/* Name, cut with an ellipsis; the count right-aligned. */
			int dw = text_str_width(s->detail);
			ui_put_trunc(y, x + 2, s->text, w - 5 - dw);
			ui_style(THEME_DIM, cur ? THEME_SIDEBAR_CURSOR : THEME_ROLE_COUNT, 0);
			ui_put(y, x + w - 1 - dw, s->detail, dw);
			continue;
		}
		used = ui_put_trunc(y, x + 2, s->text, w - 3);
		if (s->detail != NULL && used + 6 < w - 3) {
			ui_style(THEME_DIM, cur ? THEME_SIDEBAR_CURSOR : THEME_ROLE_COUNT, 0);
			ui_put_trunc(y, x + 2 + used + 2, s->detail, w - 5 - used);
		}
	}
}

void
sidebar_open(reader *r)
{
	const sb_row *s;

	if (r->nvis == 0)
		return;
	s = &r->sb[r->vis[r->sb_cur]];
	if (s->section) {
		r->folded[s->section_id] = !r->folded[s->section_id];
		sidebar_refilter(r);
		return;
	}
	if (s->kind == ROW_ENTITY) {
		const extract_entity *e = extract_entity_at(r->ex, s->idx);
		reader_select_spans(r, e->mentions, e->nmentions, e->name);
	} else if (s->kind == ROW_FIGURE) {
		const extract_figure *f = extract_figure_at(r->ex, s->idx);
		r->sel_one.start = f->start;
		r->sel_one.end = f->end;
		reader_select_spans(r, &r->sel_one, 1, f->text);
	} else if (s->kind == ROW_HEADING) {
		reader_scroll_to(r, layout_pos_for_offset(r->lay, s->target));
	} else {
		return;
	}
	r->focus_sb = false;
	if (COLS < SIDEBAR_MIN_COLS)
		r->sb_overlay = false;
}
