# statistics: measures of spread and relations -- pvariance, variance, pstdev
# and stdev (exact Fraction sums, correctly rounded square roots, given
# means), with ints, floats, Fractions, mixed types, iterators, large and
# tiny values, infinities; covariance, correlation and linear_regression
# (also proportional=True); and the error messages for too little data.
import statistics as st
from fractions import Fraction as F


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


samples = [
    [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25],
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [1, 2, 3, 4],
    [1, 2, 3, 4, 5],
    [1.5, 2.5, 2.5, 2.75, 3.25, 4.75],
    [0.1, 0.2, 0.3],
    [F(1, 6), F(1, 2), F(5, 3)],
    [1, 2.5, F(1, 2)],
    [10 ** 20, 10 ** 20 + 1, 10 ** 20 + 3],
    [1e-300, 2e-300, 4e-300],
    [1e100, 1e100, 3e100],
    [5, 5, 5, 5],
    [3.0, 3.0],
    list(range(100)),
    [x * 0.37 for x in range(41)],
]
for data in samples:
    for f in (st.pvariance, st.variance, st.pstdev, st.stdev):
        try:
            r = f(data)
            print(repr(r), end=' ')
        except Exception as e:
            print(type(e).__name__, e, end=' ')
    print()

attempt(st.variance, [1, 2, 3], xbar=2)
attempt(st.variance, [1, 2, 3], 2.5)
attempt(st.pvariance, [1, 2, 4], mu=2)
attempt(st.pvariance, [1.5, 2.5], mu=F(2))
attempt(st.stdev, [1, 2, 3], xbar=2)
attempt(st.pstdev, [1, 2, 4], 7 / 3)
attempt(st.variance, iter([1.5, 2.5, 3.5]))
attempt(st.pstdev, (x / 3 for x in range(9)))
attempt(st.variance, [True, False, True])
attempt(st.pvariance, [float('inf'), 1.0])
attempt(st.pvariance, [1.0, float('nan')])
attempt(st.stdev, [1, float('inf')])

for f in (st.variance, st.stdev):
    attempt(f, [1])
    attempt(f, [])
for f in (st.pvariance, st.pstdev):
    attempt(f, [])
    attempt(f, [3])
attempt(st.variance, ['a', 'b'])
attempt(st.variance, [1, 'b'])

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
attempt(st.covariance, x, y)
attempt(st.covariance, x, x[::-1])
attempt(st.covariance, [1.5, 2.5, 3.5], [0.25, 0.75, 0.5])
attempt(st.correlation, x, x)
attempt(st.correlation, x, x[::-1])
attempt(st.correlation, x, y)
attempt(st.correlation, [1, 2, 3, 4], [2, 4.5, 5.5, 9])
attempt(st.linear_regression, [1, 2, 3, 4, 5], [3, 5, 7, 9, 12])
attempt(st.linear_regression, [1, 2, 3], [2, 4, 6], proportional=True)
lr = st.linear_regression([0, 1, 2, 3], [1.5, 3.5, 5.5, 7.5])
print(type(lr).__name__, lr.slope, lr.intercept, lr._fields)
attempt(st.covariance, [1, 2], [1])
attempt(st.covariance, [1], [1])
attempt(st.correlation, [1, 2, 3], [1, 2])
attempt(st.correlation, [1], [2])
attempt(st.correlation, [1, 1, 1], [1, 2, 3])
attempt(st.linear_regression, [1, 2], [1, 2, 3])
attempt(st.linear_regression, [1], [2])
attempt(st.linear_regression, [2, 2, 2], [1, 2, 3])
