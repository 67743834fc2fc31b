# argparse actions and nargs: store/store_const/store_true/store_false/append/
# append_const/extend/count/version/help, BooleanOptionalAction, custom
# Action classes, nargs ?, *, +, N and REMAINDER for options and positionals,
# '--' inside nargs, parse_intermixed_args, argument files and FileType.
import io
import os
import sys

os.environ['COLUMNS'] = '80'
import argparse


def attempt(parser, args):
    """parse_args, showing what goes to stdout/stderr and the exit status."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        result = parser.parse_args(args)
    except SystemExit as e:
        result = 'SystemExit(%r)' % (e.code,)
    finally:
        sys.stdout, sys.stderr = saved
    print(args, '->', result)
    for name, stream in (('stdout', out), ('stderr', err)):
        if stream.getvalue():
            print('  %s: %r' % (name, stream.getvalue()))


# -- the built-in actions -------------------------------------------------------
p = argparse.ArgumentParser(prog='actions')
p.add_argument('--store')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--yes', action='store_true')
p.add_argument('--no', action='store_false')
p.add_argument('--item', action='append')
p.add_argument('--pair', action='append', nargs=2)
p.add_argument('--red', dest='colors', action='append_const', const='red')
p.add_argument('--blue', dest='colors', action='append_const', const='blue')
p.add_argument('--num', action='extend', nargs='+', type=int)
p.add_argument('-v', '--verbose', action='count')
p.add_argument('--default-list', action='append', default=['base'])
p.add_argument('--version', action='version', version='%(prog)s 2.0')
attempt(p, [])
attempt(p, ['--store', 's', '--const', '--yes', '--no'])
attempt(p, ['--item', 'a', '--item', 'b', '--pair', '1', '2', '--pair', '3', '4'])
attempt(p, ['--red', '--blue', '--red'])
attempt(p, ['--num', '1', '2', '--num', '3'])
attempt(p, ['-vvv', '--verbose'])
attempt(p, ['--default-list', 'x', '--default-list', 'y'])
attempt(p, [])        # the default list was not modified
attempt(p, ['--version'])
attempt(p, ['--version', '--yes'])
for action in p._actions[:4]:
    print(repr(action))

# -- BooleanOptionalAction ------------------------------------------------------------
p = argparse.ArgumentParser(prog='bool')
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True,
               help='use colors')
p.add_argument('--cache', action=argparse.BooleanOptionalAction)
attempt(p, [])
attempt(p, ['--no-color', '--cache'])
attempt(p, ['--color', '--no-cache', '--no-col'])
print(p.format_help())


# -- custom actions -----------------------------------------------------------------------
class Joined(argparse.Action):
    def __init__(self, option_strings, dest, sep=',', **kwargs):
        self.sep = sep
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest,
                '%s<%s>' % (option_string, self.sep.join(values)))


class Incomplete(argparse.Action):
    pass


p = argparse.ArgumentParser(prog='custom')
p.add_argument('--words', action=Joined, nargs='+', sep='+')
p.add_argument('rest', action=Joined, nargs='*')
p.add_argument('--broken', action=Incomplete)
attempt(p, ['--words', 'a', 'b', 'c'])
attempt(p, ['x', 'y'])
try:
    p.parse_args(['--broken', '1'])
except NotImplementedError as e:
    print('NotImplementedError:', e)

# -- nargs for options --------------------------------------------------------------------------
p = argparse.ArgumentParser(prog='optnargs')
p.add_argument('--opt', nargs='?', const='CONST', default='DEFAULT')
p.add_argument('--star', nargs='*')
p.add_argument('--plus', nargs='+')
p.add_argument('--two', nargs=2, type=int)
p.add_argument('--one', nargs=1)
p.add_argument('--rest', nargs=argparse.REMAINDER)
attempt(p, [])
attempt(p, ['--opt'])
attempt(p, ['--opt', 'given', '--star'])
attempt(p, ['--star', 'a', 'b', '--plus', 'c', 'd', '--two', '1', '2', '--one', 'o'])
attempt(p, ['--opt=x', '--two', '3', '4'])
attempt(p, ['--one', 'a', '--rest', '--opt', 'not-parsed', '-x'])
attempt(p, ['--plus'])
attempt(p, ['--two', '1'])
attempt(p, ['--two', '1', 'x'])
attempt(p, ['--one'])

# -- nargs for positionals ----------------------------------------------------------------------
p = argparse.ArgumentParser(prog='posnargs')
p.add_argument('first')
p.add_argument('pair', nargs=2)
p.add_argument('many', nargs='*')
p.add_argument('last', nargs='?', default='L')
p.add_argument('--flag', action='store_true')
for args in [['a', 'b', 'c'], ['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd', 'e'],
             ['a', 'b'], ['--flag', 'a', 'b', 'c', 'd'], ['a', 'b', 'c', '--flag', 'd'],
             ['a', '--', 'b', 'c', '-d'], ['a', 'b', 'c', '--', '--', 'e']]:
    attempt(p, args)

p = argparse.ArgumentParser(prog='plus')
p.add_argument('xs', nargs='+', type=int)
p.add_argument('y', type=int)
for args in [['1', '2'], ['1', '2', '3', '4'], ['1'], ['1', 'a']]:
    attempt(p, args)

p = argparse.ArgumentParser(prog='default-star')
p.add_argument('files', nargs='*', default=['-'])
p.add_argument('opt', nargs='?', type=int, default='5')
attempt(p, [])
attempt(p, ['f1', 'f2', '7'])

p = argparse.ArgumentParser(prog='remainder')
p.add_argument('--verbose', action='store_true')
p.add_argument('command')
p.add_argument('args', nargs=argparse.REMAINDER)
attempt(p, ['--verbose', 'ls', '-l', '--verbose', 'dir'])
attempt(p, ['run'])
print(p.format_usage(), end='')

# -- intermixed ----------------------------------------------------------------------------------------
p = argparse.ArgumentParser(prog='mixed')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('nums', nargs='*', type=int)
args = 'doit 1 --foo bar 2 3'.split()
print(p.parse_known_args(args))
print(p.parse_intermixed_args(args))
print(p.parse_known_intermixed_args(args + ['--unknown']))

# -- argument files and FileType -------------------------------------------------------------------------
scratch = '_scratch_argparse_args.txt'
with open(scratch, 'w') as f:
    f.write('--name\nfrom file\nsecond\n')
p = argparse.ArgumentParser(prog='fromfile', fromfile_prefix_chars='@')
p.add_argument('--name')
p.add_argument('words', nargs='*')
attempt(p, ['@' + scratch, 'third'])
attempt(p, ['first', '@' + scratch, 'third'])   # words took 'first' already

p = argparse.ArgumentParser(prog='files')
p.add_argument('infile', type=argparse.FileType('r'))
p.add_argument('--out', type=argparse.FileType('w'), default='-')
ns = p.parse_args([scratch])
print(ns.infile.read().splitlines(), ns.out is sys.stdout)
ns.infile.close()
print(p.parse_args(['-']).infile is sys.stdin)
print(argparse.FileType(), argparse.FileType('w', encoding='utf-8'),
      argparse.FileType('rb', 0, errors='strict'))
os.remove(scratch)
