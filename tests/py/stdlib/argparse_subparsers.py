# argparse subcommands and groups: add_subparsers/add_parser (dest, help,
# aliases, required, title/description, metavar, nested subcommands,
# set_defaults for dispatch), argument groups, mutually exclusive groups
# (also inside argument groups), parents and conflict_handler='resolve'.
import io
import os
import sys
import warnings

os.environ['COLUMNS'] = '80'
import argparse


def readable(result):
    # functions stored with set_defaults(func=...) are shown by name
    if isinstance(result, tuple):
        return (readable(result[0]),) + result[1:]
    if isinstance(result, argparse.Namespace) and callable(getattr(result, 'func', None)):
        result = argparse.Namespace(**dict(vars(result), func=result.func.__name__))
    return result


def attempt(parser, args, method='parse_args'):
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        result = getattr(parser, method)(args)
    except SystemExit as e:
        result = 'SystemExit(%r)' % (e.code,)
    finally:
        sys.stdout, sys.stderr = saved
    print(args, '->', readable(result))
    print(out.getvalue() + err.getvalue(), end='')


# -- a git-like command line ------------------------------------------------------
def do_add(ns):
    return 'adding %s%s' % (', '.join(ns.paths), ' (forced)' if ns.force else '')


def do_commit(ns):
    return 'committing %r' % ns.message


git = argparse.ArgumentParser(prog='git', description='A version control tool.')
git.add_argument('--git-dir', default='.git')
git.add_argument('-v', '--verbose', action='store_true')
commands = git.add_subparsers(dest='command', help='what to do', metavar='COMMAND')
add = commands.add_parser('add', aliases=['stage'], help='add file contents',
                          description='Add files to the index.')
add.add_argument('paths', nargs='+')
add.add_argument('-f', '--force', action='store_true')
add.set_defaults(func=do_add)
commit = commands.add_parser('commit', help='record changes')
commit.add_argument('-m', '--message', required=True)
commit.add_argument('--verbose', action='count', default=0)
commit.set_defaults(func=do_commit)
commands.add_parser('status')
print(commands.choices.keys(), add.prog, commit.prog)
print(git.format_help())
print(add.format_help())
print(commit.format_usage())

for args in [['add', 'a.txt', 'b.txt'], ['stage', '-f', 'x'],
             ['-v', 'commit', '-m', 'first', '--verbose', '--verbose'],
             ['commit', '--message=msg'], ['status'], []]:
    ns = git.parse_args(args)
    print(args, '->', readable(ns))
    if hasattr(ns, 'func'):
        print('   ', ns.func(ns))
for args in [['add'], ['commit'], ['push'], ['status', '--porcelain'],
             ['add', '-h'], ['-h']]:
    attempt(git, args)
attempt(git, ['add', 'p', '--unknown', 'q'], 'parse_known_args')
attempt(git, ['--git-dir', 'd', 'status', 'x', '-y'], 'parse_known_args')

# -- required subcommands, title and description, no dest ------------------------------
tool = argparse.ArgumentParser(prog='tool')
tool.add_argument('target')
subs = tool.add_subparsers(title='commands', description='Available commands.',
                           required=True, help='one of these')
build = subs.add_parser('build', help='build it')
build.add_argument('--jobs', type=int, default=1)
subs.add_parser('clean')
print(tool.format_help())
print(build.prog)
attempt(tool, ['t', 'build', '--jobs', '4'])
attempt(tool, ['t'])
attempt(tool, ['t', 'bogus'])

# -- nested subcommands, defaults from several levels -----------------------------------
top = argparse.ArgumentParser(prog='top')
top.add_argument('--level', default='top')
level1 = top.add_subparsers(dest='l1')
mid = level1.add_parser('mid')
mid.add_argument('--level', default='mid')
level2 = mid.add_subparsers(dest='l2', required=True)
leaf = level2.add_parser('leaf')
leaf.add_argument('n', type=int)
leaf.set_defaults(where='leaf')
attempt(top, ['mid', 'leaf', '3'])
attempt(top, ['--level', 'x', 'mid', 'leaf', '4'])
attempt(top, ['mid'])
attempt(top, ['mid', 'leaf', 'three'])
attempt(top, ['mid', 'leaf', '-h'])

# -- argument groups and mutually exclusive groups ----------------------------------------
p = argparse.ArgumentParser(prog='groups')
net = p.add_argument_group('network', 'How to connect.')
net.add_argument('--host', default='localhost')
net.add_argument('--port', type=int, default=8080)
proto = net.add_mutually_exclusive_group()
proto.add_argument('--tcp', action='store_true')
proto.add_argument('--udp', action='store_true')
mode = p.add_mutually_exclusive_group(required=True)
mode.add_argument('--read', action='store_true')
mode.add_argument('--write', action='store_true')
mode.add_argument('--count', type=int)
print(p.format_help())
attempt(p, ['--read', '--port', '1'])
attempt(p, ['--count', '3', '--tcp'])
attempt(p, ['--tcp', '--udp', '--read'])
attempt(p, ['--write', '--count', '2'])
attempt(p, ['--host', 'h'])
print(net.title, net.description, [a.dest for a in net._group_actions])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    nested = net.add_argument_group('nested')
    nested_mutex = mode.add_mutually_exclusive_group()
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])

# -- parents ------------------------------------------------------------------------------
common = argparse.ArgumentParser(add_help=False)
common.add_argument('--config', default='cfg.ini')
common.set_defaults(source='common')
shared = common.add_argument_group('shared', 'Options from the parent.')
shared.add_argument('--debug', action='store_true')
one_of = common.add_mutually_exclusive_group()
one_of.add_argument('--fast', action='store_true')
one_of.add_argument('--safe', action='store_true')
child = argparse.ArgumentParser(prog='child', parents=[common])
child.add_argument('item')
print(child.format_help())
attempt(child, ['x'])
attempt(child, ['x', '--debug', '--fast'])
attempt(child, ['x', '--fast', '--safe'])
sibling = argparse.ArgumentParser(prog='sibling', parents=[common],
                                  description='Shares the options too.')
attempt(sibling, ['--config', 'other.ini', '--safe'])

# -- conflict_handler='resolve' -------------------------------------------------------------
p = argparse.ArgumentParser(prog='resolve', conflict_handler='resolve')
p.add_argument('-v', '--verbose', action='store_true', help='old verbose')
p.add_argument('-v', '--version', action='version', version='1.0', help='new -v')
p.add_argument('--help', action='store_true', help='replaces --help')
print(p.format_help())
attempt(p, ['--verbose', '--help'])
attempt(p, ['-v'])
base = argparse.ArgumentParser(add_help=False)
base.add_argument('--x', default='base')
over = argparse.ArgumentParser(prog='over', parents=[base], conflict_handler='resolve')
over.add_argument('--x', default='override')
attempt(over, [])
