/*
 * replay.c - run a libFuzzer target over files without libFuzzer, so every
 * target also builds with gcc and replays its corpus under `meson test`.
 * Arguments are files or directories (read one level deep).
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf = NULL;
	size_t len = 0, cap = 0, n;

	if (f == NULL) {
		perror(path);
		return 1;
	}
	for (;;) {
		if (len == cap) {
			uint8_t *nb;
			cap = cap ? cap * 2 : 4096;
			nb = realloc(buf, cap);
			if (nb == NULL) {
				free(buf);
				fclose(f);
				return 1;
			}
			buf = nb;
		}
		n = fread(buf + len, 1, cap - len, f);
		if (n == 0)
			break;
		len += n;
	}
	fclose(f);
	LLVMFuzzerTestOneInput(buf, len);
	free(buf);
	return 0;
}

int
main(int argc, char **argv)
{
	int i, files = 0, bad = 0;

	for (i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) != 0) {
			perror(argv[i]);
			return 1;
		}
		if (S_ISDIR(st.st_mode)) {
			DIR *d = opendir(argv[i]);
			struct dirent *de;
			if (d == NULL) {
				perror(argv[i]);
				return 1;
			}
			while ((de = readdir(d)) != NULL) {
				char path[4096];
				if (de->d_name[0] == '.')
					continue;
				snprintf(path, sizeof path, "%s/%s", argv[i], de->d_name);
				bad += run_file(path);
				files++;
			}
			closedir(d);
		} else {
			bad += run_file(argv[i]);
			files++;
		}
	}
	printf("replayed %d inputs\n", files);
	if (files == 0) {
		fprintf(stderr, "no inputs: a replay that runs nothing proves nothing\n");
		return 1;
	}
	return bad != 0;
}
