# An exception raised while handling another: "During handling ..." then the new error last
def cleanup():
    raise RuntimeError("cleanup failed")
try:
    print("working")
    {}["key"]
except KeyError:
    print("handling KeyError")
    cleanup()
