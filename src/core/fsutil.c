/*
 * fsutil.c - files written safely: atomic replacement and folders; whole
 * files read (see fsutil.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gloss/fsutil.h"

static const char *fail_step;
static int fail_code;

void
fs_fail_at(const char *step, int code)
{
	fail_step = step;
	fail_code = code;
}

/* True (with errno set) when the testing hook fails this step. */
static bool
injected(const char *step)
{
	if (fail_step != NULL && strcmp(fail_step, step) == 0) {
		errno = fail_code;
		return true;
	}
	return false;
}

char *
fs_dir_of(const char *path, const char **base)
{
	const char *slash = strrchr(path, '/');
	char *d;

	if (slash == NULL) {
		*base = path;
		return strdup(".");
	}
	*base = slash + 1;
	if (slash == path)
		return strdup("/");
	if ((d = malloc((size_t)(slash - path) + 1)) == NULL)
		return NULL;
	memcpy(d, path, (size_t)(slash - path));
	d[slash - path] = '\0';
	return d;
}

bool
fs_make_dirs(const char *dir, const char *what, err *e)
{
	char *p = strdup(dir), *s;
	struct stat st;

	if (p == NULL)
		return false;
	for (s = p + 1; ; s++) {
		if (*s == '/' || *s == '\0') {
			char c = *s;
			*s = '\0';
			if (mkdir(p, 0700) != 0 && errno != EEXIST) {
				err_set(e, "%s: cannot create the %s folder: %s",
				    p, what, strerror(errno));
				free(p);
				return false;
			}
			*s = c;
			if (c == '\0')
				break;
		}
	}
	if (stat(p, &st) != 0 || !S_ISDIR(st.st_mode)) {
		err_set(e, "%s: cannot save %s there: %s", p, what,
		    stat(p, &st) != 0 ? strerror(errno) : "not a folder");
		free(p);
		return false;
	}
	free(p);
	return true;
}

bool
fs_write_atomic(const char *path, const char *data, size_t len, const char *what, err *e)
{
	const char *base;
	char *dir = fs_dir_of(path, &base), *tmp = NULL;
	size_t n, off = 0;
	int fd = -1, dfd, saved;
	const char *step = "mkstemp";

	if (dir == NULL || (tmp = malloc(strlen(dir) + strlen(base) + 16)) == NULL) {
		free(dir);
		err_set(e, "%s: out of memory", path);
		return false;
	}
	if (!fs_make_dirs(dir, what, e)) {
		free(dir);
		free(tmp);
		return false;
	}
	sprintf(tmp, "%s/.%s.tmp.XXXXXX", dir, base);
	if (injected("mkstemp") || (fd = mkstemp(tmp)) < 0)
		goto fail;
	/* Held until the rename so that a cleaner of stale temporary files
	 * (store_clean_temp) leaves this one alone. */
	(void)flock(fd, LOCK_EX);
	step = "write";
	while (off < len) {
		ssize_t w;
		if (injected("write"))
			goto fail;
		w = write(fd, data + off, len - off > 65536 ? 65536 : len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			goto fail;
		off += (size_t)w;
	}
	step = "fsync";
	if (injected("fsync") || fsync(fd) != 0)
		goto fail;
	step = "rename";
	if (injected("rename") || rename(tmp, path) != 0)
		goto fail;
	close(fd);
	if ((dfd = open(dir, O_RDONLY | O_DIRECTORY)) >= 0) {
		(void)fsync(dfd);
		close(dfd);
	}
	free(dir);
	free(tmp);
	return true;
fail:
	saved = errno;
	if (fd >= 0) {
		unlink(tmp);
		close(fd);
	}
	n = strlen(step);
	err_set(e, "%s: cannot save %s (%.*s): %s; the old file was left as it was",
	    path, what, (int)n, step, strerror(saved));
	free(dir);
	free(tmp);
	errno = saved;
	return false;
}


char *
fs_read_all(const char *path, size_t max, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL, *nb;
	size_t cap = 0, n;
	int saved;
	struct stat st;

	*len = 0;
	if (f == NULL)
		return NULL;
	/* One read of the right size for a regular file. */
	if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
	    (unsigned long long)st.st_size < SIZE_MAX / 2) {
		if (max != 0 && (unsigned long long)st.st_size > max) {
			fclose(f);
			errno = EFBIG;
			return NULL;
		}
		cap = (size_t)st.st_size + 1;
		if ((buf = malloc(cap)) == NULL) {
			fclose(f);
			errno = ENOMEM;
			return NULL;
		}
	}
	for (;;) {
		if (*len + 1 >= cap) {
			if (max != 0 && *len > max) {
				saved = EFBIG;
				goto fail;
			}
			cap = cap ? cap * 2 : 8192;
			if ((nb = realloc(buf, cap)) == NULL) {
				saved = ENOMEM;
				goto fail;
			}
			buf = nb;
		}
		n = fread(buf + *len, 1, cap - *len - 1, f);
		if (n == 0)
			break;
		*len += n;
	}
	if (ferror(f)) {
		saved = errno != 0 ? errno : EIO;
		goto fail;
	}
	if (max != 0 && *len > max) {
		saved = EFBIG;
		goto fail;
	}
	fclose(f);
	buf[*len] = '\0';
	return buf;

fail:
	free(buf);
	fclose(f);
	*len = 0;
	errno = saved;
	return NULL;
}
