# Instances, methods, attributes and bound methods
class Account:
    bank = "PyBank"
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        self.balance += amount
        self.history.append(("dep", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("wd", amount))
        return self
    def summary(self):
        return f"{self.owner}@{self.bank}: {self.balance}"
a = Account("ann", 100)
a.deposit(50).withdraw(30)
print(a.summary(), a.history)
try:
    a.withdraw(1000)
except ValueError as e:
    print("ValueError:", e)
b = Account("bob")
print(b.summary(), b.balance, b.history is a.history)
m = a.deposit
m(5)
print(a.balance, m.__self__ is a, m.__func__ is Account.deposit, m.__name__)
print(Account.summary(b), Account.deposit(b, 7).balance)
a.nickname = "annie"
print(a.nickname, hasattr(b, "nickname"), sorted(vars(a)))
print(type(a).__name__, type(a) is Account, isinstance(a, Account), a.__class__.__name__)
print(Account.__name__, Account.__qualname__, Account.bank, a.bank)
a.bank = "Personal"
print(a.bank, b.bank, Account.bank)
del a.bank
print(a.bank)
class Empty:
    pass
e = Empty()
e.x = 1
e.__dict__["y"] = 2
print(e.x, e.y, e.__dict__)
class Chain:
    def __init__(self):
        self.ops = []
    def add(self, v):
        self.ops.append(f"+{v}")
        return self
    def mul(self, v):
        self.ops.append(f"*{v}")
        return self
print(Chain().add(1).mul(2).add(3).ops)
print(getattr(a, "owner"), getattr(a, "zzz", "dflt"))
class WithDefaultArgs:
    def method(self, x, y=10, *rest, **kw):
        return (x, y, rest, kw)
print(WithDefaultArgs().method(1), WithDefaultArgs().method(1, 2, 3, k=4))
