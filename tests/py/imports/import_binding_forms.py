# What each import statement binds, at module level and inside functions.
import sys
sys.path.insert(0, "_lib")


def local_import():
    import geo.sub.sibling
    return sorted(k for k in locals())


print(local_import(), "geo" in globals())


def local_as():
    import geo.sub.sibling as s
    from geo.util import double as dbl
    return sorted(locals()), s.SIB, dbl(4)


print(local_as())
import geo.sub
print(geo.__name__, "sub" in dir(geo))
import geo.util as gu
print(gu.__name__, "gu" in globals())


class Holder:
    import plainmod
    from geo import util


print(Holder.plainmod.X, Holder.util.__name__)
