# An uncaught exception raised "from" another: the traceback shows both, the last line is the outer one
class ConfigError(Exception):
    pass
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e
print("port", parse_port("8080"))
print("port", parse_port("eighty"))
