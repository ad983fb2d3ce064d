/*
 * help.c - the help overlay, generated from the keymap table.
 */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "gloss/text.h"
#include "keymap.h"
#include "ui.h"
#include "views.h"

void
help_draw(int ctx, int scroll)
{
	int order[3] = {ctx, -1, -1};
	int w = COLS > 76 ? 72 : COLS - 2, h = LINES > 12 ? LINES - 3 : LINES - 1, x0, y0;
	int row = 0, y, c;
	struct { char keys[64]; const char *desc; bool head; } lines[128];
	int n = 0;

	if (w < 10 || h < 2)
		return;
	if (ctx == KEYMAP_CTX_READER)
		order[1] = KEYMAP_CTX_SIDEBAR;
	for (c = 0; c < 3 && order[c] >= 0; c++) {
		int cur = 0;
		keymap_action a, seen[KEYMAP_ACTION_COUNT] = {0};
		if (n < 128) {
			snprintf(lines[n].keys, sizeof lines[n].keys, "%s",
			    keymap_context_name((keymap_context)order[c]));
			lines[n].desc = "";
			lines[n++].head = true;
		}
		while (keymap_next((keymap_context)order[c], &cur, &a) && n < 128) {
			if (seen[a])
				continue;
			seen[a] = 1;
			snprintf(lines[n].keys, sizeof lines[n].keys, "%s",
			    keymap_keys_text((keymap_context)order[c], a));
			lines[n].desc = keymap_action_desc(a);
			lines[n++].head = false;
		}
	}
	x0 = (COLS - w) / 2;
	y0 = LINES > 12 ? 1 : 0;
	if (scroll > n - (h - 2))
		scroll = n - (h - 2) > 0 ? n - (h - 2) : 0;
	ui_style(THEME_OVERLAY_TITLE, THEME_ROLE_COUNT, 0);
	ui_fill(y0, x0, w);
	ui_put(y0, x0 + 2, "Keys \xe2\x80\x94 q closes, j/k scroll", w - 4);
	for (y = 1; y < h; y++) {
		int li = scroll + y - 1;
		ui_style(THEME_OVERLAY, THEME_ROLE_COUNT, 0);
		ui_fill(y0 + y, x0, w);
		if (li >= n)
			continue;
		if (lines[li].head) {
			ui_style(THEME_OVERLAY_TITLE, THEME_ROLE_COUNT, 0);
			ui_put(y0 + y, x0 + 2, lines[li].keys, w - 4);
			continue;
		}
		ui_style(THEME_OVERLAY, THEME_ROLE_COUNT, THEME_ATTR_BOLD);
		ui_put(y0 + y, x0 + 3, lines[li].keys, 22);
		ui_style(THEME_OVERLAY, THEME_ROLE_COUNT, 0);
		ui_put(y0 + y, x0 + 26, lines[li].desc, w - 28);
	}
	(void)row;
}
