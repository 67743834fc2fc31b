#!/usr/bin/env bash
# Builds libpjtest.so, the C library used by the ctypes conformance tests
# (tests/py/ctypes/*.py), next to this script. The .so is a build product: the test
# runner (and anyone regenerating the golden files) runs this script first.
set -eu
cd "$(dirname "${BASH_SOURCE[0]}")"
${CC:-cc} -shared -fPIC -O2 -o libpjtest.so testlib.c
