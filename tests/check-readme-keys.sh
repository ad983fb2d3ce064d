#!/bin/sh
# README's key tables must be exactly what the key table in the code says.
gloss=$1 readme=$2
want=$("$gloss" --keys) || exit 1
have=$(sed -n '/<!-- keys:begin -->/,/<!-- keys:end -->/p' "$readme" | sed '1d;$d')
if [ "$want" != "$have" ]; then
	echo "README.md's key tables differ from 'gloss --keys':" >&2
	printf '%s\n' "$want" > readme-keys.want
	printf '%s\n' "$have" | diff -u - readme-keys.want >&2
	rm -f readme-keys.want
	exit 1
fi
echo "README keys match the keymap"
