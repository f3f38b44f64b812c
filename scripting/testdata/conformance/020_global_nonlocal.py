counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)

def read_global():
    return counter * 10
print(read_global())

x = "global"
def shadow():
    x = "local"
    return x
print(shadow(), x)

def unbound():
    try:
        print(y_undefined_here)
    except NameError as e:
        print("NameError:", e)
unbound()

def local_before_assign():
    try:
        print(x)
        x = 5
    except UnboundLocalError as e:
        print("UnboundLocalError caught")
    except NameError:
        print("NameError caught")
local_before_assign()

def set_new_global():
    global brand_new
    brand_new = 42
set_new_global()
print(brand_new)

def outer():
    v = 0
    def a():
        nonlocal v
        v += 1
    def b():
        nonlocal v
        v *= 10
    a(); b(); a()
    return v
print(outer())

def level1():
    n = 1
    def level2():
        def level3():
            nonlocal n
            n += 100
        level3()
    level2()
    return n
print(level1())
g = 5
def uses_global_in_loop():
    total = 0
    for i in range(g):
        total += i
    return total
print(uses_global_in_loop())
print(sorted(k for k in globals() if k in ("counter", "x", "brand_new")))
def modifies_list():
    lst_global.append(len(lst_global))
lst_global = []
for _ in range(3):
    modifies_list()
print(lst_global)
