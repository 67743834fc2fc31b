/* C version of benches/py/nbody.py.
 *
 * The Sun and the four giant planets integrated with the same semi-implicit
 * Euler steps, the same constants and the same default number of steps,
 * printing the energy before and after with "%.9f". Every sum is taken in the
 * Python order and fused multiply-adds are disabled below, so the output is
 * byte-for-byte the same. Build without -ffast-math.
 *
 *   cc -O2 -o nbody nbody.c -lm && ./nbody [STEPS]
 */
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static long N = 200000; /* integration steps */

#define PI 3.141592653589793
#define SOLAR_MASS (4.0 * PI * PI)
#define DAYS_PER_YEAR 365.24
#define TIME_STEP 0.01
#define BODIES 5

struct body {
    double x, y, z, vx, vy, vz, mass;
};

static struct body make_body(double x, double y, double z, double vx, double vy,
                             double vz, double mass) {
    struct body b;
    b.x = x;
    b.y = y;
    b.z = z;
    b.vx = vx * DAYS_PER_YEAR;
    b.vy = vy * DAYS_PER_YEAR;
    b.vz = vz * DAYS_PER_YEAR;
    b.mass = mass * SOLAR_MASS;
    return b;
}

static void make_system(struct body *bodies) {
    bodies[0] = make_body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0);
    bodies[1] = make_body(4.84143144246472090e00, -1.16032004402742839e00,
                          -1.03622044471123109e-01, 1.66007664274403694e-03,
                          7.69901118419740425e-03, -6.90460016972063023e-05,
                          9.54791938424326609e-04);
    bodies[2] = make_body(8.34336671824457987e00, 4.12479856412430479e00,
                          -4.03523417114321381e-01, -2.76742510726862411e-03,
                          4.99852801234917238e-03, 2.30417297573763929e-05,
                          2.85885980666130812e-04);
    bodies[3] = make_body(1.28943695621391310e01, -1.51111514016986312e01,
                          -2.23307578892655734e-01, 2.96460137564761618e-03,
                          2.37847173959480950e-03, -2.96589568540237556e-05,
                          4.36624404335156298e-05);
    bodies[4] = make_body(1.53796971148509165e01, -2.59193146099879641e01,
                          1.79258772950371181e-01, 2.68067772490389322e-03,
                          1.62824170038242295e-03, -9.51592254519715870e-05,
                          5.15138902046611451e-05);
}

static void offset_momentum(struct body *bodies) {
    double px = 0.0, py = 0.0, pz = 0.0;
    for (int i = 0; i < BODIES; i++) {
        px += bodies[i].vx * bodies[i].mass;
        py += bodies[i].vy * bodies[i].mass;
        pz += bodies[i].vz * bodies[i].mass;
    }
    bodies[0].vx = -px / SOLAR_MASS;
    bodies[0].vy = -py / SOLAR_MASS;
    bodies[0].vz = -pz / SOLAR_MASS;
}

static double energy(const struct body *bodies) {
    double total = 0.0;
    for (int i = 0; i < BODIES; i++) {
        const struct body *a = &bodies[i];
        double speed2 = a->vx * a->vx + a->vy * a->vy + a->vz * a->vz;
        total += 0.5 * a->mass * speed2;
        for (int j = i + 1; j < BODIES; j++) {
            const struct body *b = &bodies[j];
            double dx = a->x - b->x;
            double dy = a->y - b->y;
            double dz = a->z - b->z;
            double distance = sqrt(dx * dx + dy * dy + dz * dz);
            total -= a->mass * b->mass / distance;
        }
    }
    return total;
}

static void advance(struct body *bodies, long steps, double dt) {
    for (long step = 0; step < steps; step++) {
        for (int i = 0; i < BODIES; i++) {
            struct body *a = &bodies[i];
            for (int j = i + 1; j < BODIES; j++) {
                struct body *b = &bodies[j];
                double dx = a->x - b->x;
                double dy = a->y - b->y;
                double dz = a->z - b->z;
                double distance2 = dx * dx + dy * dy + dz * dz;
                double magnitude = dt / (distance2 * sqrt(distance2));
                double a_factor = a->mass * magnitude;
                double b_factor = b->mass * magnitude;
                a->vx -= dx * b_factor;
                a->vy -= dy * b_factor;
                a->vz -= dz * b_factor;
                b->vx += dx * a_factor;
                b->vy += dy * a_factor;
                b->vz += dz * a_factor;
            }
        }
        for (int i = 0; i < BODIES; i++) {
            bodies[i].x += dt * bodies[i].vx;
            bodies[i].y += dt * bodies[i].vy;
            bodies[i].z += dt * bodies[i].vz;
        }
    }
}

int main(int argc, char **argv) {
    if (argc > 1)
        N = atol(argv[1]);
    struct body bodies[BODIES];
    make_system(bodies);
    offset_momentum(bodies);
    printf("%.9f\n", energy(bodies));
    advance(bodies, N, TIME_STEP);
    printf("%.9f\n", energy(bodies));
    return 0;
}
