raw = ["12", "7.5", "abc", "", "-3", "1e3", "0x10", " 42 ", "None", "9" * 20]
parsed, errors = [], []
for s in raw:
    try:
        v = int(s)
    except ValueError:
        try:
            v = float(s)
        except ValueError as e:
            errors.append(str(e))
            continue
    parsed.append(v)
print(parsed)
for e in errors:
    print("error:", e)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
    except TypeError as e:
        return "TypeError: %s" % e
for a, b in [(1, 2), (1, 0), (-1, 0), (0, 0), ("x", 2), (5, 2.5)]:
    print(a, b, safe_div(a, b))
def first_valid(items, conv):
    for it in items:
        try:
            return conv(it)
        except (ValueError, TypeError):
            continue
    raise LookupError("no valid item")
print(first_valid(["a", None, "3"], int), first_valid([None, "2.5"], float))
try:
    first_valid(["x"], int)
except LookupError as e:
    print("LookupError:", e)
attempts = 0
data = {"a": 1}
for key in ["a", "b", "c", "a"]:
    try:
        val = data[key]
    except KeyError as e:
        print("missing key", e)
        data[key] = len(data) + 1
    else:
        print("found", key, val)
    finally:
        attempts += 1
print(attempts, data)
total = 0
for i in range(-3, 4):
    try:
        total += 12 // i
    except ZeroDivisionError:
        print("skip zero")
        continue
    finally:
        total += 1000
print(total)
