# Deleting from sys.modules forces a re-execution; an object placed there is what
# `import` returns.
import sys
sys.path.insert(0, "_lib")
import counted
print(counted.runs)
import counted
print(counted.runs)
old = counted
del sys.modules["counted"]
import counted
print(counted.runs, counted is old)


class Fake:
    answer = 7


sys.modules["fakemod"] = Fake()
import fakemod
print(fakemod.answer, type(fakemod).__name__)
from fakemod import answer
print(answer)
