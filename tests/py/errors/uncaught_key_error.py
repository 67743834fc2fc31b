# An uncaught KeyError: the last stderr line shows the key's repr
inventory = {"apples": 3, "pears": 5}
for fruit in ["apples", "pears"]:
    print(fruit, inventory[fruit])
print("plums", inventory["plums"])
