# Circular `import a` / `import b`: b sees a partially initialised module a.
import sys
sys.path.insert(0, "_lib")
import circ_a
print(circ_a.A, circ_a.use())
print(circ_a.circ_b.circ_a is circ_a, sys.modules["circ_b"].B)
