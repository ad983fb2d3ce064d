/*
 * crash-store.c - kill a saving writer with SIGKILL at random moments.
 *
 * A child process opens the store (which removes stale temporary files) and
 * saves two known sets of highlights, A and B, alternately and forever; the
 * parent kills it after a random delay.  After every kill the file must
 * parse and hold exactly A or exactly B, and at most one temporary file (the
 * one in flight) may be left.  Usage: crash-store [ITERATIONS] (default 300).
 */
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "gloss/fsutil.h"
#include "gloss/store.h"

static const char article[] =
    "Het kabinet \xe6\x9d\x8e\xe5\x85\x8b\xe5\xbc\xba viel op dinsdag. "
    "Caf\xc3\xa9 owners in Utrecht disagreed loudly, the mayor said nothing.\n";

/* One of the two known sets: n highlights with notes naming the set. */
static anno_set *
make_set(const char *name, int n)
{
	anno_set *s = anno_set_new();
	int i;

	for (i = 0; i < n; i++) {
		anno *a = anno_new();
		char note[4096];
		size_t j;
		snprintf(a->id, sizeof a->id, "%s-%d", name, i);
		strcpy(a->created, "2026-11-28T02:15:00Z");
		strcpy(a->updated, "2026-11-28T02:15:00Z");
		a->color = (anno_color)(i % ANNO_COLOR_COUNT);
		/* Big enough notes that a write is not one tiny block. */
		for (j = 0; j + 1 < sizeof note; j++)
			note[j] = (char)('a' + (j * 7 + (size_t)i) % 26);
		note[sizeof note - 1] = '\0';
		note[0] = name[0];
		free(a->note);
		a->note = strdup(note);
		free(a->exact);
		a->exact = strdup("kabinet");
		a->start = 4;
		a->end = 11;
		anno_put(s, a);
	}
	return s;
}

/* Serialise a set to a new string. */
static char *
serialise(const anno_set *s, const store_article_info *info)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	if (f == NULL || !store_write_stream(s, info, f, NULL))
		exit(2);
	fclose(f);
	return buf;
}

/* Read a file into a new string (NULL when missing). */
static char *
slurp(const char *path)
{
	size_t len;

	return fs_read_all(path, 0, &len);
}

/* Number of temporary files of the store in dir. */
static int
count_temp(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	int n = 0;

	if (d == NULL)
		return -1;
	while ((de = readdir(d)) != NULL)
		if (strncmp(de->d_name, ".h.yaml.tmp.", 12) == 0)
			n++;
	closedir(d);
	return n;
}

/* The child: open (cleaning up), then save A and B forever. */
static void
child(const char *path, const anno_set *a, const anno_set *b,
      const store_article_info *info, int ready)
{
	err e;
	store *s = store_open(path, NULL, NULL, 0, TEXT_ENC_UTF8, NULL, &e);
	unsigned long i;

	if (s == NULL || store_side_mode(s)) {
		fprintf(stderr, "crash-store: child cannot open %s: %s\n", path, e.msg);
		_exit(3);
	}
	store_free(s);
	/* Tell the parent we are about to save. */
	if (write(ready, "x", 1) != 1)
		_exit(5);
	for (i = 0;; i++) {
		if (!store_write_file(path, i % 2 ? b : a, info, &e)) {
			fprintf(stderr, "crash-store: save failed: %s\n", e.msg);
			_exit(4);
		}
	}
}

int
main(int argc, char **argv)
{
	long n = argc > 1 ? strtol(argv[1], NULL, 10) : 300, i, got_a = 0, got_b = 0;
	const char *tmp = getenv("TMPDIR");
	char dir[512], path[600];
	store_article_info info = { NULL, NULL, "" };
	anno_set *a, *b, *back;
	char *ya, *yb, *now;
	int maxtemp = 0, t, status;
	err e;

	if (n <= 0)
		n = 300;
	snprintf(dir, sizeof dir, "%s/gloss-crash-XXXXXX", tmp != NULL ? tmp : P_tmpdir);
	if (mkdtemp(dir) == NULL) {
		perror(dir);
		return 1;
	}
	snprintf(path, sizeof path, "%s/h.yaml", dir);
	info.path = strdup("articles/kabinet.md");
	info.title = strdup("Kabinet");
	store_fingerprint(article, strlen(article), info.fingerprint);
	a = make_set("A", 6);
	b = make_set("B", 9);
	ya = serialise(a, &info);
	yb = serialise(b, &info);
	if (!store_write_file(path, a, &info, &e)) {
		fprintf(stderr, "crash-store: %s\n", e.msg);
		return 1;
	}
	srand((unsigned)time(NULL) ^ (unsigned)getpid());
	for (i = 0; i < n; i++) {
		pid_t pid;
		int fds[2];
		char c;
		if (pipe(fds) != 0 || (pid = fork()) < 0) {
			perror("fork");
			return 1;
		}
		if (pid == 0) {
			close(fds[0]);
			child(path, a, b, &info, fds[1]);
		}
		close(fds[1]);
		if (read(fds[0], &c, 1) != 1) {
			fprintf(stderr, "crash-store: iteration %ld: the writer did not "
			    "start\n", i);
			return 1;
		}
		close(fds[0]);
		/* A save (with its two fsyncs) takes a few to tens of milliseconds:
		 * kill anywhere in the first few saves. */
		usleep((useconds_t)(rand() % 40000));
		kill(pid, SIGKILL);
		if (waitpid(pid, &status, 0) != pid || !WIFSIGNALED(status)) {
			fprintf(stderr, "crash-store: iteration %ld: the writer died by "
			    "itself (status %d)\n", i, status);
			return 1;
		}
		now = slurp(path);
		if (now == NULL || !store_load_mem(now, strlen(now), path, &back, NULL, &e)) {
			fprintf(stderr, "crash-store: iteration %ld: %s does not parse: %s\n",
			    i, path, now == NULL ? "missing" : e.msg);
			return 1;
		}
		anno_set_free(back);
		if (strcmp(now, ya) == 0)
			got_a++;
		else if (strcmp(now, yb) == 0)
			got_b++;
		else {
			fprintf(stderr, "crash-store: iteration %ld: the file is neither set A "
			    "nor set B\n", i);
			return 1;
		}
		free(now);
		t = count_temp(dir);
		if (t > maxtemp)
			maxtemp = t;
		if (t > 1) {
			fprintf(stderr, "crash-store: iteration %ld: %d temporary files "
			    "accumulated\n", i, t);
			return 1;
		}
	}
	printf("crash-store: %ld kills, file was always set A (%ld) or set B (%ld), "
	    "at most %d temporary file left\n", n, got_a, got_b, maxtemp);
	/* Clean up. */
	{
		DIR *d = opendir(dir);
		struct dirent *de;
		while (d != NULL && (de = readdir(d)) != NULL) {
			char p[1024];
			if (de->d_name[0] == '.' && (de->d_name[1] == '\0' ||
			    strcmp(de->d_name, "..") == 0))
				continue;
			snprintf(p, sizeof p, "%s/%s", dir, de->d_name);
			unlink(p);
		}
		if (d != NULL)
			closedir(d);
		rmdir(dir);
	}
	anno_set_free(a);
	anno_set_free(b);
	free(ya);
	free(yb);
	store_article_info_clear(&info);
	return got_a + got_b == n ? 0 : 1;
}
