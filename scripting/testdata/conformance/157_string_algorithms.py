def is_anagram(a, b):
    return sorted(a.replace(" ", "").lower()) == sorted(b.replace(" ", "").lower())
print(is_anagram("Listen", "Silent"), is_anagram("abc", "abd"))
def longest_common_prefix(words):
    if not words:
        return ""
    p = words[0]
    for w in words[1:]:
        while not w.startswith(p):
            p = p[:-1]
    return p
print(repr(longest_common_prefix(["interstellar", "internet", "interval"])), repr(longest_common_prefix(["a", "b"])))
def kmp_search(text, pat):
    fail = [0] * len(pat)
    k = 0
    for i in range(1, len(pat)):
        while k and pat[i] != pat[k]:
            k = fail[k - 1]
        if pat[i] == pat[k]:
            k += 1
        fail[i] = k
    res, k = [], 0
    for i, c in enumerate(text):
        while k and c != pat[k]:
            k = fail[k - 1]
        if c == pat[k]:
            k += 1
        if k == len(pat):
            res.append(i - k + 1)
            k = fail[k - 1]
    return res
print(kmp_search("abababcabababab", "abab"), kmp_search("aaaa", "aa"), kmp_search("xyz", "a"))
def longest_palindrome(s):
    best = ""
    for c in range(len(s)):
        for lo, hi in ((c, c), (c, c + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best
print(longest_palindrome("forgeeksskeegfor"), longest_palindrome("abacdfgdcaba"), repr(longest_palindrome("")))
def vigenere(text, key, decrypt=False):
    out = []
    ki = 0
    for ch in text:
        if ch.isalpha():
            shift = ord(key[ki % len(key)].lower()) - 97
            if decrypt:
                shift = -shift
            base = 65 if ch.isupper() else 97
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)
enc = vigenere("Attack at Dawn!", "lemon")
print(enc, vigenere(enc, "lemon", decrypt=True))
def word_wrap_count(s):
    return {w: s.split().count(w) for w in sorted(set(s.split()))}
print(word_wrap_count("a b a c b a"))
print("".join(sorted(set("hello world") - {" "})), "hello world".title().swapcase())
