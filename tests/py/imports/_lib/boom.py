STARTED = True
raise ValueError("boom while importing")
