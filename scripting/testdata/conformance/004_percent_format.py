print("%s and %s" % ("this", "that"))
print("%d%%" % 50)
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%+d %+d" % (3, -3))
print("%.2f %8.3f %-8.1f|" % (3.14159, 2.71828, 1.5))
print("%e %.2E" % (12345.6789, 0.00012))
print("%g %g %g" % (0.0001, 123456789.0, 1.5))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%r %s" % ("quoted", "plain"))
print("%c%c" % (65, "B"))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%10s|%-10s|" % ("right", "left"))
print("%.3s" % "abcdef")
print("%*d|" % (6, 12))
print("%s" % [1, 2, 3])
print("%s" % (1,))
print("%d" % 3.99)
print("%i" % -7)
print("%s %s" % (None, True))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print("%05.1f" % 3.14159)
print("%-6s|%6s|" % ("ab", "cd"))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
rows = [("alpha", 1.5, 10), ("beta", 22.25, 200), ("gamma", 333.125, 3000)]
for name, val, count in rows:
    print("%-8s %10.3f %6d" % (name, val, count))
