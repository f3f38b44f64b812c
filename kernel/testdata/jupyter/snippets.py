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
        # a rich trailing value: _repr_html_ gives text/html next to text/plain
        rich_result=(
            "class Card:\n"
            "    def _repr_html_(self):\n"
            "        return '<b>card</b>'\n"
            "Card()"
        ),
        error='raise ValueError("boom")',
        error_name="ValueError",
        sleep="import time\ntime.sleep(30)",
        short_sleep="import time\ntime.sleep(0.5)",
        # a pure-Python busy loop: interrupts must reach the evaluator itself
        spin="before = 42\nwhile True:\n    pass",
        spin_check="before",
        spin_check_text="42",
        input='x = input("Name? ")\nprint("got: " + x)',
        display='h = display("one", display_id=True)',
        display_html=(
            "class Card:\n"
            "    def _repr_html_(self):\n"
            "        return '<b>card</b>'\n"
            "display(Card())"
        ),
        update='h.update("two")',
        clear="clear_output(wait=False)",
        burst="for i in range(100000):\n    print(i)",
        burst_text="".join("%d\n" % i for i in range(100000)),
        complete=("pri", ["print"]),
        more_completions=[
            ("str.upp", ["upper"]),
        ],
        incomplete="for i in range(3):",
        more_incomplete=["def f(x):\n    return (x +", '"""unterminated'],
        complete_code="print(1)",
        more_complete=["x = [1, 2, 3]\ny = len(x)", "for i in range(3):\n    print(i)\n\n"],
        invalid="1 +* 2 )",
        more_invalid=["print(1))", "x = = 1"],
        inspect="print",
        history_pattern="6?*",
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
