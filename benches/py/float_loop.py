"""Float arithmetic loop: a Leibniz series and a damped oscillator."""


def leibniz(n):
    s = 0.0
    sign = 1.0
    for i in range(n):
        s += sign / (2.0 * i + 1.0)
        sign = -sign
    return 4.0 * s


def oscillator(steps):
    x, v, dt = 1.0, 0.0, 0.001
    k, c = 4.0, 0.1
    for _ in range(steps):
        a = -k * x - c * v
        v += a * dt
        x += v * dt
    return x


print("%.12f" % leibniz(3_000_000))
print("%.12f" % oscillator(3_000_000))
