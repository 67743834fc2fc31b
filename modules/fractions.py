"""Rational numbers (the fractions module), written for pyjit.

Provides Fraction, a numbers.Rational with an exact int numerator and a
positive int denominator kept in lowest terms. Fraction() accepts an int, a
Rational (another Fraction), a float (exactly, via as_integer_ratio), a
string ("3/4", "-1.25e-3", " 7 ", with underscores between digits), or a
numerator/denominator pair of Rationals. Arithmetic mixes with int and
Fraction exactly, with float and complex by converting the Fraction, in both
operand orders; comparisons with ints, Fractions and floats are exact; hash()
agrees with equal ints and floats (the modular-inverse scheme of CPython's
numeric hash); round/floor/ceil/trunc/int, limit_denominator,
as_integer_ratio, from_float, copy/pickle support and CPython's messages for
bad literals, zero denominators and wrong argument types.

Known gaps: there is no decimal module in pyjit, so Decimal arguments are not
recognised and from_decimal() only accepts integers (other arguments raise
the same TypeError as CPython for non-Decimals). __format__ is the default
one, as in CPython 3.11. float(Fraction) uses its own correctly rounded
integer division (_int_true_divide) because pyjit's int / int is not
correctly rounded for operands beyond 2**53 or for subnormal results.
"""

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _int_true_divide(n, d):
    # n / d for ints, correctly rounded (round half to even), with CPython's
    # overflow error; also right for operands beyond 2**53 and for results
    # in the subnormal range.
    if d == 0:
        raise ZeroDivisionError('division by zero')
    neg = (n < 0) != (d < 0)
    n = -n if n < 0 else n
    d = -d if d < 0 else d
    if n <= 9007199254740992 and d <= 9007199254740992:
        r = float(n) / float(d)
        return -r if neg else r
    diff = n.bit_length() - d.bit_length()
    # e is the exponent with 2**(e-1) <= n/d < 2**e
    if diff >= 0:
        e = diff + 1 if n >= d << diff else diff
    else:
        e = diff + 1 if n << -diff >= d else diff
    if e > 1024:
        raise OverflowError('integer division result too large for a float')
    shift = (e if e > -1021 else -1021) - 53
    if shift >= 0:
        q, r = divmod(n, d << shift)
        twice, den = r * 2, d << shift
    else:
        q, r = divmod(n << -shift, d)
        twice, den = r * 2, d
    if twice > den or (twice == den and q & 1):
        q += 1
    if e == 1024 and q >= 9007199254740992:
        raise OverflowError('integer division result too large for a float')
    r = math.ldexp(float(q), shift)
    return -r if neg else r


def _is_rational(x):
    # isinstance(x, numbers.Rational), with the common cases decided quickly.
    if isinstance(x, (int, Fraction)):
        return True
    if isinstance(x, (float, complex, str)):
        return False
    return isinstance(x, numbers.Rational)


def _digits_end(s, i, n):
    # End of a run of digits (with single underscores between digits)
    # starting at i; returns i when there is no digit at i.
    if i >= n or not s[i].isdecimal():
        return i
    i += 1
    while i < n:
        c = s[i]
        if c.isdecimal():
            i += 1
        elif c == '_' and i + 1 < n and s[i + 1].isdecimal():
            i += 2
        else:
            break
    return i


def _parse(s):
    # Parse a Fraction literal; returns (numerator, denominator) or None.
    # Grammar: ws* [+-] (digits | digits? '.' digits?) [E [+-] digits]
    #          or ws* [+-] digits '/' digits, then ws*; at least one digit
    # must come before anything else but the sign.
    n = len(s)
    i = 0
    while i < n and s[i].isspace():
        i += 1
    neg = False
    if i < n and s[i] in '+-':
        neg = s[i] == '-'
        i += 1
    if not (i < n and (s[i].isdecimal() or
                       (s[i] == '.' and i + 1 < n and s[i + 1].isdecimal()))):
        return None
    j = _digits_end(s, i, n)
    num = s[i:j]
    i = j
    numerator = int(num) if num else 0
    denominator = 1
    if i < n and s[i] == '/':
        j = _digits_end(s, i + 1, n)
        if j == i + 1:
            return None
        denominator = int(s[i + 1:j])
        i = j
    else:
        if i < n and s[i] == '.':
            i += 1
            j = i
            # CPython's pattern accepts a run of letters 'd' here (a typo in
            # its regular expression) and then fails converting it.
            while j < n and s[j] in 'dD':
                j += 1
            if j > i and _rest_ok(s, j, n):
                int(s[i:j])
            j = _digits_end(s, i, n)
            dec = s[i:j].replace('_', '')
            i = j
            if dec:
                scale = 10 ** len(dec)
                numerator = numerator * scale + int(dec)
                denominator = scale
        if i < n and s[i] in 'eE':
            k = i + 1
            if k < n and s[k] in '+-':
                k += 1
            j = _digits_end(s, k, n)
            if j == k:
                return None
            exp = int(s[i + 1:j])
            if exp >= 0:
                numerator *= 10 ** exp
            else:
                denominator *= 10 ** -exp
            i = j
    while i < n and s[i].isspace():
        i += 1
    if i != n:
        return None
    if neg:
        numerator = -numerator
    return numerator, denominator


def _rest_ok(s, i, n):
    # Whether s[i:] is an optional exponent followed by whitespace.
    if i < n and s[i] in 'eE':
        k = i + 1
        if k < n and s[k] in '+-':
            k += 1
        j = _digits_end(s, k, n)
        if j == k:
            return False
        i = j
    while i < n and s[i].isspace():
        i += 1
    return i == n


class Fraction(numbers.Rational):
    """Fraction(numerator=0, denominator=1): an exact rational number.

    Also accepts a single Rational, float or string argument, e.g.
    Fraction('3/7'), Fraction(' -1.5e2 '), Fraction(0.25), Fraction(F(1, 3)).
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r'
                                     % numerator)
                numerator, denominator = parsed
            elif isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Convert a float (or an integer) to a Fraction exactly."""
        if isinstance(f, int) or (not isinstance(f, float) and
                                  isinstance(f, numbers.Integral)):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Convert a Decimal to a Fraction exactly (integers only in pyjit)."""
        if isinstance(dec, int) or (not isinstance(dec, float) and
                                    isinstance(dec, numbers.Integral)):
            return cls(int(dec))
        try:
            from decimal import Decimal
        except ImportError:
            Decimal = None
        if Decimal is None or not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """Return (numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator <= max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction expansion of self; the answer is the
        # last convergent within the bound or the best semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        conv = Fraction(p1, q1)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __float__(self):
        return _int_true_divide(self._numerator, self._denominator)

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic: each operation has an exact form for Rational operands and
    # falls back to float or complex arithmetic for the other number types.

    def _ops(exact, fallback, name):
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return exact(a, b)
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, complex):
                return fallback(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if _is_rational(a):
                return exact(a, b)
            if isinstance(a, float) or (not isinstance(a, complex) and
                                        isinstance(a, numbers.Real)):
                return fallback(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return fallback(complex(a), complex(b))
            return NotImplemented

        forward.__name__ = '__' + name + '__'
        reverse.__name__ = '__r' + name + '__'
        forward.__qualname__ = 'Fraction.' + forward.__name__
        reverse.__qualname__ = 'Fraction.' + reverse.__name__
        return forward, reverse

    def _add(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction(na * db + da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    def _sub(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction(na * db - da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    def _mul(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return Fraction(na * nb, db * da, _normalize=False)

    def _div(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        q, r = divmod(a.numerator * db, da * b.numerator)
        return q, Fraction(r, da * db)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __add__, __radd__ = _ops(_add, operator.add, 'add')
    __sub__, __rsub__ = _ops(_sub, operator.sub, 'sub')
    __mul__, __rmul__ = _ops(_mul, operator.mul, 'mul')
    __truediv__, __rtruediv__ = _ops(_div, operator.truediv, 'truediv')
    __floordiv__, __rfloordiv__ = _ops(_floordiv, operator.floordiv, 'floordiv')
    __divmod__, __rdivmod__ = _ops(_divmod, divmod, 'divmod')
    __mod__, __rmod__ = _ops(_mod, operator.mod, 'mod')

    def __pow__(a, b):
        """a ** b: exact for integral Rational exponents, else a float."""
        if _is_rational(b):
            if b.denominator == 1:
                p = b.numerator
                if p >= 0:
                    return Fraction(a._numerator ** p, a._denominator ** p,
                                    _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -p, a._numerator ** -p,
                                    _normalize=False)
                return Fraction((-a._denominator) ** -p,
                                (-a._numerator) ** -p, _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b for a non-Fraction base a."""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a, _index=operator.index):
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a.numerator // a.denominator

    def __ceil__(a):
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """round(self): ties to even; round(self, n) gives a Fraction."""
        if ndigits is None:
            q, r = divmod(self.numerator, self.denominator)
            twice = r * 2
            if twice < self.denominator:
                return q
            if twice > self.denominator:
                return q + 1
            return q if q % 2 == 0 else q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        # hash(n/d) = n * inverse(d) modulo the hash prime, which agrees
        # with the hashes of equal ints and floats.
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, complex) or (not isinstance(b, (float, str)) and
                                      isinstance(b, numbers.Complex)):
            if b.imag == 0:
                b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if _is_rational(other):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


del Fraction._ops
