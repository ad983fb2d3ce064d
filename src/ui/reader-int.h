/*
 * reader-int.h - the reading screen's state, shared by its three files:
 * reader.c (the article, search, keys), sidebar.c (entities, figures and
 * the outline) and reader-hl.c (selections, highlights, notes).
 */
#ifndef GLOSS_UI_READER_INT_H
#define GLOSS_UI_READER_INT_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

#include "gloss/edit.h"
#include "gloss/extract.h"
#include "gloss/layout.h"
#include "gloss/search.h"
#include "gloss/store.h"
#include "keymap.h"
#include "views.h"

#define SIDEBAR_MIN_COLS 90     /* below this the sidebar is an overlay */

/* Sidebar sections, in the order shown. */
enum { SEC_PEOPLE, SEC_ORGS, SEC_PLACES, SEC_OTHER, SEC_FIGURES, SEC_OUTLINE, SEC_COUNT };

enum { ROW_SECTION, ROW_ENTITY, ROW_FIGURE, ROW_HEADING, ROW_NOTE, ROW_PROGRESS };

typedef struct sb_row {
	char *text;
	char *detail;
	theme_role role;
	bool section;
	int section_id;
	int kind;                   /* ROW_* */
	size_t idx;                 /* entity or figure index */
	size_t target;              /* offset to jump to (headings) */
} sb_row;

/* Every entity mention in the text, by position, with its colour. */
typedef struct mention {
	size_t start, end;
	theme_role role;
} mention;

enum { EDIT_NOTE = 1, EDIT_TAGS };

/* Extraction runs on a thread of its own so the first screen never waits
 * for it; the sidebar says so until it is done. */
typedef struct bg_extract {
	pthread_t th;
	const doc *d;
	extract_options eo;
	extract_result *res;
	atomic_bool done;
	_Atomic size_t progress;     /* bytes analysed so far */
	_Atomic bool cancel;         /* the reader closed first */
	bool running;
} bg_extract;

/* A large article is shown from its beginning (doc_load_preview()) while a
 * thread loads the whole file; the reader swaps that in, then starts the
 * analysis.  Whoever lets go of it last frees it (the reader may close
 * first). */
typedef struct bg_load {
	pthread_t th;
	char *path;
	size_t size;                /* the file's size, when known */
	const char *hl_file;        /* --highlights FILE, or NULL */
	doc *full;
	err e;
	char *title;                /* the whole document's */
	store *st;                  /* its highlights, opened here too */
	err se;
	atomic_bool done;
	atomic_int refs;
} bg_load;

typedef struct reader {
	doc *d;
	doc *own;                   /* the whole document, loaded here */
	bg_load *load;              /* loading it, or NULL */
	size_t pending_top;         /* a remembered position past the preview */
	const view_opts *o;
	layout *lay;
	int lay_width;
	layout_pos top;             /* first line in view */
	char *title;

	/* Geometry of the last draw. */
	int rows;                   /* text rows (screen minus status) */
	int art_x, art_w;           /* article pane */
	int sb_x, sb_w;             /* sidebar pane (sb_w 0: hidden) */

	/* Sidebar. */
	bool sb_docked_hidden;      /* the user hid the docked sidebar */
	bool sb_overlay;            /* shown as an overlay on narrow screens */
	bool focus_sb;
	sb_row *sb;
	size_t nsb;
	size_t *vis;                /* indices of visible rows */
	size_t nvis;
	size_t sb_cur, sb_top;
	bool folded[SEC_COUNT];
	char filter[256];

	/* Entities and figures. */
	bg_extract bg;
	extract_result *ex;
	mention *mentions;
	size_t nmentions;
	const extract_span *sel;    /* the selected entity's mentions */
	size_t nsel, sel_cur;
	extract_span sel_one;       /* a figure's one span */
	char sel_name[160];
	bool follow_sel;            /* n/N follow the selection, else search */

	/* Search. */
	search *srch;
	bool have_search;
	size_t cur_match;

	/* Prompt: '/' in the article or the sidebar (edited in ed). */
	int prompt;                 /* 0, or the prompt character */

	/* Highlights. */
	store *st;
	anno_set *hl;
	char cur_hl[ANNO_ID_MAX];   /* the current highlight (], [, H, new) */
	bool unsaved;               /* the last save failed */
	char save_err[600];
	bool visual;
	size_t vis_a, vis_c;        /* selection anchor and cursor (cell starts) */
	anno_color vis_color;
	int editing;                /* 0, EDIT_NOTE or EDIT_TAGS */
	edit ed;
	char ed_id[ANNO_ID_MAX];
	bool hl_list;
	size_t hl_cur, hl_top;
	bool confirm_quit;
	bool mouse_down;
	size_t mouse_off;

	keymap_state kst;           /* a key sequence being typed */
	bool help;
	int help_scroll;
	char msg[256];
	bool msg_is_error;
} reader;

/* reader.c */
void reader_msg(reader *r, bool error, const char *fmt, ...) ERR_PRINTF(3, 4);
bool reader_sidebar_shown(const reader *r);
void reader_scroll(reader *r, long long delta);
void reader_scroll_to(reader *r, layout_pos top);
bool reader_row_pos(const reader *r, int y, layout_pos *p);
void reader_show_offset(reader *r, size_t off);
size_t reader_top_offset(const reader *r);
bool reader_offset_visible(const reader *r, size_t off);
void reader_select_spans(reader *r, const extract_span *sp, size_t n, const char *name);

/* sidebar.c */
theme_role sidebar_entity_role(extract_entity_type t);
void sidebar_index_mentions(reader *r);
void sidebar_build(reader *r);
void sidebar_rebuild(reader *r);
void sidebar_refilter(reader *r);
void sidebar_draw(reader *r);
void sidebar_open(reader *r);

/* reader-hl.c */
void hl_open_store(reader *r);
void hl_adopt_store(reader *r, store *st, const err *e);
void hl_save(reader *r);
const anno *hl_current(reader *r, bool quiet);
void hl_goto(reader *r, const anno *a);
void hl_step(reader *r, bool forward);
void hl_start_edit(reader *r, int what, const anno *a);
void hl_edit_key(reader *r, int ch);
void hl_sel_bounds(reader *r, size_t *a, size_t *b);
void hl_start_visual(reader *r);
void hl_visual_key(reader *r, keymap_action a);
void hl_action(reader *r, keymap_action a);
void hl_list_draw(reader *r);
void hl_list_key(reader *r, int ch);
void hl_draw_note_mark(reader *r, int y, const layout_line *ln);

#endif
