class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, msg="bad config"):
        super().__init__(key, msg)
        self.key = key
        self.msg = msg
    def __str__(self):
        return "%s: %s" % (self.key, self.msg)
class NetworkError(AppError):
    code = 500

for exc in [ConfigError("port"), NetworkError("timeout"), AppError(), ValueError("v")]:
    try:
        raise exc
    except ConfigError as e:
        print("config", e, e.key, e.args)
    except NetworkError as e:
        print("network", e, e.code, repr(e))
    except AppError as e:
        print("app", repr(e), str(e) == "", e.args)
    except Exception as e:
        print("other", type(e).__name__, e)

print(issubclass(ConfigError, Exception), issubclass(KeyError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(IndexError, LookupError))
print(issubclass(FileNotFoundError, OSError), issubclass(RecursionError, RuntimeError))
print(issubclass(UnboundLocalError, NameError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print([c.__name__ for c in NetworkError.__mro__])
try:
    raise (ValueError, TypeError)[1]("from tuple")
except (ValueError, TypeError) as e:
    print("tuple catch", type(e).__name__, e)
e = ValueError("stored")
print(e, e.args, type(e).__name__, isinstance(e, Exception))
print(repr(Exception()), repr(Exception("a", 1)), str(Exception("a", 1)))
print(repr(KeyError("x")), str(KeyError("x")), str(KeyError("x", "y")))
class WithData(Exception):
    def __init__(self, data):
        self.data = data
        super().__init__("data has %d items" % len(data))
try:
    raise WithData([1, 2, 3])
except WithData as w:
    print(w, w.data)
def risky(n):
    if n == 0:
        raise AppError("zero")
    return 10 / n
results = []
for n in [2, 0, 5]:
    try:
        results.append(risky(n))
    except AppError as e:
        results.append("err:" + str(e))
print(results)
try:
    raise NetworkError
except NetworkError as e:
    print("raised class", repr(e), e.args)
