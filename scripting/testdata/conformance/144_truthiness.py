values = [0, 1, -1, 0.0, 0.1, "", " ", "0", [], [0], (), (None,), {}, {0: 0}, set(), None, True, False, range(0), range(1), b"", b"\x00"]
for v in values:
    print("%-10r %s" % (v, "truthy" if v else "falsy"))
class Empty:
    def __len__(self):
        return 0
class Zero:
    def __bool__(self):
        return False
class Plain:
    pass
print(bool(Empty()), bool(Zero()), bool(Plain()))
print([] or "default", "x" or "y", None and 1, 0 or 0.0 or "", 5 and 6 and 7)
print(not [], not "a", not not 0)
print(sum([True, True, False]), True + 1, [x for x in values if x] == [v for v in values if bool(v)])
print(len([v for v in values if not v]))
