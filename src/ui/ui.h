/*
 * ui.h - the one module that owns the terminal: start-up and teardown,
 * colours (theme roles to curses attributes), keys and signals.
 */
#ifndef GLOSS_UI_UI_H
#define GLOSS_UI_UI_H

#include <signal.h>
#include <stdbool.h>

#include "gloss/err.h"
#include "gloss/theme.h"

/* Set by SIGTERM/SIGHUP; views save and leave when they see it. */
extern volatile sig_atomic_t ui_signalled;

/* Start curses on the terminal (also when standard input is a pipe). */
bool ui_init(const theme *t);
void ui_end(void);
/* Draw with another theme from now on. */
void ui_set_theme(const theme *t);
bool ui_active(void);

/* Select the style of role, with overlay's colours and attributes laid over
 * it (THEME_ROLE_COUNT for none) and extra THEME_ATTR_* bits. */
void ui_style(theme_role role, theme_role overlay, unsigned extra);

/* Read a key: a Unicode character, KEYMAP_FKEY(KEY_*) for a curses key
 * code, or -1 on a signal or time-out. */
int ui_getkey(void);

/* The terminal is too small to be useful: draw a notice and return true. */
bool ui_too_small(void);

/* Draw UTF-8 text at (y, x), at most maxw cells; returns cells drawn.  Text
 * from files is made safe first (controls shown as ^X). */
int ui_put(int y, int x, const char *s, int maxw);

/* Like ui_put, ending with "…" when the text is cut. */
int ui_put_trunc(int y, int x, const char *s, int maxw);

/* Fill from (y, x) to column x+w with spaces in the current style. */
void ui_fill(int y, int x, int w);

/* "gloss: MESSAGE" on standard error, with control characters shown as
 * stand-ins (messages carry file names and file contents). */
void ui_warn(const char *fmt, ...) ERR_PRINTF(1, 2);

/* Headless output: a stream to write to, and the end that writes it to
 * standard output, made safe when that is a terminal. */
#include <stdio.h>
FILE *ui_out_begin(void);
bool ui_out_end(FILE *f);

#endif
