/*
 * config.h - the configuration file (doc/config.md).
 *
 * $XDG_CONFIG_HOME/gloss/config.yaml (default ~/.config/gloss/config.yaml),
 * or a file given with --config.  config_load() reads every setting it can
 * and reports every error it finds, each naming the file, line and column;
 * settings with errors keep their defaults, so gloss can still start.
 */
#ifndef GLOSS_CONFIG_H
#define GLOSS_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "gloss/err.h"

#define CONFIG_MEASURE_MIN 20
#define CONFIG_MEASURE_MAX 1000
#define CONFIG_MEASURE_DEFAULT 80
#define CONFIG_SIDEBAR_MIN 16
#define CONFIG_SIDEBAR_MAX 80
#define CONFIG_SIDEBAR_DEFAULT 36
#define CONFIG_DAILY_MIN 1
#define CONFIG_DAILY_MAX 100
#define CONFIG_DAILY_DEFAULT 5

/* A key sequence has one or two keys ("j", "g g", "]h"). */
#define CONFIG_MAX_SEQ 2

typedef enum config_lang {
	CONFIG_LANG_AUTO,
	CONFIG_LANG_NL,
	CONFIG_LANG_EN,
} config_lang;

/* Sidebar sections, in their default order. */
typedef enum config_section {
	CONFIG_SEC_PEOPLE,
	CONFIG_SEC_ORGANISATIONS,
	CONFIG_SEC_PLACES,
	CONFIG_SEC_OTHER,
	CONFIG_SEC_FIGURES,
	CONFIG_SEC_OUTLINE,
	CONFIG_SECTION_COUNT
} config_section;

/*
 * One key sequence bound to an action.  Keys are canonical tokens: a
 * character ("j", "?"), or a name: Space, Enter, Tab, Esc, Backspace, Up,
 * Down, Left, Right, PgUp, PgDn, Home, End, F1-F12, Ctrl-A ... Ctrl-Z.
 * nkeys is 0 when the file unbinds the action (`quit: []`).  A binding
 * replaces the action's default keys.
 */
typedef struct config_binding {
	char *action;
	char *keys[CONFIG_MAX_SEQ];
	size_t nkeys;
	int line, col;          /* where the key (or the action) was written */
} config_binding;

typedef struct config {
	char *path;             /* the file read, or NULL */
	char *theme;            /* name or path; NULL: the default theme */
	int measure;
	int sidebar_width;
	bool sidebar_left;
	config_section sections[CONFIG_SECTION_COUNT];
	size_t nsections;
	config_lang language;
	char *highlights_dir;   /* ~ expanded; NULL: the default folder */
	int review_daily;
	config_binding *bindings;
	size_t nbindings;
} config;

/* Fill c with the defaults (nothing allocated). */
void config_init(config *c);
/* Free what c holds and reset it to the defaults. */
void config_clear(config *c);

/* The default file's path (malloc'd), or NULL without HOME. */
char *config_default_path(void);

/*
 * The action names keys may be bound to (the UI's table; names are not
 * copied and must outlive their use).  Until called, a built-in list of
 * the reader's actions is used.
 */
void config_set_actions(const char *const *names, size_t n);

/*
 * Read a configuration file into cfg (which it initialises; config_clear()
 * it afterwards).  path NULL reads the default file, which need not exist;
 * a named file must.  Stores up to max_errs errors in errs and returns how
 * many errors there were (0: the file is valid).
 */
int config_load(const char *path, config *cfg, err *errs, size_t max_errs);

/* The same from memory; name is the file name used in messages. */
int config_load_mem(const char *buf, size_t len, const char *name, config *cfg,
                    err *errs, size_t max_errs);

/*
 * For `gloss --check-config [FILE]`: load path (NULL: the default file),
 * print each error to out as "FILE:LINE:COL: message", and return 0 when
 * the file is valid, 1 otherwise.
 */
int config_check(const char *path, FILE *out);

/* Names used in the file: "people", "nl", ... */
const char *config_section_name(config_section s);
const char *config_lang_name(config_lang l);

#endif
