from itertools import groupby
def rle(s):
    return "".join("%d%s" % (len(list(g)), k) for k, g in groupby(s))
def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    e = rle(s)
    print(repr(s), "->", repr(e), "->", repr(unrle(e)), unrle(e) == s)
def look_and_say(s):
    return "".join(str(len(list(g))) + k for k, g in groupby(s))
seq = ["1"]
for _ in range(9):
    seq.append(look_and_say(seq[-1]))
for t in seq:
    print(t)
print([len(t) for t in seq])
def compress_runs(nums):
    runs = []
    for n in nums:
        if runs and runs[-1][1] + 1 == n:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ",".join("%d" % a if a == b else "%d-%d" % (a, b) for a, b in runs)
print(compress_runs([1, 2, 3, 5, 7, 8, 9, 10, 12]), compress_runs([]), compress_runs([4]))
