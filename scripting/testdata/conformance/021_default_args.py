def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Ann", "Hi"))
print(greet("Ann", punct="?"))
print(greet(greeting="Yo", name="Bo"))

def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2))

def append_safe(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(append_safe(1), append_safe(2))

n = 10
def captured(v=n):
    return v
n = 20
print(captured())
print(greet.__defaults__, captured.__name__)

def power(base, exp=2):
    return base ** exp
print([power(b) for b in range(5)], power(2, 10), power(exp=3, base=2))
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", "b", "c", "d")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", nme="b")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", name="b")
except TypeError as e:
    print("TypeError:", e)
def f(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw
print(f(1))
print(f(1, 5, 6, 7, c=8, d=9))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
