# argparse help output: format_usage/format_help/print_help/print_usage,
# description and epilog, %(prog)s/%(default)s/... in help strings, argument
# groups and mutually exclusive groups in the usage, wrapping of long usage
# lines and help paragraphs at several widths, metavars, suppressed help,
# and the formatter classes.
import os
import sys

os.environ['COLUMNS'] = '80'
import argparse


def show(parser):
    print(parser.format_help(), end='')
    print('=' * 20)


# -- a typical parser ----------------------------------------------------------
p = argparse.ArgumentParser(
    prog='tool',
    description='Process some files and report on them. The description is '
                'long enough to be wrapped over more than one line of output.',
    epilog='See %(prog)s --help for   more.  Spaces   are collapsed.')
p.add_argument('files', nargs='+', metavar='FILE',
               help='the files to process; there can be many of them, and '
                    'this help text is wrapped in its column')
p.add_argument('-o', '--output', default='out.txt',
               help='where to write (default: %(default)s)')
p.add_argument('--level', type=int, choices=[1, 2, 3], default=2,
               help='level, one of %(choices)s, a %(type)s, default %(default)r')
p.add_argument('--a-very-long-option-name', metavar='VALUE',
               help='a long option moves its help to the next line')
p.add_argument('--point', nargs=2, metavar=('X', 'Y'), type=float,
               help='two coordinates')
p.add_argument('--maybe', nargs='?', const='c', help='%(prog)s takes %(dest)s')
p.add_argument('--many', nargs='*')
p.add_argument('--secret', help=argparse.SUPPRESS)
p.add_argument('--percent', help='100%% done')
p.add_argument('-q', action='store_true')
show(p)
print(p.format_usage(), end='')
p.print_usage()
p.print_help()
print('=' * 20)

# -- groups ----------------------------------------------------------------------
p = argparse.ArgumentParser(prog='groups', description='Groups demo.')
p.add_argument('target')
g = p.add_argument_group('network', 'Options about the network.')
g.add_argument('--host', default='localhost')
g.add_argument('--port', type=int, default=80)
g2 = p.add_argument_group('output')
g2.add_argument('--color', action='store_true', help='colorize')
m = p.add_mutually_exclusive_group()
m.add_argument('--fast', action='store_true', help='go fast')
m.add_argument('--slow', action='store_true', help='go slow')
r = p.add_mutually_exclusive_group(required=True)
r.add_argument('--json', action='store_true')
r.add_argument('--xml', action='store_true')
r.add_argument('--hidden', action='store_true', help=argparse.SUPPRESS)
gm = g2.add_mutually_exclusive_group()
gm.add_argument('--wide', action='store_true')
gm.add_argument('--narrow', action='store_true')
show(p)
empty = argparse.ArgumentParser(prog='empty', add_help=False)
show(empty)
custom = argparse.ArgumentParser(prog='custom', usage='%(prog)s [options] FILE...')
custom.add_argument('--x')
show(custom)
no_usage = argparse.ArgumentParser(prog='nousage', usage=argparse.SUPPRESS,
                                   description=argparse.SUPPRESS)
no_usage.add_argument('--x', help='only the options remain')
show(no_usage)

# -- widths: COLUMNS is read each time a formatter is made ------------------------------
def wide_parser(prog):
    p = argparse.ArgumentParser(
        prog=prog,
        description='A description that has to be wrapped differently '
                    'depending on the width of the terminal in use.')
    p.add_argument('--alpha', help='alpha help text that is fairly long and wraps')
    p.add_argument('--beta', nargs='*', metavar='BETA_VALUE')
    p.add_argument('--gamma', type=int, metavar='N', help='gamma')
    ex = p.add_mutually_exclusive_group(required=True)
    ex.add_argument('--on', action='store_true')
    ex.add_argument('--off', nargs=2)
    p.add_argument('first')
    p.add_argument('others', nargs='+', metavar='OTHER')
    return p


for columns in ['30', '50', '80', '120']:
    os.environ['COLUMNS'] = columns
    print('COLUMNS =', columns)
    show(wide_parser('wide'))
    print(wide_parser('a_program_with_a_really_long_name').format_usage(), end='')
os.environ['COLUMNS'] = '80'

p = argparse.ArgumentParser(prog='manyopts')
for i in range(14):
    p.add_argument('--option-%d' % i, metavar='V%d' % i)
p.add_argument('pos1')
p.add_argument('pos2', nargs='?')
print(p.format_usage(), end='')
p = argparse.ArgumentParser(prog='manypos')
for i in range(10):
    p.add_argument('positional%d' % i, nargs='*')
print(p.format_usage(), end='')

# -- explicit formatter settings ---------------------------------------------------------------
def roomy(prog):
    return argparse.HelpFormatter(prog, max_help_position=40, width=70)


p = argparse.ArgumentParser(prog='roomy', formatter_class=roomy)
p.add_argument('--some-fairly-long-option', help='word ' * 20)
p.add_argument('--short', help='short help')
show(p)

# -- the formatter classes ---------------------------------------------------------------------
for cls in [argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter,
            argparse.MetavarTypeHelpFormatter]:
    print(cls.__name__)
    p = argparse.ArgumentParser(
        prog='fmt', formatter_class=cls,
        description='First line\n    indented second line\n\n  another paragraph',
        epilog='  epilog line 1\n  epilog line 2')
    p.add_argument('--count', type=int, default=5,
                   help='how many times\n   (continued on an indented line)')
    p.add_argument('--name', type=str, help='default None')
    p.add_argument('--shown', type=str, default='x', help='has %(default)s already')
    p.add_argument('--hidden-default', type=str, default=argparse.SUPPRESS, help='suppressed')
    p.add_argument('value', type=float, nargs='?', default=1.5, help='a number')
    p.add_argument('items', type=int, nargs='*', help='some items')
    p.add_argument('--flag', action='store_true', help='a flag')
    show(p)

# -- subcommands in help ------------------------------------------------------------------------
p = argparse.ArgumentParser(prog='vcs')
sub = p.add_subparsers(dest='cmd', help='the command to run')
sub.add_parser('checkout', aliases=['co'], help='switch branches')
sub.add_parser('commit', help='record changes')
sub.add_parser('undocumented')
show(p)
