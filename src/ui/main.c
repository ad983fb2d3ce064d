/*
 * main.c - the command line: headless commands (--outline, --entities) use
 * the core directly; everything else opens the reader or the article list.
 *
 * Exit status: 0 on success, 1 on a runtime error (one line naming the
 * file), 2 on bad usage.
 */
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gloss/config.h"
#include "gloss/doc.h"
#include "gloss/extract.h"
#include "gloss/history.h"
#include "gloss/store.h"
#include "gloss/theme.h"
#include "keymap.h"
#include "ui.h"
#include "views.h"

static void
usage(FILE *f)
{
	fputs(
	    "usage: gloss [options] [FILE | DIR | -]\n"
	    "\n"
	    "Read an article (plain text or Markdown) with its people, organisations,\n"
	    "places and key figures beside it.  With no argument, opens the bundled\n"
	    "articles; a folder opens a list of its articles; - reads standard input.\n"
	    "\n"
	    "options:\n"
	    "  --outline FILE    print the document model (title, author, date, blocks\n"
	    "                    with byte offsets) as YAML and exit\n"
	    "  --entities FILE   print entities and key figures as YAML and exit\n"
	    "  --lang nl|en|auto language for extraction (default auto)\n"
	    "  --measure N       text measure in columns (default 80)\n"
	    "  --highlights FILE keep this article's highlights in FILE\n"
	    "  --export [FILE]   print the article's highlights (with --review: every\n"
	    "                    highlight) as Markdown and exit\n"
	    "  --format FMT      markdown (default) or yaml, for --export\n"
	    "  --theme NAME|PATH colours: dark, light, high-contrast, mono, or a file\n"
	    "  --config FILE     read this configuration instead of the default\n"
	    "  --check-config [FILE]  check the configuration and exit\n"
	    "  --review          every saved highlight, across articles\n"
	    "  --daily           with --review: start with a daily review session\n"
	    "  --filter EXPR     with --review --export: only what EXPR matches\n"
	    "                    (words, tag:NAME, color:NAME, article:WORDS, orphaned)\n"
	    "  --keys            print the key bindings as a Markdown table and exit\n"
	    "  -h, --help        show this help and exit\n"
	    "  -V, --version     show the version and exit\n"
	    "\n"
	    "Press ? in the reader for every key.  Reading positions are kept in\n"
	    "$XDG_DATA_HOME/gloss/ (default ~/.local/share/gloss/), the configuration\n"
	    "in $XDG_CONFIG_HOME/gloss/config.yaml (default ~/.config/gloss/).  See gloss(1).\n", f);
}

/* A bundled folder ("articles", "themes"): next to the binary in a build
 * tree, else installed. */
static char *
bundled(const char *what)
{
	char exe[PATH_MAX], cand[PATH_MAX + 32];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	const char *rel[] = {"/", "/../", "/../../"};
	struct stat st;
	size_t i;

	if (n > 0) {
		char *slash;
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL)
			*slash = '\0';
		for (i = 0; i < sizeof rel / sizeof rel[0]; i++) {
			snprintf(cand, sizeof cand, "%s%s%s", exe, rel[i], what);
			if (stat(cand, &st) == 0 && S_ISDIR(st.st_mode))
				return realpath(cand, NULL);
		}
	}
	snprintf(cand, sizeof cand, "%s/%s", GLOSS_DATADIR, what);
	if (stat(cand, &st) == 0 && S_ISDIR(st.st_mode))
		return strdup(cand);
	return NULL;
}

static void
print_keys(void)
{
	int c;

	for (c = 0; c < KEYMAP_CONTEXT_COUNT; c++) {
		int cur = 0;
		keymap_action a;
		bool seen[KEYMAP_ACTION_COUNT] = {0};
		printf("%s### %s\n\n| Keys | Action | Name in config.yaml |\n| --- | --- | --- |\n",
		    c ? "\n" : "", keymap_context_name((keymap_context)c));
		while (keymap_next((keymap_context)c, &cur, &a)) {
			if (seen[a])
				continue;
			seen[a] = true;
			printf("| %s | %s | `%s` |\n", keymap_default_keys_text((keymap_context)c, a),
			    keymap_action_desc(a), keymap_action_name(a));
		}
	}
}

/* --export: the article's highlights as Markdown or YAML. */
static int
export(const char *path, const char *hlfile, const char *format)
{
	err e = {0};
	doc *d = doc_load_file(path, &e);
	store *st;
	size_t len;
	const char *bytes;
	char *title, *author = NULL, *date = NULL, byline[512] = "";
	FILE *out;
	bool ok;

	if (d == NULL) {
		ui_warn("%s", e.msg);
		return 1;
	}
	bytes = doc_bytes(d, &len);
	title = doc_display_title(d);
	st = store_open(hlfile, path, bytes, len, doc_encoding(d), title, &e);
	if (st == NULL || store_side_mode(st)) {
		ui_warn("%s", e.msg[0] ? e.msg : "cannot open the highlights");
		store_free(st);
		free(title);
		doc_free(d);
		return 1;
	}
	if (doc_author(d).end > doc_author(d).start)
		author = doc_span_text(d, doc_author(d));
	if (doc_date(d).end > doc_date(d).start)
		date = doc_span_text(d, doc_date(d));
	snprintf(byline, sizeof byline, "%s%s%s", author ? author : "",
	    author && date ? " \xc2\xb7 " : "", date ? date : "");
	out = ui_out_begin();
	if (strcmp(format, "yaml") == 0)
		ok = store_write_stream(store_annos(st), store_info(st), out, &e);
	else
		ok = store_export_markdown(store_annos(st), out, title, path, byline);
	ok = ui_out_end(out) && ok;
	store_free(st);
	free(title);
	free(author);
	free(date);
	doc_free(d);
	if (!ok) {
		ui_warn("%s: %s", path, e.msg[0] ? e.msg : "cannot write the export");
		return 1;
	}
	return 0;
}

static int
headless(const char *what, const char *path, const char *lang)
{
	err e = {0};
	doc *d = doc_load_file(path, &e);
	FILE *out;
	bool ok;

	if (d == NULL) {
		ui_warn("%s", e.msg);
		return 1;
	}
	out = ui_out_begin();
	if (strcmp(what, "outline") == 0) {
		ok = doc_write_outline(d, out, &e);
	} else {
		extract_options opt = {.lang = lang};
		extract_result *r = extract_run(d, &opt, &e);
		ok = r != NULL && extract_write_yaml(r, d, out, &e);
		extract_free(r);
	}
	ok = ui_out_end(out) && ok;
	doc_free(d);
	if (!ok) {
		ui_warn("%s: %s", path, e.msg[0] ? e.msg : "cannot write output");
		return 1;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	enum { OPT_OUTLINE = 256, OPT_ENTITIES, OPT_LANG, OPT_KEYS, OPT_MEASURE,
	       OPT_HIGHLIGHTS, OPT_EXPORT, OPT_FORMAT, OPT_THEME, OPT_CONFIG, OPT_CHECK,
	       OPT_REVIEW, OPT_DAILY, OPT_FILTER };
	static const struct option longopts[] = {
		{"outline", required_argument, NULL, OPT_OUTLINE},
		{"entities", required_argument, NULL, OPT_ENTITIES},
		{"lang", required_argument, NULL, OPT_LANG},
		{"measure", required_argument, NULL, OPT_MEASURE},
		{"keys", no_argument, NULL, OPT_KEYS},
		{"highlights", required_argument, NULL, OPT_HIGHLIGHTS},
		{"export", optional_argument, NULL, OPT_EXPORT},
		{"review", no_argument, NULL, OPT_REVIEW},
		{"daily", no_argument, NULL, OPT_DAILY},
		{"filter", required_argument, NULL, OPT_FILTER},
		{"format", required_argument, NULL, OPT_FORMAT},
		{"theme", required_argument, NULL, OPT_THEME},
		{"config", required_argument, NULL, OPT_CONFIG},
		{"check-config", optional_argument, NULL, OPT_CHECK},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	const char *outline = NULL, *entities = NULL, *lang = NULL, *target;
	const char *exportf = NULL, *format = "markdown", *theme_arg = NULL, *config_arg = NULL;
	bool check = false, measure_set = false, review = false, daily = false, export_all = false;
	const char *filter = NULL;
	char *dir = NULL;
	view_opts vo = {0};
	doc *article = NULL;
	theme *th;
	struct stat st;
	int c, rc = 0;
	err e = {0};

	vo.measure = 80;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			usage(stdout);
			return 0;
		case 'V':
			printf("gloss %s\n", GLOSS_VERSION);
			return 0;
		case OPT_OUTLINE: outline = optarg; break;
		case OPT_ENTITIES: entities = optarg; break;
		case OPT_KEYS: print_keys(); return 0;
		case OPT_HIGHLIGHTS: vo.highlights = optarg; break;
		case OPT_THEME: theme_arg = optarg; break;
		case OPT_CONFIG: config_arg = optarg; break;
		case OPT_CHECK:
			check = true;
			if (optarg != NULL)
				config_arg = optarg;
			break;
		case OPT_EXPORT:
			/* --export FILE, --export=FILE, or --review --export. */
			if (optarg != NULL)
				exportf = optarg;
			else if (optind < argc && argv[optind][0] != '-')
				exportf = argv[optind++];
			else
				export_all = true;
			break;
		case OPT_REVIEW: review = true; break;
		case OPT_DAILY: daily = true; break;
		case OPT_FILTER: filter = optarg; break;
		case OPT_FORMAT:
			if (strcmp(optarg, "markdown") && strcmp(optarg, "yaml")) {
				ui_warn("--format takes markdown or yaml, not '%s'", optarg);
				return 2;
			}
			format = optarg;
			break;
		case OPT_MEASURE:
			vo.measure = atoi(optarg);
			measure_set = true;
			if (vo.measure < 20 || vo.measure > 1000) {
				ui_warn("--measure takes a number of columns from 20 to 1000");
				return 2;
			}
			break;
		case OPT_LANG:
			if (strcmp(optarg, "nl") && strcmp(optarg, "en") && strcmp(optarg, "auto")) {
				ui_warn("--lang takes nl, en or auto, not '%s'", optarg);
				return 2;
			}
			lang = strcmp(optarg, "auto") ? optarg : NULL;
			break;
		default:
			if (optopt >= 256 || optopt == 0)
				ui_warn("unknown or incomplete option '%s'", argv[optind - 1]);
			else
				ui_warn("unknown option '-%c'", optopt);
			fprintf(stderr, "Try 'gloss --help'.\n");
			return 2;
		}
	}
	{
		size_t n;
		const char *const *names = keymap_action_names(&n);
		config_set_actions(names, n);
		if ((dir = bundled("themes")) != NULL)
			theme_set_search_dir(dir);
		free(dir);
		dir = NULL;
	}
	if (check) {
		/* --check-config FILE, or --check-config and FILE after it. */
		if (config_arg == NULL && optind < argc)
			config_arg = argv[optind];
		FILE *out = ui_out_begin();
		int bad = config_check(config_arg, out);
		ui_out_end(out);
		return bad == 0 ? 0 : 1;
	}
	if (outline)
		return headless("outline", outline, lang);
	if (entities)
		return headless("entities", entities, lang);
	if (review && (export_all || exportf)) {
		config cfg;
		err errs[1];
		config_load(config_arg, &cfg, errs, 1);
		if (cfg.highlights_dir != NULL)
			store_set_dir(cfg.highlights_dir);
		config_clear(&cfg);
		return review_export_cli(filter);
	}
	if (export_all) {
		ui_warn("--export takes an article (or goes with --review)\nTry 'gloss --help'.");
		return 2;
	}
	if (exportf)
		return export(exportf, vo.highlights, format);
	if ((daily || filter) && !review) {
		ui_warn("--daily and --filter go with --review\nTry 'gloss --help'.");
		return 2;
	}
	if (argc - optind > 1) {
		ui_warn("one article or folder at a time\nTry 'gloss --help'.");
		return 2;
	}
	vo.lang = lang;
	if (optind < argc) {
		target = argv[optind];
	} else if (review) {
		target = "";
	} else {
		if ((dir = bundled("articles")) == NULL) {
			ui_warn("no bundled articles found; name a file or folder");
			return 1;
		}
		target = dir;
	}
	/* An article that cannot be read is the first thing to say. */
	if (!review && strcmp(target, "-") != 0 && !(stat(target, &st) == 0 && S_ISDIR(st.st_mode))) {
		/* A large article: its beginning first, the rest is loaded
		 * by the reader while the first screen is up. */
		if ((article = doc_load_preview(target, 256 * 1024, &e)) == NULL) {
			ui_warn("%s", e.msg);
			free(dir);
			return 1;
		}
	}
	if (!isatty(STDOUT_FILENO)) {
		ui_warn("standard output is not a terminal (try --outline or --entities)");
		doc_free(article);
		free(dir);
		return 1;
	}
	vo.hist = history_load(NULL, &e);
	th = NULL;
	{
		/* The configuration: bad entries fall back to their defaults, and
		 * the reader says so. */
		config cfg;
		err errs[8];
		int nerr = config_load(config_arg, &cfg, errs, 8);
		size_t i, k;
		for (k = 0; k < 6; k++)
			vo.sections[k] = false;
		for (k = 0; k < cfg.nsections; k++)
			if ((int)cfg.sections[k] < 6)
				vo.sections[cfg.sections[k]] = true;
		if (cfg.nsections == 0)
			for (k = 0; k < 6; k++)
				vo.sections[k] = true;
		if (!measure_set)
			vo.measure = cfg.measure;
		vo.sidebar_width = cfg.sidebar_width;
		vo.daily_size = cfg.review_daily;
		vo.sidebar_left = cfg.sidebar_left;
		if (lang == NULL && cfg.language != CONFIG_LANG_AUTO)
			vo.lang = config_lang_name(cfg.language);
		if (cfg.highlights_dir != NULL)
			store_set_dir(cfg.highlights_dir);
		for (i = 0; i < cfg.nbindings; i++) {
			err be;
			const config_binding *b = &cfg.bindings[i];
			if (!keymap_bind(b->action, (const char *const *)b->keys, b->nkeys, &be) && nerr++ < 8)
				err_set(&errs[nerr - 1], "%s:%d:%d: %s", cfg.path ? cfg.path : "config",
				    b->line, b->col, be.msg);
		}
		if (nerr > 0)
			snprintf(vo.notice, sizeof vo.notice, "%s%s (using defaults there; "
			    "gloss --check-config lists %s)", errs[0].msg,
			    nerr > 1 ? " and more errors" : "", nerr > 1 ? "them all" : "it");
		if (theme_arg == NULL)
			theme_arg = cfg.theme;
		if (theme_arg != NULL) {
			err te = {0};
			th = theme_find(theme_arg, &te);
			if (th == NULL) {
				if (cfg.theme == theme_arg || vo.notice[0]) {
					if (!vo.notice[0])
						snprintf(vo.notice, sizeof vo.notice, "%s (using the default theme)", te.msg);
				} else {
					ui_warn("%s", te.msg);
					config_clear(&cfg);
					history_free(vo.hist);
					free(dir);
					return 1;
				}
			}
		}
		config_clear(&cfg);
	}
	if (th == NULL)
		th = theme_new_default();
	vo.th = th;
	if (review) {
		if (!ui_init(th)) {
			ui_warn("cannot open the terminal (is TERM set?)");
			rc = 1;
		} else {
			review_run(&vo, daily);
			ui_end();
		}
	} else if (strcmp(target, "-") != 0 && stat(target, &st) == 0 && S_ISDIR(st.st_mode)) {
		if (!ui_init(th)) {
			ui_warn("cannot open the terminal (is TERM set?)");
			rc = 1;
		} else {
			rc = list_run(target, &vo);
			ui_end();
		}
	} else {
		doc *d = article != NULL ? article : doc_load_file(target, &e);
		if (d == NULL) {
			ui_warn("%s", e.msg);
			rc = 1;
		} else if (!ui_init(th)) {
			ui_warn("cannot open the terminal (is TERM set?)");
			rc = 1;
			doc_free(d);
		} else {
			reader_run(d, &vo);
			ui_end();
			doc_free(d);
		}
	}
	history_free(vo.hist);
	theme_free(vo.th);
	free(dir);
	return rc;
}
