#!/bin/sh
# short-run.sh - run every libFuzzer target for a while under the sanitizers.
#
# Usage: short-run.sh FUZZDIR SRCDIR [SECONDS] [TARGET...]
#   FUZZDIR  the build's tests/fuzz folder (holding fuzz-NAME binaries)
#   SRCDIR   the source tests/fuzz folder (holding corpus-NAME/)
#   SECONDS  time per target (default 10)
# The seed corpus is copied to a scratch folder, so new inputs never land in
# the source tree.  A crash leaves its input in the scratch folder, named in
# the output, and the script exits 1.  Prints executions per target.
set -u
fuzzdir=$1
srcdir=$2
secs=${3:-10}
shift 2
[ $# -gt 0 ] && shift
targets=${*:-doc extract store theme config search}

work=$(mktemp -d "${TMPDIR:-/tmp}/gloss-fuzz.XXXXXX") || exit 1
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
status=0
for t in $targets; do
	bin=$fuzzdir/fuzz-$t
	if [ ! -x "$bin" ]; then
		echo "fuzz-$t: not built, skipped"
		continue
	fi
	mkdir -p "$work/$t/corpus" "$work/$t/art"
	cp "$srcdir/corpus-$t/"* "$work/$t/corpus/" 2>/dev/null
	"$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
	    -print_final_stats=1 -artifact_prefix="$work/$t/art/" \
	    "$work/$t/corpus" >"$work/$t/log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$t/log")
	if [ $rc -ne 0 ]; then
		echo "fuzz-$t: FAILED (exit $rc) after ${execs:-?} runs; log and input in $work/$t"
		grep -E 'ERROR|runtime error|SUMMARY' "$work/$t/log" | head -5
		status=1
	else
		echo "fuzz-$t: ${execs:-?} runs in ${secs}s, no crash"
	fi
done
[ $status -eq 0 ] && rm -rf "$work"
exit $status
