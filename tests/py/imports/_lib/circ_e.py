from circ_f import F
E = "e"
