/*
 * vt.h - an end-to-end test harness: run a program in a pseudo-terminal
 * watched by a real terminal emulator (libvterm), send it keys and read
 * back what the screen shows, colours and attributes included, and every
 * byte the program wrote.
 *
 * Rows and columns are 0-based throughout.  Waits poll the terminal and
 * feed libvterm; a wait that times out dumps the screen to stderr so a
 * failing test says what it saw.
 */
#ifndef GLOSS_VT_H
#define GLOSS_VT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct vt vt;

/* Raw key sequences that do not depend on terminal modes. */
#define VT_ESC "\033"
#define VT_TAB "\t"
#define VT_ENTER "\r"
#define VT_BACKSPACE "\177"
#define VT_PGUP "\033[5~"
#define VT_PGDN "\033[6~"
/* Control-x as a one-byte string: VT_CTRL("d") is "\004". */
#define VT_CTRL(c) ((const char[]){ (char)((c)[0] & 0x1f), '\0' })

/* Keys whose bytes depend on the terminal's modes (cursor keys in
 * application mode send ESC O A); vt_key() asks libvterm for them. */
typedef enum vt_key_code {
	VT_KEY_UP,
	VT_KEY_DOWN,
	VT_KEY_LEFT,
	VT_KEY_RIGHT,
	VT_KEY_HOME,
	VT_KEY_END,
	VT_KEY_PAGEUP,
	VT_KEY_PAGEDOWN,
	VT_KEY_ENTER,
	VT_KEY_TAB,
	VT_KEY_ESCAPE,
	VT_KEY_BACKSPACE,
} vt_key_code;

typedef struct vt_color {
	bool is_default;          /* the terminal's default fg or bg */
	bool indexed;             /* set by a palette index (SGR 3x, 9x, 38;5) */
	int index;                /* palette index when indexed, else -1 */
	uint8_t r, g, b;          /* always filled (palette resolved) */
} vt_color;

typedef struct vt_cellinfo {
	char text[32];            /* UTF-8 of the cell, "" when empty */
	int width;                /* 1, or 2 for a wide character */
	vt_color fg, bg;
	bool bold, underline, italic, reverse;
} vt_cellinfo;

/*
 * Start argv[0] (searched in PATH) in a rows x cols pseudo-terminal.  The
 * child gets TERM=xterm-256color, LANG=LC_ALL=C.UTF-8, COLUMNS and LINES
 * unset, and HOME, XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_STATE_HOME and
 * XDG_CACHE_HOME inside a fresh temporary directory removed by vt_free().
 * env (NULL-terminated, may be NULL) holds "NAME=VALUE" to set or "NAME" to
 * unset, applied last.  Returns NULL (with a message on stderr) on error.
 */
vt *vt_spawn(const char *const argv[], int rows, int cols,
             const char *const env[]);
/* Same, with HOME and the XDG directories under home, which vt_free()
 * leaves in place (to run a program twice with the same files). */
vt *vt_spawn_home(const char *const argv[], int rows, int cols,
                  const char *const env[], const char *home);
/* Kill the child if it still runs, free everything, remove the temporary
 * home when vt_spawn() made it. */
void vt_free(vt *v);

/* A fresh temporary directory (caller frees the string) and its removal. */
char *vt_home_new(void);
void vt_home_remove(const char *dir);

/* The child's process id, -1 once it has exited and been reaped. */
int vt_pid(const vt *v);
/* The child's HOME. */
const char *vt_home(const vt *v);
int vt_rows(const vt *v);
int vt_cols(const vt *v);

/* Send raw bytes; a key that needs the terminal's modes; SGR (1006) mouse
 * reports: a left click, a wheel step up or down (in the middle of the
 * screen's left part, or at row, col). */
void vt_send(vt *v, const char *keys);
void vt_sendn(vt *v, const char *bytes, size_t len);
void vt_key(vt *v, vt_key_code k);
void vt_click(vt *v, int row, int col);
void vt_wheel(vt *v, bool up);
void vt_wheel_at(vt *v, int row, int col, bool up);

/* Read what the child wrote for up to timeout_ms (0 = what is there now);
 * returns the number of bytes read. */
size_t vt_pump(vt *v, int timeout_ms);

/* Wait until text appears anywhere on the screen / on row. */
bool vt_wait_text(vt *v, const char *utf8, int timeout_ms);
bool vt_wait_row(vt *v, int row, const char *utf8, int timeout_ms);
/* Wait until text is gone from the screen. */
bool vt_wait_gone(vt *v, const char *utf8, int timeout_ms);
/* Wait until the child has written nothing for quiet_ms (at most 5 s
 * altogether); false when output never stopped. */
bool vt_settle(vt *v, int quiet_ms);

/* One row as UTF-8 (a wide character once, trailing spaces trimmed) and
 * the screen as rows joined by newlines.  Caller frees. */
char *vt_row_text(vt *v, int row);
char *vt_screen_text(vt *v);
/* Display width in cells of the text in columns [from, to) of a row, from
 * its first to its last non-blank cell (0 when blank). */
int vt_row_width(vt *v, int row, int from, int to);
/* Find text on the screen (first match, top to bottom); row and col (may
 * be NULL) receive the cell where it starts. */
bool vt_find(vt *v, const char *utf8, int *row, int *col);

/* The cell at row, col.  False when outside the screen. */
bool vt_cell(vt *v, int row, int col, vt_cellinfo *ci);
/* True when two colours are the same (default, index or RGB). */
bool vt_color_equal(const vt_color *a, const vt_color *b);

/* Resize the terminal and the pseudo-terminal (the child gets SIGWINCH). */
void vt_resize(vt *v, int rows, int cols);

/* Every byte the child wrote so far. */
const char *vt_raw(vt *v, size_t *len);
/* Forget the bytes captured so far. */
void vt_raw_clear(vt *v);

/* Wait for the child to exit: its exit status, 128+N when killed by signal
 * N, -1 on timeout. */
int vt_wait_exit(vt *v, int timeout_ms);

/* Print the screen, numbered rows, to stderr, under a heading. */
void vt_dump(vt *v, const char *why);

#endif
