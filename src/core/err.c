/*
 * err.c - errors returned as values (see err.h).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "gloss/err.h"

void
err_set(err *e, const char *fmt, ...)
{
	va_list ap;

	if (e == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	va_end(ap);
	e->line = e->col = 0;
}

void
err_set_at(err *e, int line, int col, const char *fmt, ...)
{
	va_list ap;

	if (e == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	va_end(ap);
	e->line = line;
	e->col = col;
}

void
err_clear(err *e)
{
	if (e != NULL)
		memset(e, 0, sizeof *e);
}
