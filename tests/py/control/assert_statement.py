# assert passes silently, raises AssertionError with optional message
assert True
assert 1 == 1, "never shown"
assert [1], "non-empty list is true"
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("message object:", e.args[0])
def checked_sqrt(x):
    assert x >= 0, f"negative input {x}"
    return x ** 0.5
print(checked_sqrt(16))
try:
    checked_sqrt(-4)
except AssertionError as e:
    print(e)
calls = []
def msg():
    calls.append("msg")
    return "lazy"
assert True, msg()
print("message not evaluated when passing:", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
print(issubclass(AssertionError, Exception), AssertionError.__mro__[1].__name__)
