def f(n):
    log = []
    try:
        log.append("try")
        if n == 1:
            raise ValueError
        if n == 2:
            return log + ["return-in-try"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("end")
    return log
for n in range(3):
    print(n, f(n))

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())

def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_with_finally())

def nested():
    try:
        try:
            raise KeyError("inner")
        except ValueError:
            return "wrong handler"
        finally:
            print("inner finally runs")
    except KeyError as e:
        return "outer got " + repr(e)
print(nested())

def exc_in_handler():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            int("bad")
    except ValueError as e:
        return "second: " + str(e)
print(exc_in_handler())
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError("retry")
        print("succeeded after", count)
        break
    except RuntimeError as e:
        print("attempt", count, e)
try:
    pass
except Exception:
    print("never")
else:
    print("else with no exception")
def bare_except():
    try:
        raise IndexError
    except:
        return "bare caught"
print(bare_except())
