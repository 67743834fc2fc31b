# %-formatting of ints of every size, bools and floats with every integer conversion and flag.
vals = [0, 1, -1, 7, -42, 255, -255, 2**63 - 1, -(2**63), 2**64, True, False, 3.7, -3.7]
for fmt in ["%d", "%i", "%u", "%o", "%x", "%X", "%#o", "%#x", "%#X", "%5d", "%-6x|", "%+d", "% d", "%05d", "%.3d", "%08.3x", "%#08x", "%s", "%r", "%c", "%e", "%.2f", "%g"]:
    out = []
    for v in vals:
        try:
            out.append(fmt % v)
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(fmt, out)
