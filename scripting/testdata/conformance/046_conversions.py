print(int(3.9), int(-3.9), int("42"), int("-0"), int(True), int("  7\n"))
print(float(3), float("3.25"), float(" -1e-3 "), float(False))
print(str(12), str(1.50), str(-0.0), str(None), str([1, "a"]), str((1,)))
print(bool(0), bool(0.0), bool(""), bool("0"), bool([]), bool({}), bool(None), bool(-1))
print(int("101", 2), int("777", 8), int("ff", 16), int("FF", 16), int("zz", 36), int("0o17", 0))
print(bin(10), oct(64), hex(255), hex(-255), bin(-5), bin(0))
print(format(10, "b"), format(255, "x"), format(255, "#X"), format(-10, "#b"))
print(chr(65), chr(97), chr(8364), ord("A"), ord("€"), ord("\n"))
print([ord(c) for c in "Hi!"], "".join(chr(c) for c in [80, 121]))
print(list("abc"), tuple("ab"), set("aa"), dict([("k", 1)]))
print(list(range(3)), list({1: 2}), list((1, 2)), list(map(int, "123")))
try:
    int("12abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int("")
except ValueError as e:
    print("ValueError:", e)
try:
    int("2", 2)
except ValueError as e:
    print("ValueError:", e)
try:
    float("1.2.3")
except ValueError as e:
    print("ValueError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print(int(float("1e10")), float(int("9" * 20)), int(1e2))
print(str(10 ** 15), str(1.0 * 10 ** 15), str(10.0 ** 16))
print(repr("x"), repr(5), repr(5.0), repr([1.0]), ascii("é"), repr("é"))
print(int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"))
print(abs(-7.25), float("-inf") < -1e308, int(-0.9), int("-0x10", 16))
print(type(1).__name__, type(1.0).__name__, type("").__name__, type(None).__name__, type(True).__name__)
