def get_globals():
    return globals()


def set_global(v):
    global G
    G = v
