# string.Template subclasses with their own delimiter, idpattern or pattern (matched through re).
import string
class T(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+'
print(T('%who likes %what, 100%%').substitute(who='tim', what='pie'))
class U(string.Template):
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[_a-z][_a-z0-9]*) |
      {(?P<braced>[_a-z][_a-z0-9]*)} |
      (?P<invalid>)
    )'''
print(U('#a and #{b} ##').substitute(a=1, b=2))
try: U('#1').substitute()
except ValueError as e: print(e)
