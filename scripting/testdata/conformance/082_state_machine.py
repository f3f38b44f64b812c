TRANSITIONS = {
    ("idle", "start"): "running",
    ("running", "pause"): "paused",
    ("paused", "resume"): "running",
    ("running", "stop"): "stopped",
    ("paused", "stop"): "stopped",
    ("stopped", "reset"): "idle",
}
class Machine:
    def __init__(self):
        self.state = "idle"
        self.history = [self.state]
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise ValueError("invalid event %r in state %r" % (event, self.state))
        self.state = TRANSITIONS[key]
        self.history.append(self.state)
        return self.state
    def __repr__(self):
        return "Machine(%s)" % self.state
m = Machine()
for ev in ["start", "pause", "resume", "pause", "stop", "start", "reset", "start"]:
    try:
        print("%-7s -> %s" % (ev, m.fire(ev)))
    except ValueError as e:
        print("error:", e)
print(m, " > ".join(m.history))
def tokenize(s):
    tokens, state, buf = [], "space", ""
    for ch in s + " ":
        if state == "space":
            if ch.isdigit():
                state, buf = "num", ch
            elif ch.isalpha():
                state, buf = "word", ch
            elif ch in "+-*/()":
                tokens.append(("op", ch))
        elif state == "num":
            if ch.isdigit() or ch == ".":
                buf += ch
            else:
                tokens.append(("num", float(buf) if "." in buf else int(buf)))
                state = "space"
                if ch in "+-*/()":
                    tokens.append(("op", ch))
        elif state == "word":
            if ch.isalnum():
                buf += ch
            else:
                tokens.append(("word", buf))
                state = "space"
                if ch in "+-*/()":
                    tokens.append(("op", ch))
    return tokens
for t in tokenize("x1 = 3.5*(y+42) - z"):
    print(t)
def traffic(n):
    cycle = {"green": ("yellow", 3), "yellow": ("red", 1), "red": ("green", 4)}
    state, t, log = "red", 0, []
    while t < n:
        nxt, dur = cycle[state]
        log.append("%d:%s" % (t, state))
        t += dur
        state = nxt
    return log
print(traffic(20))
