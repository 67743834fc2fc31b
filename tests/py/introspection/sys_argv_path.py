# sys.argv and sys.path basics.
import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].rsplit("/", 1)[-1])
print(type(sys.path).__name__, isinstance(sys.path[0], str), all(isinstance(p, str) for p in sys.path))
sys.path.append("nowhere")
print(sys.path[-1])
sys.path.remove("nowhere")
print("nowhere" in sys.path)
