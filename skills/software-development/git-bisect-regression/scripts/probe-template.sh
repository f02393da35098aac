#!/bin/sh
# Probe for `git bisect run`: exit 0 = good, 1 = bad, 125 = cannot test this commit.
# Copy it outside the repository, then replace the two commands below.

# 1. Build just enough to run the test; a commit that does not build is skipped.
make build >/dev/null 2>&1 || exit 125

# 2. Run only the failing check; its result decides good or bad.
if make test TEST=the_failing_test >/dev/null 2>&1; then
    exit 0
fi
exit 1
