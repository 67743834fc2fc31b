# An uncaught KeyError: the last stderr line shows the key's repr
inventory = {"apples": 3, "pears": 5}
prices = {"apples": 0.5, "pears": 0.75}
for fruit in ["apples", "pears"]:
    print(fruit, inventory[fruit], "x", prices[fruit], "=", inventory[fruit] * prices[fruit])
inventory["plums"] = 0
print("plums in stock:", inventory["plums"])
print("price of plums:", prices["plums"])
print("never printed")
print("nor this")
