/*
 * yaml-msg.h - one wording for libyaml's syntax errors, shared by the
 * highlights store, themes, configuration and reading positions.
 */
#ifndef GLOSS_YAML_MSG_H
#define GLOSS_YAML_MSG_H

#include <stdio.h>
#include <yaml.h>

/* Describe the parser's error into buf: the problem, then what libyaml was
 * reading and where that began when it began elsewhere (an unclosed quote
 * or bracket is reported at the end of the file, where it is noticed). */
static inline void
yaml_msg(const yaml_parser_t *p, char *buf, size_t size)
{
	const char *problem = p->problem != NULL ? p->problem : "unknown problem";

	if (p->context == NULL)
		snprintf(buf, size, "YAML syntax error: %s", problem);
	else if (p->context_mark.line != p->problem_mark.line)
		snprintf(buf, size, "YAML syntax error: %s %s that began at line "
		    "%zu, column %zu", problem, p->context, p->context_mark.line + 1,
		    p->context_mark.column + 1);
	else
		snprintf(buf, size, "YAML syntax error: %s %s", problem, p->context);
}

#endif
