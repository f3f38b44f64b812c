def rpn(expr):
    stack = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b, "^": lambda a, b: a ** b}
    for tok in expr.split():
        if tok in ops:
            if len(stack) < 2:
                raise ValueError("stack underflow at %r" % tok)
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise ValueError("malformed expression, stack=%r" % stack)
    return stack[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ 2 /", "1.5 2 *", "1 +", "1 2", "4 0 /", "2 x +"]:
    try:
        print("%-22s = %r" % (e, rpn(e)))
    except ZeroDivisionError as err:
        print("%-22s ! ZeroDivisionError: %s" % (e, err))
    except ValueError as err:
        print("%-22s ! ValueError: %s" % (e, err))
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
def to_rpn(infix):
    out, ops = [], []
    for tok in infix.replace("(", " ( ").replace(")", " ) ").split():
        if tok in PREC:
            while ops and ops[-1] != "(" and (PREC[ops[-1]] > PREC[tok] or (PREC[ops[-1]] == PREC[tok] and tok != "^")):
                out.append(ops.pop())
            ops.append(tok)
        elif tok == "(":
            ops.append(tok)
        elif tok == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(tok)
    while ops:
        out.append(ops.pop())
    return " ".join(out)
for infix in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4 - 1", "((7))", "8 - 3 - 2"]:
    r = to_rpn(infix)
    print("%-14s -> %-16s = %r" % (infix, r, rpn(r)))
