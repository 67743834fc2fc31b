__all__ = ["alpha", "_beta", "Gamma"]
alpha = "a"
_beta = "b"
delta = "d"


class Gamma:
    pass
