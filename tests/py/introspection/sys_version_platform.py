# version_info, platform, byteorder, implementation (name not printed).
import sys
print(sys.version_info[:2] == (3, 11), sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 11), sys.version_info < (4,), len(sys.version_info))
print(type(sys.version_info.micro).__name__, sys.version_info.releaselevel in ("final", "alpha", "beta", "candidate"))
print(isinstance(sys.version, str), sys.version.split()[0].startswith("3.11"))
print(sys.platform, sys.byteorder)
print(isinstance(sys.implementation.name, str), sys.implementation.name == sys.implementation.name.lower())
print(sys.implementation.version[:2] >= (0, 0) if sys.implementation.name != "cpython" else sys.implementation.version[:2] == (3, 11))
print(isinstance(sys.implementation.cache_tag, (str, type(None))))
