import circ_a
B = "b"
seen_a_attrs = str(hasattr(circ_a, "A"))
