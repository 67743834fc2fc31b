# Loops interacting with try/except/finally and with-blocks
log = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 3:
            raise ValueError(i)
        if i == 5:
            break
        log.append(f"ok{i}")
    except ValueError as e:
        log.append(f"err{e}")
        continue
    else:
        log.append(f"else{i}")
    finally:
        log.append(f"fin{i}")
else:
    log.append("loop-else")
print(log)
def retry(attempts):
    tries = 0
    while True:
        tries += 1
        try:
            if tries < attempts:
                raise ConnectionError(f"attempt {tries}")
            return f"succeeded after {tries}"
        except ConnectionError as e:
            print("retrying:", e)
print(retry(3))
results = []
for v in ["1", "x", "3", None, "5"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append("bad")
    except TypeError:
        results.append("none")
print(results)
def gen_errors():
    out = []
    i = 0
    while i < 4:
        try:
            try:
                if i % 2:
                    raise KeyError(i)
                out.append(("even", i))
            finally:
                i += 1
        except KeyError as k:
            out.append(("odd", k.args[0]))
    return out
print(gen_errors())
total = 0
for chunk in [[1, 2], [3, "x"], [4]]:
    try:
        for v in chunk:
            total += v
    except TypeError:
        print("skipping rest of chunk", chunk)
        continue
    print("chunk done", total)
print("total", total)
