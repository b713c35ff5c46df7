#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what the tests need, then runs vitest.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup-test-tools.sh
npm test "$@"
