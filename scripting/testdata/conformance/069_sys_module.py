import sys
print(type(sys.argv).__name__, len(sys.argv) >= 1, isinstance(sys.argv[0], str))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
sys.stdout.write("written via sys.stdout.write\n")
n = sys.stdout.write("abc")
sys.stdout.write("\n")
print("write returned", n)
print("to stderr", file=sys.stderr)
sys.stderr.write("also stderr\n")
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit code", repr(e.code))
try:
    raise SystemExit(0)
except SystemExit as e:
    print("caught SystemExit", e.code, isinstance(e, Exception), isinstance(e, BaseException))
print(sys.version_info[0], sys.version_info >= (3, 4), sys.version_info.major)
print(sys.getrecursionlimit() > 100, type(sys.path).__name__, "sys" in sys.modules)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.byteorder in ("little", "big"))
out = sys.stdout
print("same stream", out is sys.stdout)
def main(argv):
    args = argv[1:]
    return len(args)
print(main(["prog", "a", "b"]))
for line in ["alpha", "beta"]:
    sys.stdout.write(line.upper() + "\n")
print("end", flush=True)
