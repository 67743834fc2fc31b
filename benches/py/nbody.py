"""N-body simulation of the Sun and the four giant planets.

Measures float arithmetic on small lists: a symplectic (semi-implicit Euler)
integration of five bodies under mutual gravity, with every pair visited at
each step, an inverse square root per pair and list element loads and stores.
Prints the total energy before and after the run with "%.9f".
benches/c/nbody.c does the same in C and prints the same two lines.
"""

import math
import sys

N = 200000  # integration steps
if len(sys.argv) > 1:
    N = int(sys.argv[1])

PI = 3.141592653589793
SOLAR_MASS = 4.0 * PI * PI
DAYS_PER_YEAR = 365.24
TIME_STEP = 0.01

# Index of each field in a body's list.
X, Y, Z, VX, VY, VZ, MASS = range(7)


def make_body(x, y, z, vx, vy, vz, mass):
    """Positions in AU, velocities in AU per day, mass in solar masses."""
    return [
        x,
        y,
        z,
        vx * DAYS_PER_YEAR,
        vy * DAYS_PER_YEAR,
        vz * DAYS_PER_YEAR,
        mass * SOLAR_MASS,
    ]


def make_system():
    sun = make_body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)
    jupiter = make_body(
        4.84143144246472090e00,
        -1.16032004402742839e00,
        -1.03622044471123109e-01,
        1.66007664274403694e-03,
        7.69901118419740425e-03,
        -6.90460016972063023e-05,
        9.54791938424326609e-04,
    )
    saturn = make_body(
        8.34336671824457987e00,
        4.12479856412430479e00,
        -4.03523417114321381e-01,
        -2.76742510726862411e-03,
        4.99852801234917238e-03,
        2.30417297573763929e-05,
        2.85885980666130812e-04,
    )
    uranus = make_body(
        1.28943695621391310e01,
        -1.51111514016986312e01,
        -2.23307578892655734e-01,
        2.96460137564761618e-03,
        2.37847173959480950e-03,
        -2.96589568540237556e-05,
        4.36624404335156298e-05,
    )
    neptune = make_body(
        1.53796971148509165e01,
        -2.59193146099879641e01,
        1.79258772950371181e-01,
        2.68067772490389322e-03,
        1.62824170038242295e-03,
        -9.51592254519715870e-05,
        5.15138902046611451e-05,
    )
    return [sun, jupiter, saturn, uranus, neptune]


def offset_momentum(bodies):
    """Give the Sun the velocity that makes the total momentum zero."""
    px = 0.0
    py = 0.0
    pz = 0.0
    for body in bodies:
        px += body[VX] * body[MASS]
        py += body[VY] * body[MASS]
        pz += body[VZ] * body[MASS]
    sun = bodies[0]
    sun[VX] = -px / SOLAR_MASS
    sun[VY] = -py / SOLAR_MASS
    sun[VZ] = -pz / SOLAR_MASS


def energy(bodies):
    """Kinetic plus potential energy of the system."""
    total = 0.0
    count = len(bodies)
    for i in range(count):
        a = bodies[i]
        speed2 = a[VX] * a[VX] + a[VY] * a[VY] + a[VZ] * a[VZ]
        total += 0.5 * a[MASS] * speed2
        for j in range(i + 1, count):
            b = bodies[j]
            dx = a[X] - b[X]
            dy = a[Y] - b[Y]
            dz = a[Z] - b[Z]
            distance = math.sqrt(dx * dx + dy * dy + dz * dz)
            total -= a[MASS] * b[MASS] / distance
    return total


def advance(bodies, steps, dt):
    """Move the system forward by `steps` time steps of length dt."""
    count = len(bodies)
    for _ in range(steps):
        # Velocities first, from the forces between every pair of bodies.
        for i in range(count):
            a = bodies[i]
            for j in range(i + 1, count):
                b = bodies[j]
                dx = a[X] - b[X]
                dy = a[Y] - b[Y]
                dz = a[Z] - b[Z]
                distance2 = dx * dx + dy * dy + dz * dz
                magnitude = dt / (distance2 * math.sqrt(distance2))
                a_factor = a[MASS] * magnitude
                b_factor = b[MASS] * magnitude
                a[VX] -= dx * b_factor
                a[VY] -= dy * b_factor
                a[VZ] -= dz * b_factor
                b[VX] += dx * a_factor
                b[VY] += dy * a_factor
                b[VZ] += dz * a_factor
        # Then positions, from the new velocities.
        for body in bodies:
            body[X] += dt * body[VX]
            body[Y] += dt * body[VY]
            body[Z] += dt * body[VZ]


def main(steps):
    bodies = make_system()
    offset_momentum(bodies)
    print("%.9f" % energy(bodies))
    advance(bodies, steps, TIME_STEP)
    print("%.9f" % energy(bodies))


main(N)
