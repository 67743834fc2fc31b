# ImportError.path: the file of the module a from-import failed on (None when the
# module has no file).
import sys
sys.path.insert(0, "_lib")
try:
    from plainmod import missing
except ImportError as e:
    print(e.name, e.path.rsplit("/", 2)[-2:])
try:
    from geo import missing
except ImportError as e:
    print(e.name, e.path.rsplit("/", 3)[-3:])
import circ_c
import circ_d
e = circ_d.CAUGHT
print(e.name, e.path.rsplit("/", 2)[-2:])
try:
    from sys import missing
except ImportError as e:
    print(e.name, e.path)
