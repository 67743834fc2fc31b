"""A small ray tracer: spheres, one point light, shadows and reflections.

Measures operator dunders and method calls on a small vector class (every
vector operation allocates a new Vec3), float arithmetic, math.sqrt and
attribute access. A W x H grey-scale image of a few spheres on a large
"floor" sphere is rendered, with a shadow ray per hit and up to two mirror
bounces, and never written out: the sum of the pixel values is printed with
"%.6f" as a checksum.
"""

import math
import sys

N = 360  # image width; the height is 3/4 of it
if len(sys.argv) > 1:
    N = int(sys.argv[1])

MAX_DEPTH = 2  # mirror bounces after the primary ray
EPSILON = 1e-6  # minimum ray distance, so a surface does not hit itself
AMBIENT = 0.1


class Vec3:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec3(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec3(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, factor):
        return Vec3(self.x * factor, self.y * factor, self.z * factor)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def norm(self):
        return math.sqrt(self.dot(self))

    def unit(self):
        return self * (1.0 / self.norm())


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction  # a unit vector

    def point_at(self, distance):
        return self.origin + self.direction * distance


class Sphere:
    def __init__(self, center, radius, brightness, reflectivity):
        self.center = center
        self.radius = radius
        self.brightness = brightness  # how much diffuse light it scatters
        self.reflectivity = reflectivity  # the share of a mirror image

    def intersect(self, ray):
        """Distance along the ray to the nearest hit in front of its origin,
        or None when the ray misses."""
        to_origin = ray.origin - self.center
        b = to_origin.dot(ray.direction)
        c = to_origin.dot(to_origin) - self.radius * self.radius
        discriminant = b * b - c
        if discriminant < 0.0:
            return None
        root = math.sqrt(discriminant)
        near = -b - root
        if near > EPSILON:
            return near
        far = -b + root
        if far > EPSILON:
            return far
        return None

    def normal_at(self, point):
        return (point - self.center) * (1.0 / self.radius)


class Scene:
    def __init__(self, spheres, light):
        self.spheres = spheres
        self.light = light

    def nearest_hit(self, ray):
        best_distance = None
        best_sphere = None
        for sphere in self.spheres:
            distance = sphere.intersect(ray)
            if distance is not None and (
                best_distance is None or distance < best_distance
            ):
                best_distance = distance
                best_sphere = sphere
        return best_sphere, best_distance

    def in_shadow(self, point, to_light, light_distance):
        ray = Ray(point, to_light)
        for sphere in self.spheres:
            distance = sphere.intersect(ray)
            if distance is not None and distance < light_distance:
                return True
        return False

    def trace(self, ray, depth):
        """Brightness seen along the ray."""
        sphere, distance = self.nearest_hit(ray)
        if sphere is None:
            # Sky: a gradient from the horizon up.
            return 0.2 + 0.3 * max(ray.direction.y, 0.0)
        point = ray.point_at(distance)
        normal = sphere.normal_at(point)
        light_offset = self.light - point
        light_distance = light_offset.norm()
        to_light = light_offset * (1.0 / light_distance)

        shade = AMBIENT
        facing = normal.dot(to_light)
        if facing > 0.0 and not self.in_shadow(point, to_light, light_distance):
            shade += sphere.brightness * facing
        color = shade * (1.0 - sphere.reflectivity)

        if depth < MAX_DEPTH and sphere.reflectivity > 0.0:
            direction = ray.direction
            mirrored = direction - normal * (2.0 * direction.dot(normal))
            bounce = Ray(point, mirrored.unit())
            color += sphere.reflectivity * self.trace(bounce, depth + 1)
        return color


def make_scene():
    spheres = [
        Sphere(Vec3(0.0, -1000.0, -20.0), 999.0, 0.7, 0.1),  # the floor
        Sphere(Vec3(0.0, 0.5, -6.0), 1.5, 0.8, 0.4),
        Sphere(Vec3(-2.6, 0.0, -5.0), 1.0, 0.9, 0.0),
        Sphere(Vec3(2.4, -0.2, -4.5), 0.8, 0.6, 0.6),
        Sphere(Vec3(1.0, 2.6, -9.0), 1.2, 0.5, 0.2),
    ]
    light = Vec3(-5.0, 8.0, 2.0)
    return Scene(spheres, light)


def render(scene, width, height):
    """Sum of the pixel values of a width x height image, row by row."""
    eye = Vec3(0.0, 0.5, 2.0)
    aspect = width / height
    total = 0.0
    for row in range(height):
        screen_y = 1.0 - 2.0 * (row + 0.5) / height
        for column in range(width):
            screen_x = (2.0 * (column + 0.5) / width - 1.0) * aspect
            target = Vec3(screen_x, screen_y + 0.5, 0.0)
            ray = Ray(eye, (target - eye).unit())
            total += min(scene.trace(ray, 0), 1.0)
    return total


def main(width):
    height = width * 3 // 4
    scene = make_scene()
    print("%.6f" % render(scene, width, height))


main(N)
