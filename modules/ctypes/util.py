"""ctypes.util for pyjit: find_library looks for the shared library in the
usual system folders (no external tools are run)."""

import os

_DIRS = [
    "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu",
    "/lib/aarch64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
    "/lib64", "/usr/lib64", "/lib", "/usr/lib", "/usr/local/lib",
]


def find_library(name):
    """The file name of library `name` ('c' -> 'libc.so.6'), or None."""
    prefix = "lib" + name + ".so"
    extra = [d for d in os.environ.get("LD_LIBRARY_PATH", "").split(":") if d]
    for folder in extra + _DIRS:
        try:
            entries = sorted(os.listdir(folder))
        except OSError:
            continue
        versioned = [e for e in entries if e.startswith(prefix + ".")]
        if versioned:
            # The soname: the shortest versioned name (libc.so.6, not libc.so.6.0.1).
            return min(versioned, key=lambda e: (len(e), e))
        if prefix in entries:
            return prefix
    return None
