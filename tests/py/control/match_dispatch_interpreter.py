# A tiny stack-machine interpreter dispatching instructions with match
program = [
    ("push", 10), ("push", 20), ("add",), ("dup",), ("mul",), ("print",),
    ("push", 3), ("store", "n"), ("label", "loop"), ("load", "n"), ("print",),
    ("load", "n"), ("push", 1), ("sub",), ("dup",), ("store", "n"), ("jnz", "loop"),
    ("push", "done"), ("print",), ("halt",), ("push", "unreachable"), ("print",),
]
labels = {ins[1]: idx for idx, ins in enumerate(program) if ins[0] == "label"}
stack, env, pc, steps = [], {}, 0, 0
while pc < len(program):
    steps += 1
    match program[pc]:
        case ("push", value):
            stack.append(value)
        case ("add" | "sub" | "mul") as op,:
            b, a = stack.pop(), stack.pop()
            stack.append({"add": a + b, "sub": a - b, "mul": a * b}[op])
        case ("dup",):
            stack.append(stack[-1])
        case ("print",):
            print("out:", stack.pop())
        case ("store", str(name)):
            env[name] = stack.pop()
        case ("load", name):
            stack.append(env[name])
        case ("label", _):
            pass
        case ("jnz", target) if stack.pop() != 0:
            pc = labels[target]
            continue
        case ("jnz", _):
            pass
        case ("halt",):
            break
        case unknown:
            raise RuntimeError(f"bad instruction {unknown}")
    pc += 1
print("steps:", steps, "stack:", stack, "env:", env)
def shape_area(shape):
    match shape:
        case {"kind": "rect", "w": w, "h": h}:
            return w * h
        case {"kind": "square", "side": s}:
            return s * s
        case {"kind": "tri", "base": b, "height": h}:
            return b * h / 2
        case _:
            return 0
shapes = [{"kind": "rect", "w": 2, "h": 3}, {"kind": "square", "side": 4}, {"kind": "tri", "base": 3, "height": 5}, {"kind": "blob"}]
print([shape_area(s) for s in shapes], sum(shape_area(s) for s in shapes))
