b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], type(b[0]).__name__, type(b[1:3]).__name__)
print(list(b), b[::-1], b.upper(), b + b" world", b * 2)
print(b.decode(), b.decode("ascii"), "héllo".encode(), "héllo".encode("utf-8"), len("héllo".encode()))
print(b"\x00\x01\xff", bytes([65, 66, 67]), bytes(3), bytes("abc", "ascii"))
print(b.hex(), bytes.fromhex("48656c6c6f"), b"\xde\xad\xbe\xef".hex())
print(b"a,b,c".split(b","), b" x ".strip(), b"abc".find(b"c"), b"abc".replace(b"b", b"B"))
print(b"abc" == b"abc", b"abc" < b"abd", b"a" in b"abc", 97 in b"abc", b"abc".startswith(b"ab"))
print(repr(b"quote'"), repr(b'dq"'), repr(b"\n\t\\"), b"\x7f\x80")
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba), bytes(ba), ba.decode())
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError caught")
print(b"\xff".decode("latin-1"), "é".encode("latin-1"), b"caf\xc3\xa9".decode())
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), (1024).to_bytes(4, "big"))
print(sum(b"abc"), max(b"xyz"), sorted(b"cab"), bytes(sorted(b"cab")))
print(b"-".join([b"a", b"b"]), b"%d-%s" % (5, b"x"), b"ab".isalpha(), b"12".isdigit())
print(bytes(range(65, 70)), bytearray(2), b"abc".count(b"a"), b"  ".isspace())
data = "Grüße, мир!".encode("utf-8")
print(len(data), data[:6], data.decode("utf-8"))
print(str(b"abc"), b"abc".decode() == "abc", bytes(b"x") == b"x")
