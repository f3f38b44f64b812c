class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
    @property
    def kelvin(self):
        return self._c + 273.15

t = Temperature(25)
print(t.celsius, t.fahrenheit, round(t.kelvin, 2))
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.kelvin = 5
except AttributeError as e:
    print("AttributeError caught")
print(type(Temperature.celsius).__name__)

class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
    @value.deleter
    def value(self):
        print("deleting value")
lz = Lazy()
print(lz.value, lz.value, lz.computed)
del lz.value

class Circle:
    def __init__(self, r):
        self.r = r
    area = property(lambda self: round(3.14159 * self.r ** 2, 3))
    def _get_d(self):
        return self.r * 2
    def _set_d(self, d):
        self.r = d / 2
    diameter = property(_get_d, _set_d, doc="diameter")
c = Circle(2)
print(c.area, c.diameter)
c.diameter = 10
print(c.r, c.area, Circle.diameter.__doc__)
class Account:
    def __init__(self):
        self._balance = 0
        self.history = []
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        self.history.append(v - self._balance)
        self._balance = v
acct = Account()
for amt in [100, 250, 75]:
    acct.balance = amt
print(acct.balance, acct.history)
acct.balance += 5
print(acct.balance, acct.history)
