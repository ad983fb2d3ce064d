/*
 * theme-yaml.c - a small YAML tree for the theme and config loaders (see
 * theme-int.h), built from libyaml's parser events.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "theme-int.h"
#include "yaml-msg.h"

#define THEME_Y_MAX_DEPTH 32

typedef struct yctx {
	yaml_parser_t p;
	const char *name;
	err *e;
} yctx;

/* Report a problem at a libyaml mark. */
static void
bad_mark(yctx *c, yaml_mark_t m, const char *what)
{
	int line = (int)m.line + 1, col = (int)m.column + 1;

	err_set_at(c->e, line, col, "%s:%d:%d: %s", c->name, line, col, what);
}

/* Next event, or false with the syntax error reported. */
static bool
next_event(yctx *c, yaml_event_t *ev)
{
	char msg[300], what[360];

	if (yaml_parser_parse(&c->p, ev))
		return true;
	yaml_msg(&c->p, msg, sizeof msg);
	snprintf(what, sizeof what, "%s (check indentation, colons and quotes)", msg);
	bad_mark(c, c->p.problem_mark, what);
	return false;
}

/* Append a child to a collection node. */
static bool
add_kid(theme_ynode *n, theme_ynode *k)
{
	if (n->n == n->cap) {
		size_t cap = n->cap ? n->cap * 2 : 8;
		theme_ynode **v = realloc(n->kid, cap * sizeof *v);
		if (v == NULL)
			return false;
		n->kid = v;
		n->cap = cap;
	}
	n->kid[n->n++] = k;
	return true;
}

/* Build the node that ev starts (ev is consumed). */
static theme_ynode *
build(yctx *c, yaml_event_t *ev, int depth)
{
	theme_ynode *n;
	yaml_event_type_t end;
	yaml_char_t *anchor = NULL;

	if (ev->type == YAML_ALIAS_EVENT) {
		bad_mark(c, ev->start_mark, "YAML aliases (*name) are not allowed; "
		    "write the value out");
		yaml_event_delete(ev);
		return NULL;
	}
	if (ev->type == YAML_SCALAR_EVENT)
		anchor = ev->data.scalar.anchor;
	else if (ev->type == YAML_MAPPING_START_EVENT)
		anchor = ev->data.mapping_start.anchor;
	else if (ev->type == YAML_SEQUENCE_START_EVENT)
		anchor = ev->data.sequence_start.anchor;
	if (anchor != NULL) {
		bad_mark(c, ev->start_mark, "YAML anchors (&name) are not allowed; "
		    "write the value out");
		yaml_event_delete(ev);
		return NULL;
	}
	if (depth > THEME_Y_MAX_DEPTH) {
		bad_mark(c, ev->start_mark, "nested too deeply");
		yaml_event_delete(ev);
		return NULL;
	}
	n = calloc(1, sizeof *n);
	if (n == NULL) {
		bad_mark(c, ev->start_mark, "out of memory");
		yaml_event_delete(ev);
		return NULL;
	}
	n->line = (int)ev->start_mark.line + 1;
	n->col = (int)ev->start_mark.column + 1;
	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		n->kind = THEME_Y_SCALAR;
		n->len = ev->data.scalar.length;
		n->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
		n->str = malloc(n->len + 1);
		if (n->str == NULL) {
			bad_mark(c, ev->start_mark, "out of memory");
			yaml_event_delete(ev);
			free(n);
			return NULL;
		}
		memcpy(n->str, ev->data.scalar.value, n->len);
		n->str[n->len] = '\0';
		yaml_event_delete(ev);
		return n;
	case YAML_MAPPING_START_EVENT:
		n->kind = THEME_Y_MAP;
		end = YAML_MAPPING_END_EVENT;
		break;
	case YAML_SEQUENCE_START_EVENT:
		n->kind = THEME_Y_SEQ;
		end = YAML_SEQUENCE_END_EVENT;
		break;
	default:
		bad_mark(c, ev->start_mark, "unexpected YAML event");
		yaml_event_delete(ev);
		free(n);
		return NULL;
	}
	yaml_event_delete(ev);
	for (;;) {
		yaml_event_t kev;
		theme_ynode *k;

		if (!next_event(c, &kev)) {
			theme_yfree(n);
			return NULL;
		}
		if (kev.type == end) {
			yaml_event_delete(&kev);
			return n;
		}
		if ((k = build(c, &kev, depth + 1)) == NULL) {
			theme_yfree(n);
			return NULL;
		}
		if (!add_kid(n, k)) {
			theme_yfree(k);
			theme_yfree(n);
			err_set(c->e, "%s: out of memory", c->name);
			return NULL;
		}
	}
}

theme_ynode *
theme_yparse(const char *buf, size_t len, const char *name, err *e)
{
	yctx c;
	yaml_event_t ev;
	theme_ynode *root = NULL;

	err_clear(e);
	memset(&c, 0, sizeof c);
	c.name = name;
	c.e = e;
	if (!yaml_parser_initialize(&c.p)) {
		err_set(e, "%s: out of memory", name);
		return NULL;
	}
	yaml_parser_set_input_string(&c.p, (const unsigned char *)buf, len);
	if (!next_event(&c, &ev))       /* stream start */
		goto out;
	yaml_event_delete(&ev);
	if (!next_event(&c, &ev))
		goto out;
	if (ev.type == YAML_STREAM_END_EVENT) {
		yaml_event_delete(&ev);         /* empty: no error */
		goto out;
	}
	yaml_event_delete(&ev);         /* document start */
	if (!next_event(&c, &ev))
		goto out;
	if ((root = build(&c, &ev, 0)) == NULL)
		goto out;
	if (!next_event(&c, &ev))       /* document end */
		goto fail;
	yaml_event_delete(&ev);
	if (!next_event(&c, &ev))
		goto fail;
	if (ev.type != YAML_STREAM_END_EVENT) {
		bad_mark(&c, ev.start_mark, "a second YAML document (---) is not "
		    "allowed; keep one document per file");
		yaml_event_delete(&ev);
		goto fail;
	}
	yaml_event_delete(&ev);
	goto out;
fail:
	theme_yfree(root);
	root = NULL;
out:
	yaml_parser_delete(&c.p);
	return root;
}

void
theme_yfree(theme_ynode *n)
{
	size_t i;

	if (n == NULL)
		return;
	for (i = 0; i < n->n; i++)
		theme_yfree(n->kid[i]);
	free(n->kid);
	free(n->str);
	free(n);
}

const char *
theme_ytype(const theme_ynode *n)
{
	switch (n->kind) {
	case THEME_Y_MAP:
		return "a mapping";
	case THEME_Y_SEQ:
		return "a list";
	default:
		return n->len == 0 ? "an empty value" : "text";
	}
}
