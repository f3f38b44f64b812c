"""Execute smoke.ipynb end to end with nbclient through the installed "lumen"
kernelspec (found on JUPYTER_PATH), check its outputs, and render it to HTML with
nbconvert to check Python syntax highlighting.

    JUPYTER_PATH=... /usr/bin/python3 kernel/testdata/jupyter/run_notebook.py [OUT.ipynb]
"""
import os
import sys

import nbformat
from nbclient import NotebookClient

here = os.path.dirname(os.path.abspath(__file__))
nb = nbformat.read(os.path.join(here, "smoke.ipynb"), as_version=4)
client = NotebookClient(nb, timeout=60, kernel_name="lumen", startup_timeout=60)
client.execute()
if len(sys.argv) > 1:
    nbformat.write(nb, sys.argv[1])

failures = []


def expect(cond, what):
    print(("ok   " if cond else "FAIL ") + what, flush=True)
    if not cond:
        failures.append(what)


code = [c for c in nb.cells if c.cell_type == "code"]
outs = [c.outputs for c in code]
expect([c.execution_count for c in code] == [1, 2, 3, 4, 5, 6], "execution counts 1..6")
expect(outs[0][0].output_type == "stream" and outs[0][0].text == "hello from lumen\n", "print streams")
expect(outs[0][-1].output_type == "execute_result" and outs[0][-1].data["text/plain"] == "30", "trailing value")
rich = outs[1][-1]
expect(rich.output_type == "execute_result" and rich.data.get("text/html", "").startswith("<table>")
       and rich.data["text/plain"] == "Table(5 rows)", "rich _repr_html_ result")
# nbclient applies update_display_data to the output in place
expect(len(outs[2]) == 1 and outs[2][0].output_type == "display_data"
       and outs[2][0].data["text/plain"] == "'step 3'", "update_display_data replaced in place")
expect(any(o.output_type == "stream" and o.name == "stderr" for o in outs[3]), "stderr stream")
expect(outs[3][-1].data["text/plain"] == "3.1416", "math result")
err = [o for o in outs[4] if o.output_type == "error"]
expect(err and err[0].ename == "ZeroDivisionError", "error output (raises-exception cell)")
expect(err and any('File "<cell-5>"' in line for line in err[0].traceback), "traceback names the cell")
expect(outs[5] and outs[5][0].text == "still alive: 16\n", "kernel keeps state after an error")
expect(nb.metadata.language_info.name == "lumen" and nb.metadata.language_info.pygments_lexer in ("python", "python3"),
       "notebook language_info from the kernel")

from nbconvert import HTMLExporter  # noqa: E402

html, _ = HTMLExporter().from_notebook_node(nb)
expect('<span class="nb">print</span>' in html, "nbconvert HTML highlights cells as Python")

print("%d failed" % len(failures))
sys.exit(1 if failures else 0)
