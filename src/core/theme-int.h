/*
 * theme-int.h - a small YAML tree shared by the theme and config loaders.
 *
 * The tree is built from libyaml's parser events.  Aliases and anchors are
 * refused, nesting is limited, and every node keeps its 1-based line and
 * column so errors can point at it.
 */
#ifndef GLOSS_THEME_INT_H
#define GLOSS_THEME_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "gloss/err.h"

typedef enum theme_ykind {
	THEME_Y_SCALAR,
	THEME_Y_MAP,
	THEME_Y_SEQ,
} theme_ykind;

typedef struct theme_ynode theme_ynode;
struct theme_ynode {
	theme_ykind kind;
	char *str;              /* scalar text, NUL-terminated */
	size_t len;
	bool plain;             /* an unquoted scalar */
	int line, col;
	theme_ynode **kid;      /* maps: key, value, key, value ... */
	size_t n, cap;
};

/*
 * Parse one YAML document.  Returns the root node; NULL with *e set on a
 * syntax error, or NULL with e->msg empty when the document is empty.
 */
theme_ynode *theme_yparse(const char *buf, size_t len, const char *name, err *e);
void theme_yfree(theme_ynode *n);

/* A short description of a node's type ("a mapping", "a list", "text"). */
const char *theme_ytype(const theme_ynode *n);

#endif
