#!/bin/bash
# The README's test command: set up a fresh machine (scripts/setup.sh), then run every suite:
# type check, unit tests, integration tests on the real dockerd, end-to-end tests in a real VS Code.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
npm test
