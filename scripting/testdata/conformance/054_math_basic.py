import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.exp(1), math.exp(0), math.exp(-1))
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.log(2), math.log10(2), math.log2(3))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.trunc(-3.7))
print(type(math.floor(2.5)).__name__, math.floor(5), math.ceil(10 ** 20 + 0.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isfinite(1e308))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(2 ** 64, 6 ** 30), math.lcm(4, 6))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.comb(10, 3), math.comb(50, 25), math.perm(5, 2), math.perm(5), math.comb(5, 7))
print(math.hypot(3, 4), math.hypot(1, 1), math.hypot(5, 12))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan(1))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
print(math.sin(0), math.cos(0), math.sin(math.pi / 2), math.tan(math.pi / 4))
print(round(math.sin(math.pi), 12), math.cos(math.pi), math.asin(1), math.acos(0))
print(math.sinh(1), math.cosh(1), math.tanh(0.5))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.fabs(-4), math.fmod(-7, 3), -7 % 3)
print(math.prod([1, 2, 3, 4]), math.prod([0.5, 4]), math.prod([]), math.prod(range(1, 11)))
print(math.pow(2, 10), math.pow(2, 0.5), 2 ** 0.5 == math.sqrt(2), math.isqrt(99), math.isqrt(10 ** 20))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.dist([0, 0], [3, 4]), math.erf(0), round(math.erf(1), 12), math.gamma(5), math.lgamma(1))
for fn, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2)]:
    try:
        fn(arg)
    except ValueError as e:
        print(fn.__name__, "ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
print(math.exp(700) < math.inf, math.inf - math.inf, math.inf * 0)
