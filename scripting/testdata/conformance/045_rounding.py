print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159), type(round(3.5)).__name__, type(round(3.5, 0)).__name__)
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7, 2), type(round(7, 2)).__name__, round(123456789, -3))
print(round(1e20), round(-2.5), round(0.49999999999999994), round(5e-324, 320))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
for v in [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65]:
    print(v, round(v, 1), "%.1f" % v, f"{v:.1f}")
import math
for v in [2.5, -2.5, 2.4, -2.6, 0.0]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), int(v), round(v))
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(1e-10, ".3f"))
print(f"{1234.5:.0f} {1235.5:.0f} {-0.5:.0f} {0.05:.1f}")
