__all__ = ["pub", "_hidden_but_listed"]
pub = 1
other = 2
_hidden_but_listed = 3
