import sys
def main(args):
    if not args:
        print("usage: prog <n>")
        sys.exit(2)
    try:
        n = int(args[0])
    except ValueError:
        sys.exit("bad number: %s" % args[0])
    print("square is", n * n)
    return 0
for argv in [["7"], [], ["x"], ["-3"]]:
    try:
        rc = main(argv)
        print("returned", rc)
    except SystemExit as e:
        print("exit with", repr(e.code))
def cleanup_demo():
    try:
        sys.exit(5)
    finally:
        print("finally runs before exit propagates")
try:
    cleanup_demo()
except SystemExit as e:
    print("code", e.code, type(e).__name__, isinstance(e, Exception))
try:
    try:
        sys.exit(1)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)
try:
    raise SystemExit("bye", 1)
except SystemExit as e:
    print(e.code, e.args)
print(sys.argv[1:] == [], len(sys.argv))
