#!/bin/sh
# install-test.sh SRCDIR - build gloss with a temporary prefix, install it,
# and check the installed program from another folder: --version, --outline
# on an installed article, the manual page, and that installed themes are
# found by name (theme_find and a configuration naming `theme: light`).
set -eu

src=$1
tmp=$(mktemp -d -t gloss-install.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix

fail() {
	echo "install-test: $*" >&2
	exit 1
}

meson setup "$tmp/build" "$src" --prefix="$prefix" -Dbuildtype=plain \
    >"$tmp/setup.log" 2>&1 || { cat "$tmp/setup.log"; fail "meson setup failed"; }
ninja -C "$tmp/build" gloss tests/install/theme-find >"$tmp/build.log" 2>&1 ||
    { tail -n 30 "$tmp/build.log"; fail "build failed"; }
meson install -C "$tmp/build" --no-rebuild >"$tmp/install.log" 2>&1 ||
    { cat "$tmp/install.log"; fail "meson install failed"; }

gloss=$prefix/bin/gloss
data=$prefix/share/gloss
[ -x "$gloss" ] || fail "$gloss not installed"
for t in dark light high-contrast mono; do
	[ -f "$data/themes/$t.yaml" ] || fail "theme $t.yaml not installed"
done
[ -f "$prefix/share/man/man1/gloss.1" ] || fail "manual page not installed"

# From an unrelated folder, so nothing is found relative to the source tree.
mkdir "$tmp/elsewhere" "$tmp/config"
cd "$tmp/elsewhere"
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" HOME="$tmp"

v=$("$gloss" --version) || fail "gloss --version failed"
case $v in
*[0-9].[0-9]*) ;;
*) fail "gloss --version printed '$v'" ;;
esac

article=$(ls "$data/articles" | head -n 1)
[ -n "$article" ] || fail "no articles installed"
"$gloss" --outline "$data/articles/$article" >outline.yaml ||
    fail "gloss --outline $article failed"
grep -q '^blocks:' outline.yaml || fail "outline of $article has no blocks"

# The installed theme-find was built with the same prefix as gloss.
finder=$tmp/build/tests/install/theme-find
out=$("$finder" light) || fail "theme light not found after installation"
[ "$out" = "light light" ] || fail "theme-find light printed '$out'"
out=$("$finder" high-contrast) || fail "theme high-contrast not found"
[ "$out" = "high-contrast dark" ] || fail "theme-find high-contrast printed '$out'"

printf 'theme: light\nmeasure: 70\n' >"$tmp/config.yaml"
"$finder" --check-config "$tmp/config.yaml" ||
    fail "a configuration naming theme: light does not check"
printf 'theme: no-such-theme\n' >"$tmp/bad.yaml"
if out=$("$finder" --check-config "$tmp/bad.yaml"); then
	fail "a configuration naming a missing theme checks"
fi
case $out in
"$tmp/bad.yaml:1:8: theme: cannot use 'no-such-theme'"*) ;;
*) fail "unexpected check output: $out" ;;
esac

# gloss --check-config, once the program has the option.
if "$gloss" --help 2>&1 | grep -q -- '--check-config'; then
	"$gloss" --check-config "$tmp/config.yaml" ||
	    fail "gloss --check-config rejects theme: light"
fi
echo "install-test: ok ($prefix)"
