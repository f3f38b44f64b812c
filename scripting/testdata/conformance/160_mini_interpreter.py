def run(program, inputs=()):
    regs = {"a": 0, "b": 0, "c": 0, "d": 0}
    out = []
    inp = list(inputs)
    lines = [ln.split() for ln in program.strip().splitlines()]
    pc, steps = 0, 0
    while 0 <= pc < len(lines):
        steps += 1
        if steps > 10000:
            raise RuntimeError("step limit")
        op, *args = lines[pc]
        val = lambda x: regs[x] if x in regs else int(x)
        if op == "set":
            regs[args[0]] = val(args[1])
        elif op == "add":
            regs[args[0]] += val(args[1])
        elif op == "mul":
            regs[args[0]] *= val(args[1])
        elif op == "mod":
            regs[args[0]] %= val(args[1])
        elif op == "in":
            regs[args[0]] = inp.pop(0)
        elif op == "out":
            out.append(val(args[0]))
        elif op == "jnz":
            if val(args[0]) != 0:
                pc += val(args[1])
                continue
        else:
            raise ValueError("unknown op %r at line %d" % (op, pc + 1))
        pc += 1
    return out, regs, steps
FACT = """
in a
set b 1
mul b a
add a -1
jnz a -2
out b
"""
for n in (1, 5, 10):
    out, regs, steps = run(FACT, [n])
    print("fact", n, out, steps)
FIB = """
set a 0
set b 1
set c 12
out a
set d a
add d b
set a b
set b d
add c -1
jnz c -6
"""
print(run(FIB)[0])
try:
    run("set a 1\njnz a 0")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    run("bogus a")
except ValueError as e:
    print("ValueError:", e)
print(sorted(run("set a 7\nmod a 4\nset b a\nmul b b")[1].items()))
