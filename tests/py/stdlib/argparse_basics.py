# argparse basics: positionals and optionals, type conversion, defaults,
# choices, Namespace, the default prog, set_defaults/get_default,
# parse_known_args, abbreviations, '--opt=value', '-xVALUE', grouped short
# flags, the '--' separator and arguments that look like negative numbers.
import os
import sys

os.environ['COLUMNS'] = '80'
import argparse


def attempt(parser, args):
    """parse_args, with a failure shown as its exit status (the error
    message itself goes to stderr, which is hidden here)."""
    saved = sys.stderr
    sys.stderr = open(os.devnull, 'w')
    try:
        return parser.parse_args(args)
    except SystemExit as e:
        return 'SystemExit(%r)' % (e.code,)
    finally:
        sys.stderr.close()
        sys.stderr = saved


# -- prog defaults to the script's file name ---------------------------------
p = argparse.ArgumentParser()
print(p.prog)
print(p.format_usage(), end='')
print(repr(p))

# -- positionals, optionals, types and defaults ------------------------------
p = argparse.ArgumentParser(prog='basic')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out.txt')
p.add_argument('-n', '--count', type=int, default=1)
p.add_argument('--ratio', type=float)
p.add_argument('--name', default='anon')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--level', type=int, choices=range(1, 4))
p.add_argument('-q', '--quiet', action='store_true')
p.add_argument('-v', action='count', default=0)
p.add_argument('--tag', dest='tags', action='append')
p.add_argument('--size', type=int, default='10')   # string defaults go through type

cases = [
    ['in.txt'],
    ['in.txt', 'o.txt'],
    ['in.txt', '-n', '5', '--ratio', '0.25'],
    ['--count=7', 'in.txt'],
    ['-n3', 'in.txt'],
    ['-qvv', 'in.txt'],
    ['-v', '-v', '-v', 'in.txt', '--tag', 'a', '--tag=b'],
    ['in.txt', '--mode', 'slow', '--level', '3'],
    ['--size', '42', 'x'],
    ['in.txt', '--na', 'bob'],        # abbreviation of --name
    ['in.txt', '--qui'],              # abbreviation of --quiet
    ['--', '-weird-name'],
    ['in.txt', '--', '--not-an-option'],
    ['-n', '-3', 'in.txt'],           # negative numbers are values
    ['-5'],
    ['-2.5', '-.5'],
]
for args in cases:
    print(args, '->', attempt(p, args))

ns = p.parse_args(['a'])
print(type(ns.count).__name__, type(ns.size).__name__, ns.size)
print(vars(ns))

# failures just give the exit status here (see argparse_errors for messages)
for args in [[], ['a', 'b', 'c'], ['a', '-n', 'x'], ['a', '--mode', 'medium'],
             ['a', '--level', '7'], ['a', '--bogus']]:
    print(args, '->', attempt(p, args))

# -- Namespace -----------------------------------------------------------------
ns = argparse.Namespace(a=1, b='two')
print(ns, 'a' in ns, 'c' in ns)
print(ns == argparse.Namespace(b='two', a=1), ns != argparse.Namespace(a=1))
print(ns == 'something else')
ns.c = [3]
print(ns, sorted(vars(ns)))
print(argparse.Namespace(**{'not-an-identifier': 1, 'ok': 2}))
print(argparse.Namespace())
try:
    hash(ns)
except TypeError as e:
    print('TypeError:', e)

# parse into an existing namespace: its attributes are kept
target = argparse.Namespace(count=99, extra='kept')
print(p.parse_args(['x'], namespace=target))
print(target.count, target.extra)

# -- set_defaults / get_default / argument_default ---------------------------------
p = argparse.ArgumentParser(prog='defaults')
p.add_argument('--a', default='A')
p.add_argument('--b')
p.set_defaults(b='from-set-defaults', command='run')
p.add_argument('--c')
p.set_defaults(c=3)
print(p.get_default('a'), p.get_default('b'), p.get_default('c'),
      p.get_default('command'), p.get_default('missing'))
print(p.parse_args([]))
print(p.parse_args(['--b', 'given']))

p = argparse.ArgumentParser(prog='suppressed', argument_default=argparse.SUPPRESS)
p.add_argument('--x')
p.add_argument('--y', default=0)
p.add_argument('z', nargs='?')
print(p.parse_args([]))
print(p.parse_args(['--x', '1', 'zz']))

# -- parse_known_args ------------------------------------------------------------
p = argparse.ArgumentParser(prog='known')
p.add_argument('--keep')
p.add_argument('item')
print(p.parse_known_args(['--keep', 'k', 'it', '--other', 'o', '-z', 'extra']))
print(p.parse_known_args(['it']))

# -- abbreviations ---------------------------------------------------------------
p = argparse.ArgumentParser(prog='abbrev')
p.add_argument('--verbose', action='store_true')
p.add_argument('--version-file')
p.add_argument('--output')
for args in [['--verb'], ['--out', 'o'], ['--out=o2'], ['--version-f', 'v'], ['--ve']]:
    print(args, '->', attempt(p, args))

p = argparse.ArgumentParser(prog='noabbrev', allow_abbrev=False)
p.add_argument('--output')
p.add_argument('-single')
for args in [['--output', 'o'], ['--out', 'o'], ['-sing', 's'], ['-single=t']]:
    print(args, '->', attempt(p, args))

# -- grouped short flags and attached values ---------------------------------------
p = argparse.ArgumentParser(prog='short')
p.add_argument('-a', action='store_true')
p.add_argument('-b', action='store_true')
p.add_argument('-c', action='store_true')
p.add_argument('-o')
for args in [['-abc'], ['-ab', '-c'], ['-acoFILE'], ['-ao', 'FILE'], ['-o=x'], ['-oval']]:
    print(args, '->', attempt(p, args))

# -- options that look like negative numbers ---------------------------------------
p = argparse.ArgumentParser(prog='negopt')
p.add_argument('-1', dest='one', action='store_true')
p.add_argument('pos', nargs='?')
for args in [['-1'], ['x'], ['-2'], ['--', '-2']]:
    print(args, '->', attempt(p, args))

# -- other prefix characters ------------------------------------------------------------
p = argparse.ArgumentParser(prog='plus', prefix_chars='+/')
p.add_argument('+f', action='store_true')
p.add_argument('++long')
p.add_argument('/win')
print(p.parse_args(['+f', '++long=1', '/win', 'w']))
print(p.parse_args(['++lo', '2']))
print(p.format_usage(), end='')
