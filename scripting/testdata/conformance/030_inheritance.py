class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "%s says %s" % (self.name, self.sound)
    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.name)

class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!!"
class Cat(Animal):
    sound = "meow"
    def __init__(self, name, lives=9):
        super().__init__(name)
        self.lives = lives

zoo = [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom", 7)]
for a in zoo:
    print(a, a.speak())
print(zoo[3].lives, isinstance(zoo[2], Dog), isinstance(zoo[2], Cat), isinstance(zoo[1], Animal))
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), issubclass(Dog, (Cat, Animal)))
print(Puppy.__bases__[0].__name__, [c.__name__ for c in Puppy.__mro__])
print(isinstance(3, (str, int)), isinstance(True, int), issubclass(bool, int))
print(type(zoo[1]) is Dog, type(zoo[2]) is Dog, type(zoo[2]).__name__)

class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
    def describe(self):
        return "%s with area %.2f" % (type(self).__name__, self.area())
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
for s in [Rect(2, 3), Square(4), Circle(1)]:
    print(s.describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Base:
    def __init__(self):
        self.log = ["Base"]
class Child(Base):
    def __init__(self):
        Base.__init__(self)
        self.log.append("Child")
print(Child().log)
print(Dog.sound, Puppy.sound, Animal.speak(Dog("d")))
print(object.__name__, isinstance(Dog("x"), object))
