"""Execute one notebook with nbclient through the installed "lumen" kernelspec
(found on JUPYTER_PATH), as Jupyter would, and fail if any cell errors.

    JUPYTER_PATH=... /usr/bin/python3 notebooks/run_nbclient.py IN.ipynb OUT.ipynb
"""
import sys

import nbformat
from nbclient import NotebookClient

nb = nbformat.read(sys.argv[1], as_version=4)
NotebookClient(nb, timeout=300, kernel_name="lumen", startup_timeout=60).execute()
nbformat.write(nb, sys.argv[2])
errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
if errors:
    print("errors:", errors)
    sys.exit(1)
print("executed", sys.argv[1], "with", sum(c.cell_type == "code" for c in nb.cells), "code cells")
