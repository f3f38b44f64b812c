"""jupyter_kernel_test conformance suite for the Lumen kernel, with every sample
attribute set (code_page_something excepted: Lumen has no pager payloads).

    JUPYTER_PATH=... /usr/bin/python3 -m unittest -v kernel/testdata/jupyter/test_kernel_spec.py

(Debian: python3-jupyter-kernel-test, python3-jupyter-client.) LUMEN_KERNEL_NAME picks the
kernelspec ("lumen" by default; "echolang" for the toy test kernel)."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import jupyter_kernel_test as jkt  # noqa: E402
from snippets import KERNEL_NAME, S  # noqa: E402


class LumenKernelTests(jkt.KernelTests):
    kernel_name = KERNEL_NAME
    language_name = KERNEL_NAME  # language_info.name; see kernel/doc.go
    file_extension = ".py" if KERNEL_NAME == "lumen" else ".echo"

    code_hello_world = S["hello"]
    code_stderr = S["stderr"]
    code_generate_error = S["error"]
    completion_samples = [{"text": S["complete"][0], "matches": set(S["complete"][1])}] + [
        {"text": text, "matches": set(m)} for text, m in S.get("more_completions", [])
    ]
    complete_code_samples = [S["complete_code"]] + S.get("more_complete", [])
    incomplete_code_samples = [S["incomplete"]] + S.get("more_incomplete", [])
    invalid_code_samples = [S["invalid"]] + S.get("more_invalid", [])
    code_execute_result = [{"code": S["result"], "result": S["result_text"]}] + (
        [{"code": S["rich_result"], "mime": "text/html", "result": "<b>card</b>"}]
        if "rich_result" in S else [])
    code_display_data = [{"code": S["display"], "mime": "text/plain"}] + (
        [{"code": S["display_html"], "mime": "text/html"}] if "display_html" in S else [])
    code_inspect_sample = S["inspect"]
    code_clear_output = S["clear"]
    supported_history_operations = ("tail", "range", "search")
    code_history_pattern = S["history_pattern"]
    # code_page_something: not set, Lumen sends no pager payloads (help() prints).


if __name__ == "__main__":
    unittest.main()
