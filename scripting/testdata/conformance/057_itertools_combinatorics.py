from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(len(list(product(range(3), range(4), range(5)))))
print(["".join(p) for p in product("xy", "12", "!?")][:6])
print(list(permutations([1, 2, 3])))
print(list(permutations("abcd", 2)))
print(len(list(permutations(range(6)))), len(list(permutations(range(6), 3))))
print(list(combinations(range(5), 3)))
print(list(combinations("abcd", 2)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("abc", 2)))
print(len(list(combinations_with_replacement(range(5), 3))))
print(sum(1 for c in combinations(range(20), 4)))
target = 10
print([c for c in combinations([1, 2, 3, 4, 5, 6, 7], 3) if sum(c) == target])
coins = [c for c in combinations_with_replacement([1, 5, 10, 25], 4) if sum(c) == 40]
print(coins)
grid = [(x, y) for x, y in product(range(3), repeat=2) if x != y]
print(grid)
print(list(permutations([])), list(combinations([], 0)), list(product()))
words = ["".join(p) for p in permutations("tea")]
print(sorted(set(words)))
