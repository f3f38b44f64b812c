"""Code snippets per kernel, so the same client tests drive the real Lumen interpreter
(kernelspec "lumen", a Python dialect) and the toy test kernel (kernelspec "echolang").
Select with LUMEN_KERNEL_NAME (default "lumen")."""
import os

KERNEL_NAME = os.environ.get("LUMEN_KERNEL_NAME", "lumen")

SNIPPETS = {
    "lumen": dict(
        hello='print("hello, world")',
        stderr='import sys\nprint("oops", file=sys.stderr)',
        result="6 * 7",
        result_text="42",
        error='raise ValueError("boom")',
        error_name="ValueError",
        sleep="import time\ntime.sleep(30)",
        short_sleep="import time\ntime.sleep(0.5)",
        input='x = input("Name? ")\nprint("got: " + x)',
        display='lm.display("one", display_id="d1")',
        update='lm.display("two", display_id="d1", update=True)',
        clear="lm.clear_output()",
        burst="for i in range(100000):\n    print(i)",
        burst_text="".join("%d\n" % i for i in range(100000)),
        complete=("pri", ["print"]),
        incomplete="for i in range(3):",
        complete_code="print(1)",
        invalid="1 +* 2 )",
        inspect="print",
        history_pattern="1?*",
    ),
    "echolang": dict(
        hello="print hello, world",
        stderr="eprint oops",
        result="result 42",
        result_text="42",
        error="error",
        error_name="ValueError",
        sleep="sleep 30000",
        short_sleep="sleep 500",
        input="input Name? ",
        display="display_id d1 one",
        update="update d1 two",
        clear="clear",
        burst="spam 100000",
        burst_text="".join("line %d\n" % i for i in range(100000)),
        complete=("pri", ["print"]),
        incomplete="block:",
        complete_code="print 1",
        invalid="!!!",
        inspect="print",
        history_pattern="print*",
    ),
}

S = SNIPPETS[KERNEL_NAME]
