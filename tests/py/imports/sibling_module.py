# A plain module that script_folder_module.py imports from this folder. The suite
# also runs it on its own, so it prints only when it is the main program.
VALUE = 42
LOADED_AS = __name__


def greet(who):
    return "hello " + who


if __name__ == "__main__":
    print("run directly:", LOADED_AS, greet("main"))
