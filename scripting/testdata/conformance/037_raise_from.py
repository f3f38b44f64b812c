class ParseError(Exception):
    pass

def parse_int(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError("cannot parse %r" % s) from e

try:
    parse_int("abc")
except ParseError as e:
    print("error:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("suppress:", e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print("cause none:", e.__cause__, e.__suppress_context__)

def reraise():
    try:
        [][0]
    except IndexError:
        print("logging and reraising")
        raise
try:
    reraise()
except IndexError as e:
    print("reraised:", e)

try:
    raise ValueError("a") from TypeError("b")
except ValueError as e:
    print(e, "<-", repr(e.__cause__))

def chain_depth(e):
    d = 0
    while e is not None:
        d += 1
        e = e.__cause__ or e.__context__
    return d
try:
    try:
        try:
            raise KeyError("one")
        except KeyError as e1:
            raise ValueError("two") from e1
    except ValueError:
        raise TypeError("three")
except TypeError as e:
    print("depth", chain_depth(e))
e = None
try:
    raise OSError(5, "I/O failure")
except OSError as err:
    e = err
    print(err.errno, err.strerror, err.args)
print(e is not None, type(e).__name__)
try:
    raise Exception("x")
except Exception as exc:
    pass
try:
    exc
except NameError as ne:
    print("NameError:", ne)
