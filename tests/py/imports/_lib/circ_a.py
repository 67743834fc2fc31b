import circ_b
A = "a"


def use():
    return circ_b.B + "+" + circ_b.seen_a_attrs
