"""Method calls and attribute access on small objects."""


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k):
        self.x *= k
        self.y *= k


class Particle:
    def __init__(self, i):
        self.pos = Vec(i * 0.1, 0.0)
        self.vel = Vec(1.0, 0.5)

    def step(self, dt):
        self.pos = self.pos.add(Vec(self.vel.x * dt, self.vel.y * dt))
        return self.pos.dot(self.vel)


ps = [Particle(i) for i in range(100)]
acc = 0.0
for _ in range(3000):
    for p in ps:
        acc += p.step(0.01)
print("%.4f" % acc)
