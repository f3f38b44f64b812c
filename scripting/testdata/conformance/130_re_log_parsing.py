import re
LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36] "GET /index.html HTTP/1.1" 200 2326
10.0.0.5 - - [10/Oct/2023:13:55:40] "POST /api/run?id=42 HTTP/1.1" 201 512
192.168.1.10 - - [10/Oct/2023:13:56:01] "GET /missing HTTP/1.1" 404 0
172.16.0.3 - - [10/Oct/2023:13:57:12] "GET /data/file.csv HTTP/1.1" 200 104857
10.0.0.5 - - [10/Oct/2023:13:58:59] "DELETE /api/run?id=42 HTTP/1.1" 500 13"""
pat = re.compile(r'^(?P<ip>\d+(?:\.\d+){3}) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) [^"]+" (?P<status>\d{3}) (?P<size>\d+)$', re.M)
entries = [m.groupdict() for m in pat.finditer(LOG)]
print(len(entries))
for e in entries:
    print("%-13s %-6s %-18s %s %7s" % (e["ip"], e["method"], e["path"], e["status"], e["size"]))
print(sorted(set(e["ip"] for e in entries)))
errors = [e for e in entries if e["status"].startswith(("4", "5"))]
print([(e["path"], e["status"]) for e in errors])
print(sum(int(e["size"]) for e in entries))
times = re.findall(r"\d{2}:\d{2}:\d{2}", LOG)
print(times)
h, m, s = map(int, times[-1].split(":"))
print(h * 3600 + m * 60 + s)
qs = re.findall(r"\?(\w+)=(\w+)", LOG)
print(qs)
print(re.sub(r"\d+\.\d+\.\d+\.(\d+)", r"x.x.x.\1", LOG.splitlines()[0]))
print(re.sub(r"(?P<num>\d{3,})", lambda m: "<%d>" % len(m.group("num")), "sizes 2326 512 0 104857"))
ext = re.compile(r"\.(\w+)(?:\?|\s|$)")
print([ext.search(e["path"] + " ").group(1) for e in entries if ext.search(e["path"] + " ")])
print(re.split(r"\s*[\[\]\"]\s*", LOG.splitlines()[1]))
print(bool(re.fullmatch(r"\d+(\.\d+){3}", "10.0.0.5")), bool(re.fullmatch(r"\d+(\.\d+){3}", "10.0.5")))
