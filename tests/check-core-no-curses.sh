#!/bin/sh
# The core library must never include or call curses: the split between
# core and UI stays honest.
root=${1:-.}
if grep -rnE '#include *[<"](n?curses|ncursesw/)|\b(wrefresh|mvwaddstr|initscr)\b' \
	"$root/src/core" "$root/include"; then
	echo "src/core or include/ mentions curses: move that code to src/ui/" >&2
	exit 1
fi
echo "core is curses-free"
