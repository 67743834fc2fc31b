# printf-style % formatting
print("%s %d %f" % ("a", 42, 3.5))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%.2f %10.3f %-10.1f| %e %.2E %g %G" % (3.14159, 2.5, 1.25, 12345.678, 0.000123, 1e20, 1e-20))
print("%s %r %a" % ("é", "é", "é"))
print("%c%c%c" % (72, "i", 33))
print("%%d means int: %d%%" % 50)
print("%(name)s is %(age)d years, %(name)s!" % {"name": "Bob", "age": 40})
print("%s" % (1, ), "%s" % [1, 2], "%s" % ((1, 2),), "%s and %s" % (None, True))
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 3, 3.14159))
print("%i %u" % (-7, 7), "%5s|%-5s|%.2s" % ("ab", "ab", "abc"))
print("%d" % 3.99, "%d" % -3.99, "%s" % 3.0, "%r" % "x", "%.0f" % 2.5, "%.0f" % 3.5)
print("%d" % 10 ** 25, "%x" % 2 ** 70, "%.3g" % 1234567, "%10.4s|" % "abcdefg")
print("%(x)5.1f|%(y)-4s|" % {"x": 2.345, "y": "z"})
print("%s" % "only", "no args" % (), "%-8s|%8s|" % ("left", "right"))
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2)), ("%z", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b"%s=%d" % (b"k", 5), b"%x" % 255, b"%5s|" % b"ab")
