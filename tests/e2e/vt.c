/*
 * vt.c - the end-to-end harness: a child in a pseudo-terminal (forkpty)
 * whose output feeds a libvterm screen we can read cell by cell.
 */
#define _XOPEN_SOURCE 700

#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <vterm.h>

#include "gloss/text.h"
#include "vt.h"

#define VT_SETTLE_CAP_MS 5000

struct vt {
	VTerm *term;
	VTermScreen *screen;
	int rows, cols;

	int fd;                   /* pty master, -1 once closed */
	pid_t pid;                /* -1 once reaped */
	int status;               /* wait status once reaped */
	bool eof;

	char *home;
	bool own_home;

	char *raw;                /* everything the child wrote */
	size_t rawlen, rawsize;
};

/* Milliseconds on a monotonic clock. */
static long long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Write all of buf to fd, waiting while the pty is full. */
static void
write_all(int fd, const char *buf, size_t len)
{
	struct pollfd pfd;
	ssize_t n;

	while (len > 0 && fd != -1) {
		n = write(fd, buf, len);
		if (n > 0) {
			buf += n;
			len -= (size_t)n;
			continue;
		}
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1 && errno == EAGAIN) {
			pfd.fd = fd;
			pfd.events = POLLOUT;
			if (poll(&pfd, 1, 1000) <= 0)
				return;
			continue;
		}
		return;
	}
}

/* libvterm's answers (keys, device reports) go to the child. */
static void
output_cb(const char *s, size_t len, void *user)
{
	vt *v = user;

	write_all(v->fd, s, len);
}

/* Make a directory, complaining on failure. */
static bool
make_dir(const char *path)
{
	if (mkdir(path, 0700) == -1 && errno != EEXIST) {
		fprintf(stderr, "vt: %s: %s\n", path, strerror(errno));
		return false;
	}
	return true;
}

/* Make a fresh temporary directory for a child's HOME. */
char *
vt_home_new(void)
{
	const char *tmp = getenv("TMPDIR");
	char *dir;
	size_t len;

	if (tmp == NULL || *tmp == '\0')
		tmp = P_tmpdir;
	len = strlen(tmp) + 32;
	dir = malloc(len);
	if (dir == NULL)
		return NULL;
	snprintf(dir, len, "%s/gloss-e2e-XXXXXX", tmp);
	if (mkdtemp(dir) == NULL) {
		fprintf(stderr, "vt: mkdtemp %s: %s\n", dir, strerror(errno));
		free(dir);
		return NULL;
	}
	return dir;
}

/* nftw callback removing one entry. */
static int
remove_one(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	remove(path);
	return 0;
}

/* Remove a directory and everything under it. */
void
vt_home_remove(const char *dir)
{
	if (dir != NULL && *dir != '\0')
		nftw(dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

/* Set up the child's environment and run it; never returns. */
static void
child_exec(const char *const argv[], const char *const env[], const char *home)
{
	static const char *const xdg[][2] = {
		{ "XDG_DATA_HOME", "/.local/share" },
		{ "XDG_CONFIG_HOME", "/.config" },
		{ "XDG_STATE_HOME", "/.local/state" },
		{ "XDG_CACHE_HOME", "/.cache" },
	};
	char path[4096];
	const char *eq;
	size_t i;

	setenv("TERM", "xterm-256color", 1);
	setenv("LANG", "C.UTF-8", 1);
	setenv("LC_ALL", "C.UTF-8", 1);
	unsetenv("COLUMNS");
	unsetenv("LINES");
	unsetenv("COLORTERM");
	unsetenv("NO_COLOR");
	setenv("HOME", home, 1);
	for (i = 0; i < sizeof xdg / sizeof xdg[0]; i++) {
		snprintf(path, sizeof path, "%s%s", home, xdg[i][1]);
		setenv(xdg[i][0], path, 1);
	}
	for (i = 0; env != NULL && env[i] != NULL; i++) {
		eq = strchr(env[i], '=');
		if (eq == NULL)
			unsetenv(env[i]);
		else {
			snprintf(path, sizeof path, "%.*s", (int)(eq - env[i]),
			    env[i]);
			setenv(path, eq + 1, 1);
		}
	}
	signal(SIGPIPE, SIG_DFL);
	signal(SIGINT, SIG_DFL);
	execvp(argv[0], (char *const *)argv);
	fprintf(stderr, "vt: exec %s: %s\n", argv[0], strerror(errno));
	_exit(127);
}

/* Create the XDG directories under home. */
static bool
make_home(const char *home)
{
	static const char *const sub[] = { "/.local", "/.local/share",
	    "/.local/state", "/.config", "/.cache" };
	char path[4096];
	size_t i;

	if (!make_dir(home))
		return false;
	for (i = 0; i < sizeof sub / sizeof sub[0]; i++) {
		snprintf(path, sizeof path, "%s%s", home, sub[i]);
		if (!make_dir(path))
			return false;
	}
	return true;
}

/* Spawn with a given home (owned or not). */
static vt *
spawn(const char *const argv[], int rows, int cols, const char *const env[],
    char *home, bool own_home)
{
	struct winsize ws;
	vt *v;
	int fd, flags;
	pid_t pid;

	if (home == NULL)
		return NULL;
	if (!make_home(home)) {
		if (own_home) {
			vt_home_remove(home);
			free(home);
		}
		return NULL;
	}
	v = calloc(1, sizeof *v);
	if (v == NULL)
		abort();
	v->home = home;
	v->own_home = own_home;
	v->rows = rows;
	v->cols = cols;
	v->fd = -1;
	v->pid = -1;

	memset(&ws, 0, sizeof ws);
	ws.ws_row = (unsigned short)rows;
	ws.ws_col = (unsigned short)cols;
	fflush(stdout);
	fflush(stderr);
	pid = forkpty(&fd, NULL, NULL, &ws);
	if (pid == -1) {
		fprintf(stderr, "vt: forkpty: %s\n", strerror(errno));
		vt_free(v);
		return NULL;
	}
	if (pid == 0)
		child_exec(argv, env, home);
	v->pid = pid;
	v->fd = fd;
	flags = fcntl(fd, F_GETFL);
	fcntl(fd, F_SETFL, flags | O_NONBLOCK);
	fcntl(fd, F_SETFD, FD_CLOEXEC);

	v->term = vterm_new(rows, cols);
	vterm_set_utf8(v->term, 1);
	vterm_output_set_callback(v->term, output_cb, v);
	v->screen = vterm_obtain_screen(v->term);
	vterm_screen_enable_altscreen(v->screen, 1);
	vterm_screen_reset(v->screen, 1);
	return v;
}

/* Spawn with a fresh temporary home. */
vt *
vt_spawn(const char *const argv[], int rows, int cols, const char *const env[])
{
	return spawn(argv, rows, cols, env, vt_home_new(), true);
}

/* Spawn with a home the caller owns. */
vt *
vt_spawn_home(const char *const argv[], int rows, int cols,
    const char *const env[], const char *home)
{
	char *copy = strdup(home);

	if (copy == NULL)
		abort();
	return spawn(argv, rows, cols, env, copy, false);
}

/* Reap the child if it has exited (or wait for it when block). */
static bool
reap(vt *v, bool block)
{
	int status;
	pid_t r;

	if (v->pid == -1)
		return true;
	do
		r = waitpid(v->pid, &status, block ? 0 : WNOHANG);
	while (r == -1 && errno == EINTR);
	if (r == v->pid || (r == -1 && errno == ECHILD)) {
		v->status = (r == v->pid) ? status : 0;
		v->pid = -1;
		return true;
	}
	return false;
}

/* Kill the child if needed and free everything. */
void
vt_free(vt *v)
{
	int i;

	if (v == NULL)
		return;
	if (v->pid != -1) {
		/* the child leads its own session and process group */
		kill(-v->pid, SIGTERM);
		kill(v->pid, SIGTERM);
		for (i = 0; i < 100 && !reap(v, false); i++)
			usleep(10000);
		if (v->pid != -1) {
			kill(-v->pid, SIGKILL);
			kill(v->pid, SIGKILL);
			reap(v, true);
		}
	}
	if (v->fd != -1)
		close(v->fd);
	if (v->term != NULL)
		vterm_free(v->term);
	if (v->own_home)
		vt_home_remove(v->home);
	free(v->home);
	free(v->raw);
	free(v);
}

/* The child's process id, -1 once reaped. */
int
vt_pid(const vt *v)
{
	return (int)v->pid;
}

/* The child's HOME. */
const char *
vt_home(const vt *v)
{
	return v->home;
}

/* Rows of the terminal. */
int
vt_rows(const vt *v)
{
	return v->rows;
}

/* Columns of the terminal. */
int
vt_cols(const vt *v)
{
	return v->cols;
}

/* Keep bytes the child wrote and feed them to libvterm. */
static void
take(vt *v, const char *buf, size_t len)
{
	size_t size;

	if (v->rawlen + len > v->rawsize) {
		size = v->rawsize ? v->rawsize : 65536;
		while (size < v->rawlen + len)
			size *= 2;
		v->raw = realloc(v->raw, size);
		if (v->raw == NULL)
			abort();
		v->rawsize = size;
	}
	memcpy(v->raw + v->rawlen, buf, len);
	v->rawlen += len;
	vterm_input_write(v->term, buf, len);
}

/* Read and interpret what the child wrote, waiting up to timeout_ms. */
size_t
vt_pump(vt *v, int timeout_ms)
{
	struct pollfd pfd;
	char buf[16384];
	long long end = now_ms() + timeout_ms;
	size_t total = 0;
	ssize_t n;
	int left, r;

	while (!v->eof && v->fd != -1) {
		left = (int)(end - now_ms());
		if (left < 0)
			left = 0;
		if (total > 0)
			left = 0;   /* return once a batch has been read */
		pfd.fd = v->fd;
		pfd.events = POLLIN;
		r = poll(&pfd, 1, left);
		if (r == -1 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		n = read(v->fd, buf, sizeof buf);
		if (n > 0) {
			take(v, buf, (size_t)n);
			total += (size_t)n;
			continue;
		}
		if (n == -1 && (errno == EINTR || errno == EAGAIN))
			continue;
		v->eof = true;  /* EIO: the child closed its side */
	}
	if (v->eof && total == 0 && timeout_ms > 0) {
		left = (int)(end - now_ms());
		if (left > 0)
			usleep((useconds_t)(left > 20 ? 20 : left) * 1000);
	}
	return total;
}

/* Send bytes to the child. */
void
vt_sendn(vt *v, const char *bytes, size_t len)
{
	vt_pump(v, 0);
	write_all(v->fd, bytes, len);
}

/* Send a string to the child. */
void
vt_send(vt *v, const char *keys)
{
	vt_sendn(v, keys, strlen(keys));
}

/* Send a key as the terminal would in its current modes. */
void
vt_key(vt *v, vt_key_code k)
{
	static const VTermKey map[] = {
		[VT_KEY_UP] = VTERM_KEY_UP,
		[VT_KEY_DOWN] = VTERM_KEY_DOWN,
		[VT_KEY_LEFT] = VTERM_KEY_LEFT,
		[VT_KEY_RIGHT] = VTERM_KEY_RIGHT,
		[VT_KEY_HOME] = VTERM_KEY_HOME,
		[VT_KEY_END] = VTERM_KEY_END,
		[VT_KEY_PAGEUP] = VTERM_KEY_PAGEUP,
		[VT_KEY_PAGEDOWN] = VTERM_KEY_PAGEDOWN,
		[VT_KEY_ENTER] = VTERM_KEY_ENTER,
		[VT_KEY_TAB] = VTERM_KEY_TAB,
		[VT_KEY_ESCAPE] = VTERM_KEY_ESCAPE,
		[VT_KEY_BACKSPACE] = VTERM_KEY_BACKSPACE,
	};

	vt_pump(v, 0);  /* let libvterm see the latest mode changes */
	vterm_keyboard_key(v->term, map[k], VTERM_MOD_NONE);
}

/* Send one SGR mouse report (1-based on the wire). */
static void
mouse(vt *v, int button, int row, int col, bool press)
{
	char buf[64];

	snprintf(buf, sizeof buf, "\033[<%d;%d;%d%c", button, col + 1, row + 1,
	    press ? 'M' : 'm');
	vt_send(v, buf);
}

/* Send a left click (press and release). */
void
vt_click(vt *v, int row, int col)
{
	mouse(v, 0, row, col, true);
	mouse(v, 0, row, col, false);
}

/* Send a wheel step at a cell. */
void
vt_wheel_at(vt *v, int row, int col, bool up)
{
	mouse(v, up ? 64 : 65, row, col, true);
}

/* Send a wheel step in the middle of the left part of the screen. */
void
vt_wheel(vt *v, bool up)
{
	vt_wheel_at(v, v->rows / 2, v->cols / 4, up);
}

/* Cell text as UTF-8 into buf (at least 32 bytes); its length.  A
 * continuation of a wide character gives -1. */
static int
cell_utf8(const VTermScreenCell *c, char *buf)
{
	size_t len = 0;
	int i;

	if (c->chars[0] == (uint32_t)-1)
		return -1;
	for (i = 0; i < VTERM_MAX_CHARS_PER_CELL && c->chars[i] != 0; i++)
		len += text_encode((int32_t)c->chars[i], buf + len);
	buf[len] = '\0';
	return (int)len;
}

/* Row text with, for each byte, the column it starts in (cols may be
 * NULL).  Trailing spaces are trimmed. */
static char *
row_text_cols(vt *v, int row, int **colsp)
{
	VTermScreenCell c;
	VTermPos pos;
	char cell[32], *s;
	int *cols = NULL, col, n, i;
	size_t len = 0, keep = 0;

	s = malloc((size_t)v->cols * 25 + 1);
	if (colsp != NULL)
		cols = malloc(((size_t)v->cols * 25 + 1) * sizeof *cols);
	if (s == NULL || (colsp != NULL && cols == NULL))
		abort();
	pos.row = row;
	for (col = 0; col < v->cols; col++) {
		pos.col = col;
		if (!vterm_screen_get_cell(v->screen, pos, &c))
			continue;
		n = cell_utf8(&c, cell);
		if (n < 0)
			continue;
		if (n == 0) {
			cell[0] = ' ';
			n = 1;
		}
		for (i = 0; i < n; i++) {
			if (cols != NULL)
				cols[len] = col;
			s[len++] = cell[i];
		}
		if (!(n == 1 && cell[0] == ' '))
			keep = len;
		if (c.width == 2)
			col++;
	}
	s[keep] = '\0';
	if (colsp != NULL)
		*colsp = cols;
	return s;
}

/* One row as UTF-8. */
char *
vt_row_text(vt *v, int row)
{
	if (row < 0 || row >= v->rows) {
		char *s = strdup("");
		if (s == NULL)
			abort();
		return s;
	}
	return row_text_cols(v, row, NULL);
}

/* The whole screen as UTF-8 rows. */
char *
vt_screen_text(vt *v)
{
	char *s, *line;
	size_t len = 0, size = 0, n;
	int row;

	s = NULL;
	for (row = 0; row < v->rows; row++) {
		line = vt_row_text(v, row);
		n = strlen(line);
		if (len + n + 2 > size) {
			size = (len + n + 2) * 2;
			s = realloc(s, size);
			if (s == NULL)
				abort();
		}
		memcpy(s + len, line, n);
		len += n;
		s[len++] = '\n';
		free(line);
	}
	if (s == NULL && (s = malloc(1)) == NULL)
		abort();
	s[len] = '\0';
	return s;
}

/* Width from the first to the last non-blank cell in [from, to). */
int
vt_row_width(vt *v, int row, int from, int to)
{
	VTermScreenCell c;
	VTermPos pos;
	char cell[32];
	int col, first = -1, last = -1;

	if (row < 0 || row >= v->rows)
		return 0;
	if (from < 0)
		from = 0;
	if (to > v->cols)
		to = v->cols;
	pos.row = row;
	for (col = from; col < to; col++) {
		pos.col = col;
		if (!vterm_screen_get_cell(v->screen, pos, &c))
			continue;
		if (cell_utf8(&c, cell) > 0 && strcmp(cell, " ") != 0) {
			if (first == -1)
				first = col;
			last = col + (c.width == 2 ? 1 : 0);
		}
	}
	return first == -1 ? 0 : last - first + 1;
}

/* Find text on the screen. */
bool
vt_find(vt *v, const char *utf8, int *rowp, int *colp)
{
	char *s, *hit;
	int *cols, row;

	for (row = 0; row < v->rows; row++) {
		s = row_text_cols(v, row, &cols);
		hit = strstr(s, utf8);
		if (hit != NULL) {
			if (rowp != NULL)
				*rowp = row;
			if (colp != NULL)
				*colp = cols[hit - s];
			free(s);
			free(cols);
			return true;
		}
		free(s);
		free(cols);
	}
	return false;
}

/* Fill a vt_color from libvterm's. */
static void
convert_color(vt *v, const VTermColor *in, bool bg, vt_color *out)
{
	VTermColor c = *in;

	out->is_default = bg ? VTERM_COLOR_IS_DEFAULT_BG(in) :
	    VTERM_COLOR_IS_DEFAULT_FG(in);
	out->indexed = VTERM_COLOR_IS_INDEXED(in) && !out->is_default;
	out->index = out->indexed ? in->indexed.idx : -1;
	vterm_screen_convert_color_to_rgb(v->screen, &c);
	out->r = c.rgb.red;
	out->g = c.rgb.green;
	out->b = c.rgb.blue;
}

/* Colours, attributes and text of one cell. */
bool
vt_cell(vt *v, int row, int col, vt_cellinfo *ci)
{
	VTermScreenCell c;
	VTermPos pos;
	int n;

	memset(ci, 0, sizeof *ci);
	if (row < 0 || row >= v->rows || col < 0 || col >= v->cols)
		return false;
	pos.row = row;
	pos.col = col;
	if (!vterm_screen_get_cell(v->screen, pos, &c))
		return false;
	n = cell_utf8(&c, ci->text);
	if (n < 0)
		ci->text[0] = '\0';
	ci->width = c.width;
	convert_color(v, &c.fg, false, &ci->fg);
	convert_color(v, &c.bg, true, &ci->bg);
	ci->bold = c.attrs.bold;
	ci->underline = c.attrs.underline != 0;
	ci->italic = c.attrs.italic;
	ci->reverse = c.attrs.reverse;
	return true;
}

/* Compare two colours. */
bool
vt_color_equal(const vt_color *a, const vt_color *b)
{
	if (a->is_default || b->is_default)
		return a->is_default == b->is_default;
	if (a->indexed && b->indexed)
		return a->index == b->index;
	return a->r == b->r && a->g == b->g && a->b == b->b;
}

/* Resize the emulator and the pseudo-terminal. */
void
vt_resize(vt *v, int rows, int cols)
{
	struct winsize ws;

	vt_pump(v, 0);
	v->rows = rows;
	v->cols = cols;
	vterm_set_size(v->term, rows, cols);
	/*
	 * libvterm 0.1 keeps the scrolling region of the old size: a scroll
	 * after shrinking then moves a negative number of bytes and corrupts
	 * the heap (seen as a SIGABRT in resize storms). Reset it as xterm
	 * does on a resize, keeping the cursor where it was.
	 */
	vterm_input_write(v->term, "\0337\033[r\0338", 7);
	memset(&ws, 0, sizeof ws);
	ws.ws_row = (unsigned short)rows;
	ws.ws_col = (unsigned short)cols;
	if (v->fd != -1)
		ioctl(v->fd, TIOCSWINSZ, &ws);
}

/* Every byte the child wrote. */
const char *
vt_raw(vt *v, size_t *len)
{
	vt_pump(v, 0);
	if (len != NULL)
		*len = v->rawlen;
	return v->raw != NULL ? v->raw : "";
}

/* Forget the captured bytes. */
void
vt_raw_clear(vt *v)
{
	vt_pump(v, 0);
	v->rawlen = 0;
}

/* Print the screen to stderr. */
void
vt_dump(vt *v, const char *why)
{
	char *line;
	int row;

	fprintf(stderr, "--- %s (screen %dx%d) ---\n", why, v->cols, v->rows);
	for (row = 0; row < v->rows; row++) {
		line = vt_row_text(v, row);
		fprintf(stderr, "%3d|%s\n", row, line);
		free(line);
	}
	fprintf(stderr, "---\n");
}

/* Wait until check(v, arg) holds or time runs out. */
static bool
wait_for(vt *v, bool (*check)(vt *, int, const char *), int row,
    const char *text, int timeout_ms)
{
	long long end = now_ms() + timeout_ms;
	int left;

	vt_pump(v, 0);
	for (;;) {
		if (check(v, row, text))
			return true;
		left = (int)(end - now_ms());
		if (left <= 0)
			return false;
		vt_pump(v, left > 50 ? 50 : left);
	}
}

/* Text anywhere on screen. */
static bool
check_text(vt *v, int row, const char *text)
{
	(void)row;
	return vt_find(v, text, NULL, NULL);
}

/* Text not on screen. */
static bool
check_gone(vt *v, int row, const char *text)
{
	(void)row;
	return !vt_find(v, text, NULL, NULL);
}

/* Text on one row. */
static bool
check_row(vt *v, int row, const char *text)
{
	char *s = vt_row_text(v, row);
	bool found = strstr(s, text) != NULL;

	free(s);
	return found;
}

/* Wait for text anywhere on the screen. */
bool
vt_wait_text(vt *v, const char *utf8, int timeout_ms)
{
	char why[512];

	if (wait_for(v, check_text, 0, utf8, timeout_ms))
		return true;
	snprintf(why, sizeof why, "timed out after %d ms waiting for \"%s\"",
	    timeout_ms, utf8);
	vt_dump(v, why);
	return false;
}

/* Wait for text on one row. */
bool
vt_wait_row(vt *v, int row, const char *utf8, int timeout_ms)
{
	char why[512];

	if (wait_for(v, check_row, row, utf8, timeout_ms))
		return true;
	snprintf(why, sizeof why,
	    "timed out after %d ms waiting for \"%s\" on row %d", timeout_ms,
	    utf8, row);
	vt_dump(v, why);
	return false;
}

/* Wait for text to leave the screen. */
bool
vt_wait_gone(vt *v, const char *utf8, int timeout_ms)
{
	char why[512];

	if (wait_for(v, check_gone, 0, utf8, timeout_ms))
		return true;
	snprintf(why, sizeof why,
	    "timed out after %d ms waiting for \"%s\" to go", timeout_ms, utf8);
	vt_dump(v, why);
	return false;
}

/* Wait for the output to go quiet. */
bool
vt_settle(vt *v, int quiet_ms)
{
	long long start = now_ms(), quiet_since = now_ms();

	for (;;) {
		if (vt_pump(v, 10) > 0)
			quiet_since = now_ms();
		else if (now_ms() - quiet_since >= quiet_ms)
			return true;
		if (v->eof)
			return true;
		if (now_ms() - start > VT_SETTLE_CAP_MS + quiet_ms) {
			vt_dump(v, "output never settled");
			return false;
		}
	}
}

/* Wait for the child to exit and return its status. */
int
vt_wait_exit(vt *v, int timeout_ms)
{
	long long end = now_ms() + timeout_ms;

	for (;;) {
		vt_pump(v, 20);
		if (reap(v, false)) {
			while (vt_pump(v, 0) > 0)
				;
			break;
		}
		if (now_ms() >= end) {
			vt_dump(v, "timed out waiting for the program to exit");
			return -1;
		}
	}
	if (WIFEXITED(v->status))
		return WEXITSTATUS(v->status);
	if (WIFSIGNALED(v->status))
		return 128 + WTERMSIG(v->status);
	return -1;
}
