# traceback.print_stack / format_stack / extract_stack; paths replaced by HERE.
import sys
import traceback

HERE = __file__


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


def here():
    buf = Out()
    traceback.print_stack(file=buf)
    print("".join(buf.parts).replace(HERE, "HERE"), end="")
    print("".join(traceback.format_stack(limit=1)).replace(HERE, "HERE"), end="")
    st = traceback.extract_stack()
    print([(f.name, f.lineno, f.line) for f in st])


def outer():
    here()


outer()
