class Resource:
    log = []
    def __init__(self, name, fail_exit=False):
        self.name = name
    def __enter__(self):
        Resource.log.append("open " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        Resource.log.append("close %s (%s)" % (self.name, et.__name__ if et else "ok"))
        return et is KeyError

with Resource("a") as r:
    Resource.log.append("use " + r.name)
with Resource("b"):
    raise KeyError("swallowed")
try:
    with Resource("c"):
        raise ValueError("escapes")
except ValueError as e:
    Resource.log.append("caught " + str(e))
with Resource("outer") as o:
    with Resource("inner") as i:
        Resource.log.append("nested %s %s" % (o.name, i.name))
for line in Resource.log:
    print(line)

def gen_in_with():
    with Resource("gen"):
        yield 1
        yield 2
Resource.log = []
print(list(gen_in_with()), Resource.log)

def early_return():
    with Resource("ret"):
        return "returned"
Resource.log = []
print(early_return(), Resource.log)
Resource.log = []
for k in range(3):
    with Resource("loop%d" % k):
        if k == 1:
            continue
        if k == 2:
            break
print(Resource.log)
class Ctx:
    def __enter__(self):
        return [1, 2]
    def __exit__(self, *args):
        print("exit args none:", all(a is None for a in args), len(args))
with Ctx() as (a, b):
    print(a, b)
