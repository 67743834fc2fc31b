# argparse errors: the usage + 'prog: error: message' text written to stderr
# and exit status 2, for every kind of command-line mistake; help and version
# exits; parser.error/parser.exit; exit_on_error=False; ArgumentError and
# ArgumentTypeError; and the exceptions add_argument raises for bad
# definitions.
import io
import os
import sys

os.environ['COLUMNS'] = '80'
import argparse


def attempt(parser, args, method='parse_args'):
    """Run a parse method with stderr captured; print the result or the
    exit status and everything written to stderr."""
    err = io.StringIO()
    saved = sys.stderr
    sys.stderr = err
    try:
        result = getattr(parser, method)(args)
    except SystemExit as e:
        result = 'SystemExit(%r)' % (e.code,)
    finally:
        sys.stderr = saved
    print(args, '->', result)
    if err.getvalue():
        print(err.getvalue(), end='')


def definition(func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        print('%s: %s' % (type(e).__name__, e))
    else:
        print('ok:', type(result).__name__)


p = argparse.ArgumentParser(prog='prog')
p.add_argument('x')
p.add_argument('y')
p.add_argument('--n', type=int)
p.add_argument('--f', type=float)
p.add_argument('c', nargs='?', choices=['a', 'b'])
p.add_argument('--one')
p.add_argument('--at-most', nargs='?')
p.add_argument('--some', nargs='+')
p.add_argument('--three', nargs=3)
p.add_argument('--single', nargs=1)
p.add_argument('--flag', action='store_true')
p.add_argument('--foo')
p.add_argument('--foobar')
p.add_argument('--req-choice', choices=[1, 2], type=int)
for args in [
        [],
        ['1'],
        ['1', '2', '--n', 'abc'],
        ['1', '2', '--f', '1.2.3'],
        ['1', '2', 'z'],
        ['1', '2', 'a', 'extra', 'more'],
        ['1', '2', '--one'],
        ['1', '2', '--some'],
        ['1', '2', '--three', 'a', 'b'],
        ['1', '2', '--single'],
        ['1', '2', '--flag=yes'],
        ['1', '2', '--f'],
        ['1', '2', '--fo', 'v'],
        ['1', '2', '--unknown', '-u'],
        ['1', '2', '--req-choice', '3'],
        ['1', '2', '--one', '--flag'],
        ['--n', '5'],
]:
    attempt(p, args)

# type functions: ArgumentTypeError gives its own message
def even(text):
    value = int(text)
    if value % 2:
        raise argparse.ArgumentTypeError('%d is not an even number' % value)
    return value


def fussy(text):
    raise TypeError('never shown')


p = argparse.ArgumentParser(prog='types')
p.add_argument('--even', type=even)
p.add_argument('--fussy', type=fussy)
p.add_argument('--lam', type=lambda s: int(s))
attempt(p, ['--even', '3'])
attempt(p, ['--even', 'x'])
attempt(p, ['--even', '4'])
attempt(p, ['--fussy', 'v'])
attempt(p, ['--lam', 'v'])

# mutually exclusive groups
p = argparse.ArgumentParser(prog='mutex')
g = p.add_mutually_exclusive_group()
g.add_argument('-a', action='store_true')
g.add_argument('-b', '--bee', action='store_true')
r = p.add_mutually_exclusive_group(required=True)
r.add_argument('--json', action='store_true')
r.add_argument('--xml', action='store_true')
attempt(p, ['-a', '-b', '--json'])
attempt(p, ['--bee', '-a', '--json'])
attempt(p, ['-ab', '--json'])
attempt(p, ['-a'])
attempt(p, ['--xml', '--json'])
attempt(p, ['--xml'])

# ambiguous abbreviations
p = argparse.ArgumentParser(prog='ambig')
p.add_argument('--foo')
p.add_argument('--foobar')
p.add_argument('--format')
attempt(p, ['--f', '1'])
attempt(p, ['--fo=1'])
attempt(p, ['--foo', '1'])
attempt(p, ['--foob', '2'])

# required options and subcommands
p = argparse.ArgumentParser(prog='req')
p.add_argument('--name', required=True)
p.add_argument('-k', '--key', required=True)
attempt(p, [])
attempt(p, ['--name', 'n'])
p = argparse.ArgumentParser(prog='sub')
sub = p.add_subparsers(dest='command', required=True)
sub.add_parser('start')
sub.add_parser('stop')
attempt(p, [])
attempt(p, ['restart'])
p = argparse.ArgumentParser(prog='sub2')
sub = p.add_subparsers(required=True)
sub.add_parser('go')
attempt(p, [])

# unrecognized arguments via parse_args, but not parse_known_args
p = argparse.ArgumentParser(prog='known')
p.add_argument('--a')
attempt(p, ['--a', '1', '--b', '2', 'c'])
attempt(p, ['--a', '1', '--b', '2', 'c'], 'parse_known_args')

# help and version exit with status 0 and print to stdout
p = argparse.ArgumentParser(prog='hv')
p.add_argument('--version', action='version', version='hv 0.1')
out = io.StringIO()
saved = sys.stdout
sys.stdout = out
try:
    for args in (['-h'], ['--version']):
        try:
            p.parse_args(args)
        except SystemExit as e:
            print('exit', e.code)
finally:
    sys.stdout = saved
print(out.getvalue(), end='')

# error() and exit() directly
p = argparse.ArgumentParser(prog='direct')
err = io.StringIO()
sys.stderr = err
try:
    try:
        p.error('something went wrong')
    except SystemExit as e:
        print('error() exit', e.code)
    try:
        p.exit(3, 'leaving now\n')
    except SystemExit as e:
        print('exit() exit', e.code)
    try:
        p.exit()
    except SystemExit as e:
        print('exit() exit', e.code)
finally:
    sys.stderr = saved
print(err.getvalue(), end='')


class Raising(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError('Raising: ' + message)


p = Raising(prog='raising')
p.add_argument('n', type=int)
try:
    p.parse_args(['nope'])
except ValueError as e:
    print(e)

# exit_on_error=False: argument errors raise ArgumentError instead
p = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
p.add_argument('--n', type=int)
p.add_argument('--c', choices='xyz')
for args in (['--n', 'q'], ['--c', 'w'], ['--n']):
    try:
        p.parse_args(args)
    except argparse.ArgumentError as e:
        print('ArgumentError:', e, '|', e.argument_name, '|', e.message)
attempt(p, ['--n', '1', 'stray'])   # still an error() exit

# ArgumentError and ArgumentTypeError by themselves
action = argparse.Action(['-x', '--ex'], 'ex')
print(str(argparse.ArgumentError(action, 'bad thing')))
print(str(argparse.ArgumentError(None, 'no argument')))
print(issubclass(argparse.ArgumentTypeError, Exception),
      str(argparse.ArgumentTypeError('msg')))

# bad argument definitions
p = argparse.ArgumentParser(prog='defs')
definition(p.add_argument, '--x', nargs=0)
definition(p.add_argument, '--x', action='append', nargs=0)
definition(p.add_argument, '--x', const=1)
definition(p.add_argument, 'pos', required=True)
definition(p.add_argument, 'pos', dest='other')
definition(p.add_argument, '--x', action='no-such-action')
definition(p.add_argument, '--x', type='int')
definition(p.add_argument, '--x', type=argparse.FileType)
definition(p.add_argument, '--x', nargs=2, metavar=('A',))
definition(p.add_argument, '--x', nargs='+', metavar=('A', 'B', 'C'))
definition(p.add_argument, 'pos', nargs='wrong')
definition(p.add_argument, '--')
definition(p.add_argument, 'a', 'b')
definition(p.add_argument, '-h')
definition(p.add_argument, '-h', '--help')
definition(argparse.ArgumentParser, conflict_handler='nope')
group = p.add_mutually_exclusive_group()
definition(group.add_argument, '--must', required=True)
definition(group.add_argument, '--may', action='store_true')
definition(p.add_argument, '--fine', metavar=('A', 'B'), nargs=2)
definition(p.add_subparsers)
err = io.StringIO()
sys.stderr = err
try:
    p.add_subparsers()
except SystemExit as e:
    print('second add_subparsers: exit', e.code)
finally:
    sys.stderr = saved
print(err.getvalue(), end='')
