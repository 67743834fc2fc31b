# Deeply nested (but legal) expressions are evaluated fine
src = "(" * 100 + "1" + ")" * 100
print(eval(src))
print(eval("[" * 50 + "7" + "]" * 50) == [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[7]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]])
print(eval("-" * 100 + "5"), eval("not " * 101 + "True"))
expr = "1"
for i in range(2, 60):
    expr = f"({expr} + {i})"
print(eval(expr), sum(range(1, 60)))
print(eval("1" + " + 1" * 200))
nested = ((((((((((((((((((((1,),),),),),),),),),),),),),),),),),),),)
depth = 0
while isinstance(nested, tuple):
    nested = nested[0]
    depth += 1
print(depth, nested)
