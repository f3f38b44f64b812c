from collections import Counter
import random
rng = random.Random(17)
dna = "".join(rng.choice("ACGT") for _ in range(300))
print(dna[:60])
base = Counter(dna)
print(sorted(base.items()), "GC=%.4f" % ((base["G"] + base["C"]) / len(dna)))
codons = Counter(dna[i:i + 3] for i in range(0, len(dna) - 2, 3))
print(len(codons), sorted(codons.most_common(5), key=lambda kv: (-kv[1], kv[0])))
kmers = Counter(dna[i:i + 2] for i in range(len(dna) - 1))
print(sorted(kmers.items())[:8])
a = Counter("abracadabra")
b = Counter("alakazam")
print(sorted((a + b).items()))
print(sorted((a - b).items()), sorted((b - a).items()))
print(sorted((a & b).items()), sorted((a | b).items()))
inventory = Counter(apples=5, pears=2)
sold = Counter(apples=3, pears=4)
inventory.subtract(sold)
print(sorted(inventory.items()), sorted(+inventory))
votes = Counter()
for ballot in ["x", "y", "x", "z", "x", "y"]:
    votes[ballot] += 1
winner, count = votes.most_common(1)[0]
print(winner, count, sorted(votes.elements()))
anagram = lambda s, t: Counter(s.replace(" ", "")) == Counter(t.replace(" ", ""))
print(anagram("dormitory", "dirty room"), anagram("listen", "silent"), anagram("a", "b"))
print(Counter("aab") == Counter("aba"), Counter("ab") == Counter("abb"), len(Counter()))
