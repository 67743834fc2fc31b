# sys.exit with a string prints it to stderr and exits with status 1
import sys
def load_config(text):
    pairs = [line.split("=", 1) for line in text.splitlines() if line]
    return {k.strip(): v.strip() for k, v in pairs}
config = load_config("name = demo\nmode = fast\n")
print("loaded", config)
for key in ("name", "mode", "port"):
    print("checking", key)
    if key not in config:
        sys.exit(f"fatal: configuration key {key!r} missing")
print("never printed")
