# sys.exit(None) raises SystemExit() with empty args; sys.exit(tuple) uses the tuple
# as the args.
import sys
for arg in [None, (1, 2), ()]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
