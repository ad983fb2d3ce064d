/*
 * theme-find.c - for the installation test: find a theme by name the way
 * gloss does and print its name, or check a configuration file.
 *
 * usage: theme-find NAME | theme-find --check-config FILE
 */
#include <stdio.h>
#include <string.h>

#include "gloss/config.h"
#include "gloss/theme.h"

int
main(int argc, char **argv)
{
	theme *t;
	err e;

	if (argc == 3 && strcmp(argv[1], "--check-config") == 0)
		return config_check(argv[2], stdout);
	if (argc != 2) {
		fputs("usage: theme-find NAME | theme-find --check-config FILE\n", stderr);
		return 2;
	}
	if ((t = theme_find(argv[1], &e)) == NULL) {
		fprintf(stderr, "theme-find: %s\n", e.msg);
		return 1;
	}
	printf("%s %s\n", theme_name(t), theme_is_light(t) ? "light" : "dark");
	theme_free(t);
	return 0;
}
