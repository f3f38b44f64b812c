s = "Ångström λ=500nm μ±σ"
print(s, len(s), s.upper(), s.lower())
print([c for c in s if not c.isascii()])
print(s.encode("utf-8"), len(s.encode("utf-8")))
print(s.encode("utf-8").decode("utf-8") == s)
greek = "αβγδεζηθ"
print(greek.upper(), greek[::-1], greek[2:5], greek.index("δ"), sorted(greek, reverse=True)[:3])
print([hex(ord(c)) for c in "aé€😀"])
print("\u00c5" == "Å", "\u212b" == "Å", len("\u212b"))
print("café".center(10, "*"), "naïve".ljust(8, "-") + "|", "über".title(), "ÀÉÎ".lower())
print("αβγ".isalpha(), "é1".isalnum(), "λ".islower(), "Λ".isupper(), "ü".isascii())
temps = {"Zürich": 14.2, "São Paulo": 22.8, "Kraków": 9.1, "Reykjavík": 4.5}
for city in sorted(temps):
    print("%-10s %5.1f°C" % (city, temps[city]))
print(f"{'東京':>6}|{'Ω':^5}|{'π':<3}|")
print(repr("tab\t λ \u0000"), ascii("λ"), "λ".encode("utf-8").hex())
emoji = "🌍🚀✨"
print(len(emoji), list(emoji), emoji[1], emoji.encode("utf-8")[:4])
print("ß".upper(), "ÿ".upper(), "Ÿ".lower())
print(chr(0x1F600), ord("😀"), "\N{BLACK STAR}", "\N{DEGREE SIGN}")
print("Ω".lower() == "ω", "Σ".lower(), "σ".upper())
print(sorted(["éclair", "eclair", "zebra", "Zebra", "ébène"]))
print("x".join("αβγ"), "—".join(["a", "b"]), "a–b".split("–"))
