LEAF = "ns-leaf"
