# An uncaught user-defined exception with several args
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
def validate(record):
    for key in ("name", "age"):
        if key not in record:
            raise ValidationError(key, "missing")
    print("valid:", record)
validate({"name": "ann", "age": 3})
validate({"name": "bob"})
