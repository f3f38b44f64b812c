import re
from collections import Counter
TEXT = """In physics, energy is the quantitative property that is transferred to a body
or to a physical system, recognizable in the performance of work and in the form of
heat and light. Energy is a conserved quantity; the law of conservation of energy
states that energy can be converted in form, but not created or destroyed."""
words = re.findall(r"[a-z]+", TEXT.lower())
print(len(words), len(set(words)))
c = Counter(words)
for w, n in c.most_common(8):
    print("%-12s %d %s" % (w, n, "+" * n))
stop = {"the", "of", "is", "a", "to", "in", "or", "and", "that", "can", "but", "not"}
content = Counter(w for w in words if w not in stop)
print(sorted(content.most_common(5), key=lambda kv: (-kv[1], kv[0])))
print(sorted(w for w in set(words) if len(w) > 10))
sentences = [s.strip() for s in re.split(r"[.;]", TEXT) if s.strip()]
print(len(sentences))
for s in sentences:
    ws = s.split()
    print(len(ws), ws[0], ws[-1])
bigrams = Counter(zip(words, words[1:]))
print(sorted(bigrams.most_common(3), key=lambda kv: (-kv[1], kv[0])))
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
print("avg word length %.3f" % (sum(map(len, words)) / len(words)))
caps = re.findall(r"\b[A-Z]\w*", TEXT)
print(caps)
print(TEXT.count("energy"), TEXT.lower().count("energy"), TEXT.find("heat"))
vowels = Counter(ch for ch in TEXT.lower() if ch in "aeiou")
print(sorted(vowels.items()))
