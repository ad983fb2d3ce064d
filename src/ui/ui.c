/*
 * ui.c - the one owner of the terminal (see ui.h).
 *
 * Theme roles become curses attributes here and nowhere else: each role's
 * colours are mapped to the terminal's palette (true colour themes fall back
 * to 256, 16 or 8 colours); with NO_COLOR or no colours, roles keep only
 * their attributes, and roles that differ by colour alone get one.
 */
#include <curses.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gloss/text.h"
#include "keymap.h"
#include "ui.h"

volatile sig_atomic_t ui_signalled;

static SCREEN *screen;
static FILE *tty_in;
static const theme *cur_theme;
static int ncolors;                 /* 0: no colour */
static bool started;

/* Colour pairs allocated on demand: (fg, bg) -> pair. */
#define MAX_PAIRS 512
static struct { short fg, bg; } pairs[MAX_PAIRS];
static int npairs = 1;

static void
on_signal(int sig)
{
	ui_signalled = sig;
}

bool
ui_init(const theme *t)
{
	struct sigaction sa;
	const char *nc = getenv("NO_COLOR");

	cur_theme = t;
	setlocale(LC_ALL, "");
	/* Our handlers first, so curses leaves them alone; no SA_RESTART, so
	 * a signal wakes the key read. */
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);

	if (!isatty(STDIN_FILENO)) {
		tty_in = fopen("/dev/tty", "r");
		if (tty_in == NULL)
			return false;
	}
	screen = newterm(NULL, stdout, tty_in ? tty_in : stdin);
	if (screen == NULL)
		return false;
	set_term(screen);
	started = true;
	set_escdelay(25);
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	/* Wake up now and then: a SIGWINCH that lands just before the read
	 * would otherwise wait for the next key (a race in every curses). */
	timeout(200);
	mousemask(BUTTON1_PRESSED | BUTTON1_RELEASED |
	    BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	mouseinterval(0);
	ncolors = 0;
	if (has_colors() && (nc == NULL || nc[0] == '\0')) {
		start_color();
		use_default_colors();
		ncolors = COLORS >= 256 ? 256 : COLORS >= 88 ? 88 : COLORS >= 16 ? 16 : COLORS >= 8 ? 8 : 0;
	}
	return true;
}

void
ui_set_theme(const theme *t)
{
	short i;

	cur_theme = t;
	/* Colour pairs are made again for the new colours. */
	for (i = 1; i < npairs; i++)
		init_pair(i, -1, -1);
	npairs = 1;
}

void
ui_end(void)
{
	if (!started)
		return;
	endwin();
	delscreen(screen);
	screen = NULL;
	started = false;
	if (tty_in != NULL)
		fclose(tty_in);
	tty_in = NULL;
}

bool
ui_active(void)
{
	return started;
}

static short
pair_for(short fg, short bg)
{
	int i;

	if (fg < 0 && bg < 0)
		return 0;
	for (i = 1; i < npairs; i++)
		if (pairs[i].fg == fg && pairs[i].bg == bg)
			return (short)i;
	if (npairs >= MAX_PAIRS || npairs >= COLOR_PAIRS)
		return 0;
	pairs[npairs].fg = fg;
	pairs[npairs].bg = bg;
	init_pair((short)npairs, fg, bg);
	return (short)npairs++;
}

static attr_t
attrs_of(unsigned a)
{
	attr_t r = 0;

	if (a & THEME_ATTR_BOLD)
		r |= A_BOLD;
	if (a & THEME_ATTR_ITALIC)
		r |= A_ITALIC;
	if (a & THEME_ATTR_UNDERLINE)
		r |= A_UNDERLINE;
	if (a & THEME_ATTR_REVERSE)
		r |= A_REVERSE;
	if (a & THEME_ATTR_DIM)
		r |= A_DIM;
	return r;
}

/* theme_color_nearest() searches the palette; the few colours a theme uses
 * are looked up once. */
static short
nearest(theme_color c)
{
	static struct { theme_color c; short idx; bool set; int ncolors; } cache[64];
	unsigned h = (c.value * 2654435761u + (unsigned)c.kind) >> 26;

	if (c.kind == THEME_COLOR_DEFAULT)
		return -1;
	if (!cache[h].set || cache[h].c.kind != c.kind || cache[h].c.value != c.value ||
	    cache[h].ncolors != ncolors) {
		cache[h].c = c;
		cache[h].idx = (short)theme_color_nearest(c, ncolors);
		cache[h].ncolors = ncolors;
		cache[h].set = true;
	}
	return cache[h].idx;
}

void
ui_style(theme_role role, theme_role overlay, unsigned extra)
{
	const theme_style *s = theme_get(cur_theme, role);
	theme_color fg = s->fg, bg = s->bg;
	unsigned a = s->attrs | extra;
	short pair = 0;

	if (overlay < THEME_ROLE_COUNT) {
		const theme_style *o = theme_get(cur_theme, overlay);
		if (o->fg.kind != THEME_COLOR_DEFAULT)
			fg = o->fg;
		if (o->bg.kind != THEME_COLOR_DEFAULT)
			bg = o->bg;
		a |= o->attrs;
	}
	if (ncolors <= 8) {
		/* Without colour, or with only eight, the attributes that keep
		 * every element apart replace the theme's. */
		a = extra | theme_mono_attrs(role);
		if (overlay < THEME_ROLE_COUNT)
			a |= theme_mono_attrs(overlay);
	}
	if (ncolors > 0) {
		pair = pair_for(nearest(fg), nearest(bg));
	}
	attr_set(attrs_of(a), pair, NULL);
}

int
ui_getkey(void)
{
	wint_t ch;
	int r;

	r = get_wch(&ch);
	if (r == ERR)
		return -1;
	if (r == KEY_CODE_YES)
		return KEYMAP_FKEY((int)ch);
	return (int)ch;
}

bool
ui_too_small(void)
{
	static const char *const words[] = {"terminal", "too", "small"};
	char line[64];
	int y, i, n = 0, w;

	if (COLS >= 20 && LINES >= 5)
		return false;
	attr_set(A_NORMAL, 0, NULL);
	erase();
	/* The notice, wrapped word by word to the width there is. */
	line[0] = '\0';
	y = LINES > 2 ? LINES / 2 - 1 : 0;
	for (i = 0; i < 3; i++) {
		int len = (int)strlen(line);
		if (len > 0 && len + 1 + (int)strlen(words[i]) > COLS) {
			w = len > COLS ? COLS : len;
			mvaddnstr(y + n++, COLS > w ? (COLS - w) / 2 : 0, line, w);
			line[0] = '\0';
			len = 0;
		}
		snprintf(line + len, sizeof line - (size_t)len, "%s%s", len ? " " : "", words[i]);
	}
	w = (int)strlen(line) > COLS ? COLS : (int)strlen(line);
	if (y + n < LINES)
		mvaddnstr(y + n, COLS > w ? (COLS - w) / 2 : 0, line, w);
	return true;
}

int
ui_put(int y, int x, const char *s, int maxw)
{
	size_t len = strlen(s), pos = 0;
	int w = 0;

	move(y, x);
	while (pos < len) {
		text_grapheme g;
		char buf[64];
		size_t at = pos;
		text_next_grapheme(s, len, &pos, TEXT_ENC_UTF8, &g);
		if (g.control) {
			size_t n = text_control_repr(g.cp, buf);
			if (w + (int)n > maxw)
				break;
			addnstr(buf, (int)n);
			w += (int)n;
			continue;
		}
		if (g.width == 0)
			continue;
		if (w + g.width > maxw)
			break;
		if (g.end - at < sizeof buf) {
			/* Keep only printable code points of the cluster. */
			size_t q = at, bl = 0;
			while (q < g.end) {
				int32_t cp = text_decode(s, g.end, &q, TEXT_ENC_UTF8);
				if (!text_is_control(cp) && !(text_is_invisible(cp) && cp != 0x200D))
					bl += text_encode(cp, buf + bl);
			}
			addnstr(buf, (int)bl);
		} else {
			addch('?');
		}
		w += g.width;
	}
	return w;
}

void
ui_fill(int y, int x, int w)
{
	int i;

	move(y, x);
	for (i = 0; i < w; i++)
		addch(' ');
}

int
ui_put_trunc(int y, int x, const char *s, int maxw)
{
	int w;

	if (maxw <= 0)
		return 0;
	if (text_str_width(s) <= maxw)
		return ui_put(y, x, s, maxw);
	w = ui_put(y, x, s, maxw - 1);
	addstr("\xe2\x80\xa6");
	return w + 1;
}

void
ui_warn(const char *fmt, ...)
{
	char buf[2048], *safe;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	/* Names and messages may carry bytes from files: never raw. */
	safe = text_make_safe(buf, strlen(buf), true);
	fprintf(stderr, "gloss: %s\n", safe ? safe : "(out of memory)");
	free(safe);
}

/* Output to a terminal is collected here and made safe at the end. */
static char *out_buf;
static size_t out_len;

FILE *
ui_out_begin(void)
{
	FILE *f;

	if (!isatty(STDOUT_FILENO))
		return stdout;
	if ((f = open_memstream(&out_buf, &out_len)) == NULL)
		return stdout;
	return f;
}

bool
ui_out_end(FILE *f)
{
	char *safe;
	bool ok;

	if (f == stdout)
		return fflush(stdout) == 0;
	if (fclose(f) != 0) {
		free(out_buf);
		out_buf = NULL;
		return false;
	}
	safe = text_make_safe(out_buf, out_len, true);
	free(out_buf);
	out_buf = NULL;
	if (safe == NULL)
		return false;
	ok = fputs(safe, stdout) >= 0 && fflush(stdout) == 0;
	free(safe);
	return ok;
}
