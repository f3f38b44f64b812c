name = "Ada"
age = 36
pi = 3.141592653589793
print(f"{name} is {age} years old")
print(f"{name!r} {name!s} {age!r}")
print(f"{{literal braces}} {age}")
print(f"{{{age}}}")
print(f"{pi:.2f} {pi:.5f} {pi:10.3f}|")
print(f"{pi:<10.2f}|{pi:>10.2f}|{pi:^10.2f}|")
print(f"{age:05d} {age:+d} {-age:+d} {age: d}")
print(f"{age:x} {age:X} {age:o} {age:b} {age:#x} {age:#o} {age:#b}")
print(f"{1234567:,} {1234567.891:,.2f} {1234567:_}")
print(f"{0.25:%} {0.25:.1%} {1/3:.3%}")
print(f"{12345.678:e} {12345.678:.2E} {0.000123:g} {1e20:g}")
width = 12
prec = 3
print(f"{pi:{width}.{prec}f}|")
print(f"{name:*^{width}}")
d = {"k": "v", "n": 5}
print(f"{d['k']} {d['n'] * 2}")
print(f'{"nested quotes"} {len("abc")}')
items = [1, 2, 3]
print(f"{items} {items[0] + items[-1]} {sum(items)}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|")
print(f"{name.upper()} {name.lower()[::-1]}")
print(f"{3 if age > 30 else 4}")
print(f"{'%d' % 7} {str(8)!r}")
x = 255
print(f"{x:#010x} {x:08b} {x:>+8}")
print(f"{True} {None} {[1, 'a']!r}")
print(f"{-3.5:08.2f} {3.5:=+8.2f}")
print(f"result: {age / 7:.4g}")
