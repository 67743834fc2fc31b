# statistics: the averages and positional measures -- mean (exact sums of
# ints, floats and Fractions, result type rules), fmean with weights,
# geometric_mean, harmonic_mean with weights, median, median_low,
# median_high, median_grouped, mode, multimode and quantiles (exclusive and
# inclusive) -- with iterators as input and CPython's StatisticsError and
# TypeError messages.
import statistics as st
from fractions import Fraction as F


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


print(issubclass(st.StatisticsError, ValueError))

# mean: exact, type-preserving
attempt(st.mean, [1, 2, 3, 4, 4])
attempt(st.mean, [1, 2, 3, 4])
attempt(st.mean, [-1.0, 2.5, 3.25, 5.75])
attempt(st.mean, [0.1] * 10)
attempt(st.mean, [1e50, 1, -1e50])
attempt(st.mean, [0.1, 0.2, 0.3, 0.4, 1e16, -1e16])
attempt(st.mean, [F(3, 7), F(1, 21), F(5, 3), F(1, 3)])
attempt(st.mean, [1, 2.5, F(1, 2)])
attempt(st.mean, [1, F(1, 2)])
attempt(st.mean, [True, False, True, True])
attempt(st.mean, iter([10, 20, 31]))
attempt(st.mean, range(1, 101))
attempt(st.mean, (x / 7 for x in range(50)))
attempt(st.mean, [float('inf'), 1.0])
attempt(st.mean, [float('inf'), float('-inf')])
attempt(st.mean, [float('nan'), 1])
attempt(st.mean, [10 ** 30, 10 ** 30 + 1])
attempt(st.mean, [])
attempt(st.mean, ['a', 'b'])
attempt(st.mean, [1, 'a'])

# fmean and geometric_mean
attempt(st.fmean, [3.5, 4.0, 5.25])
attempt(st.fmean, iter([1, 2, 3, 4]))
attempt(st.fmean, [85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30])
attempt(st.fmean, [1, 2, 3], weights=iter([3, 2, 1]))
attempt(st.fmean, [1, 2, 3], weights=[1, 2])
attempt(st.fmean, [1, 2], weights=[1, -1])
attempt(st.fmean, [])
attempt(st.fmean, iter([]))
attempt(st.geometric_mean, [54, 24, 36])
attempt(st.geometric_mean, [1.5, 2.5, 9.0, 0.1])
attempt(st.geometric_mean, [2, 8])
attempt(st.geometric_mean, [1, 0, 5])
attempt(st.geometric_mean, [1, -2])
attempt(st.geometric_mean, [])

# harmonic_mean
attempt(st.harmonic_mean, [40, 60])
attempt(st.harmonic_mean, [2.5, 3, 10])
attempt(st.harmonic_mean, [40, 60], weights=[5, 30])
attempt(st.harmonic_mean, [F(1, 2), F(1, 3), F(1, 6)])
attempt(st.harmonic_mean, [1, 2, 4])
attempt(st.harmonic_mean, [0, 5])
attempt(st.harmonic_mean, [7])
attempt(st.harmonic_mean, [7.5])
attempt(st.harmonic_mean, [-1])
attempt(st.harmonic_mean, ['x'])
attempt(st.harmonic_mean, [1, -2])
attempt(st.harmonic_mean, [1, 2], weights=[1])
attempt(st.harmonic_mean, [1, 2], weights=[-1, 2])
attempt(st.harmonic_mean, [1, 2], weights=[0, 0])
attempt(st.harmonic_mean, [])
attempt(st.harmonic_mean, iter([10, 20]))

# medians
for data in ([1, 3, 5], [1, 3, 5, 7], [7, 1, 5, 3], [2.5], [1, 2], [F(1, 2), F(3, 4)],
             [1.5, 2.5, 2.5, 4.0], ['b', 'a', 'c', 'd'], range(10)):
    print(st.median_low(data), st.median_high(data), end=' ')
    attempt(st.median, data)
attempt(st.median, [])
attempt(st.median_low, [])
attempt(st.median_high, [])
attempt(st.median, iter([3, 1, 2]))
attempt(st.median_grouped, [52, 52, 53, 54])
attempt(st.median_grouped, [1, 2, 2, 3, 4, 4, 4, 4, 4, 5])
attempt(st.median_grouped, [1, 3, 3, 5, 7], interval=1)
attempt(st.median_grouped, [1, 3, 3, 5, 7], interval=2)
attempt(st.median_grouped, [2.5])
attempt(st.median_grouped, [F(1, 2), F(1, 2), F(3, 2)])
attempt(st.median_grouped, [1, 2, 3, 4], interval='2')
attempt(st.median_grouped, ['a', 'b'])
attempt(st.median_grouped, [])

# mode and multimode
attempt(st.mode, [1, 1, 2, 3, 3, 3, 3, 4])
attempt(st.mode, ['red', 'blue', 'blue', 'red', 'green', 'red', 'red'])
attempt(st.mode, [1, 2, 2, 1])
attempt(st.mode, iter('abracadabra'))
attempt(st.mode, [(1, 2), (1, 2), (3,)])
attempt(st.mode, [])
attempt(st.mode, [[1], [1]])
attempt(st.multimode, 'aabbbbccddddeeffffgg')
attempt(st.multimode, [1, 1, 2, 2, 3])
attempt(st.multimode, '')
attempt(st.multimode, iter([5]))

# quantiles
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109,
        76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106,
        86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81,
        109, 104]
attempt(st.quantiles, data, n=10)
attempt(st.quantiles, data)
attempt(st.quantiles, data, n=4, method='inclusive')
attempt(st.quantiles, [1, 2, 3, 4, 5], n=4, method='inclusive')
attempt(st.quantiles, [1.5, 2.5], n=3)
attempt(st.quantiles, [F(1, 3), F(2, 3), 1], n=2)
attempt(st.quantiles, range(5), n=1)
attempt(st.quantiles, [1, 2], n=0)
attempt(st.quantiles, [1], n=4)
attempt(st.quantiles, [1, 2], method='linear')
