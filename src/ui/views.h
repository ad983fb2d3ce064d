/*
 * views.h - the screens of gloss: the reader and the article list.
 */
#ifndef GLOSS_UI_VIEWS_H
#define GLOSS_UI_VIEWS_H

#include <stdbool.h>

#include "gloss/doc.h"
#include "gloss/history.h"
#include "gloss/theme.h"

/* Options the command line passes to views. */
typedef struct view_opts {
	const char *lang;          /* extraction language override, or NULL */
	int measure;               /* text measure in columns (default 80) */
	history *hist;             /* reading positions (may be NULL) */
	const char *highlights;    /* --highlights FILE, or NULL for the default */
	theme *th;                 /* the theme in use (T replaces it) */
	int sidebar_width;         /* columns */
	bool sidebar_left;
	bool sections[6];          /* sidebar sections shown, in the order of
	                              People ... Outline */
	char notice[600];          /* said once in the status line (config errors) */
	const char *open_hl;       /* select this highlight on opening (review) */
	bool in_review;            /* opened from review: R does not nest */
	int daily_size;            /* highlights in a daily session */
} view_opts;

/* How a view ended. */
typedef enum view_result {
	VIEW_BACK,                 /* q: back to the list (or quit when alone) */
	VIEW_QUIT,                 /* leave gloss (signal) */
} view_result;

/* Read d (ownership stays with the caller) until the user leaves. */
view_result reader_run(doc *d, const view_opts *o);

/* Browse the articles of a folder; returns when the user quits. */
int list_run(const char *dir, const view_opts *o);

/* Review every highlight (daily: start with a daily session).  o->th may
 * change (T in a reader opened from here). */
view_result review_run(view_opts *o, bool daily);
/* --review --export [--filter EXPR] */
int review_export_cli(const char *expr);

/* Draw the help overlay for the current screen (keymap.h context). */
void help_draw(int ctx, int scroll);

#endif
