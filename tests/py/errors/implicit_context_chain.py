# An exception raised while handling another: "During handling ..." then the new error last
log = []
def cleanup(resource):
    log.append(f"cleanup {resource}")
    raise RuntimeError(f"cleanup of {resource} failed")
def work(data):
    return data["key"]
try:
    print("working")
    print(work({"key": "first ok"}))
    print(work({}))
except KeyError as e:
    print("handling KeyError", e, log)
    cleanup("db")
print("never printed")
