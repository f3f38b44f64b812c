package notebook

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"regexp"
	"sort"
	"strings"
)

// ExportHTML renders an executed notebook as one self-contained HTML report:
// a header (version, seed, date, parameters, machine, time per cell), code
// highlighted on the server, and every output inline (HTML, SVG, images,
// text, tracebacks). It needs no network to read.
func ExportHTML(nb *Notebook, title string) ([]byte, error) {
	var b bytes.Buffer
	css := highlightCSS
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n<style>\n%s\n%s</style>\n</head>\n<body>\n<main>\n", html.EscapeString(title), pageCSS, css)
	writeHeader(&b, nb, title)
	count := 0
	for i, c := range nb.Cells {
		switch c.CellType {
		case "markdown":
			fmt.Fprintf(&b, "<section class=\"cell md\">%s</section>\n", renderMarkdown(string(c.Source)))
		case "raw":
			fmt.Fprintf(&b, "<section class=\"cell raw\"><pre>%s</pre></section>\n", html.EscapeString(string(c.Source)))
		case "code":
			count++
			prompt := " "
			if c.ExecutionCount != nil {
				prompt = fmt.Sprint(*c.ExecutionCount)
			}
			cls := "cell code"
			if m, ok := c.Metadata["lumen"].(map[string]any); ok && m["exception"] == true {
				cls += " failed"
			}
			fmt.Fprintf(&b, "<section class=\"%s\" id=\"cell-%d\">\n<div class=\"in\"><span class=\"prompt\">In [%s]:</span>", cls, i+1, prompt)
			if d := cellDuration(c); d != "" {
				fmt.Fprintf(&b, "<span class=\"time\">%s</span>", d)
			}
			code, err := highlight(string(c.Source))
			if err != nil {
				return nil, err
			}
			b.WriteString(code)
			b.WriteString("</div>\n")
			for _, o := range c.Outputs {
				writeOutput(&b, o)
			}
			b.WriteString("</section>\n")
		}
	}
	b.WriteString("</main>\n</body>\n</html>\n")
	return b.Bytes(), nil
}

func cellDuration(c *Cell) string {
	m, ok := c.Metadata["lumen"].(map[string]any)
	if !ok {
		return ""
	}
	d, ok := m["duration_s"].(float64)
	if !ok {
		return ""
	}
	if d < 1 {
		return fmt.Sprintf("%.0f ms", d*1000)
	}
	return fmt.Sprintf("%.2f s", d)
}

func writeHeader(b *bytes.Buffer, nb *Notebook, title string) {
	fmt.Fprintf(b, "<header class=\"report\">\n<h1>%s</h1>\n<table>\n", html.EscapeString(title))
	meta, _ := nb.Metadata["lumen"].(map[string]any)
	row := func(k, v string) {
		if v != "" {
			fmt.Fprintf(b, "<tr><th>%s</th><td>%s</td></tr>\n", html.EscapeString(k), html.EscapeString(v))
		}
	}
	str := func(k string) string {
		if v, ok := meta[k]; ok && v != nil {
			return fmt.Sprint(v)
		}
		return ""
	}
	row("Lumen", str("version"))
	row("Run", str("date"))
	row("Status", str("status"))
	row("Seed", str("seed"))
	if p, ok := meta["parameters"].(map[string]any); ok && len(p) > 0 {
		keys := make([]string, 0, len(p))
		for k := range p {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var parts []string
		for _, k := range keys {
			parts = append(parts, fmt.Sprintf("%s=%v", k, p[k]))
		}
		row("Parameters", strings.Join(parts, ", "))
	}
	row("Machine", str("machine"))
	if e, ok := meta["elapsed_s"].(float64); ok {
		row("Total time", fmt.Sprintf("%.2f s", e))
	}
	if meta == nil {
		row("Note", "this notebook has not been run by lumen notebook run")
	}
	b.WriteString("</table>\n</header>\n")
}

// mimeOrder is the preference among a bundle's representations.
var mimeOrder = []string{"text/html", "image/svg+xml", "image/png", "image/jpeg", "text/markdown", "text/latex", "application/json", "text/plain"}

func joinText(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case []any:
		var s strings.Builder
		for _, x := range t {
			s.WriteString(fmt.Sprint(x))
		}
		return s.String()
	case []string:
		return strings.Join(t, "")
	}
	j, _ := json.Marshal(v)
	return string(j)
}

var ansiRe = regexp.MustCompile(`\x1b\[[0-9;]*[A-Za-z]`)

func writeOutput(b *bytes.Buffer, o Output) {
	switch o["output_type"] {
	case "stream":
		cls := "stream"
		if o["name"] == "stderr" {
			cls += " stderr"
		}
		fmt.Fprintf(b, "<pre class=\"%s\">%s</pre>\n", cls, html.EscapeString(joinText(o["text"])))
	case "error":
		var tb []string
		if lines, ok := o["traceback"].([]any); ok {
			for _, l := range lines {
				tb = append(tb, ansiRe.ReplaceAllString(fmt.Sprint(l), ""))
			}
		}
		fmt.Fprintf(b, "<pre class=\"error\">%s</pre>\n", html.EscapeString(strings.Join(tb, "\n")))
	case "display_data", "execute_result":
		data, _ := o["data"].(map[string]any)
		prompt := ""
		if o["output_type"] == "execute_result" {
			if n, ok := o["execution_count"]; ok {
				prompt = fmt.Sprintf("<span class=\"prompt out\">Out[%v]:</span>", n)
			}
		}
		for _, mime := range mimeOrder {
			v, ok := data[mime]
			if !ok {
				continue
			}
			s := joinText(v)
			fmt.Fprintf(b, "<div class=\"output\">%s", prompt)
			switch mime {
			case "text/html":
				b.WriteString(s)
			case "image/svg+xml":
				b.WriteString(s)
			case "image/png", "image/jpeg":
				fmt.Fprintf(b, "<img src=\"data:%s;base64,%s\" alt=\"figure\">", mime, strings.TrimSpace(s))
			case "text/markdown":
				b.WriteString(renderMarkdown(s))
			case "application/json":
				j, _ := json.MarshalIndent(v, "", "  ")
				fmt.Fprintf(b, "<pre>%s</pre>", html.EscapeString(string(j)))
			default:
				fmt.Fprintf(b, "<pre>%s</pre>", html.EscapeString(s))
			}
			b.WriteString("</div>\n")
			break
		}
	}
}

// renderMarkdown is a small Markdown renderer for notebook prose: headings,
// paragraphs, lists, emphasis, inline code, code blocks and links. Raw HTML
// passes through, as in Jupyter.
func renderMarkdown(src string) string {
	var b strings.Builder
	lines := strings.Split(src, "\n")
	inList, inCode := false, false
	listClose := "</ul>\n"
	var para []string
	flush := func() {
		if len(para) > 0 {
			b.WriteString("<p>" + inline(strings.Join(para, " ")) + "</p>\n")
			para = nil
		}
	}
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "```") {
			flush()
			if inCode {
				b.WriteString("</code></pre>\n")
			} else {
				b.WriteString("<pre><code>")
			}
			inCode = !inCode
			continue
		}
		if inCode {
			b.WriteString(html.EscapeString(l) + "\n")
			continue
		}
		ordered := orderedItem.MatchString(t)
		if inList && !(strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || ordered) {
			b.WriteString(listClose)
			inList = false
		}
		switch {
		case t == "":
			flush()
		case strings.HasPrefix(t, "#"):
			flush()
			n := len(t) - len(strings.TrimLeft(t, "#"))
			if n > 6 {
				n = 6
			}
			fmt.Fprintf(&b, "<h%d>%s</h%d>\n", n, inline(strings.TrimSpace(t[n:])), n)
		case strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* "):
			flush()
			if !inList {
				b.WriteString("<ul>\n")
				inList, listClose = true, "</ul>\n"
			}
			b.WriteString("<li>" + inline(t[2:]) + "</li>\n")
		case ordered:
			flush()
			if !inList {
				b.WriteString("<ol>\n")
				inList, listClose = true, "</ol>\n"
			}
			b.WriteString("<li>" + inline(orderedItem.ReplaceAllString(t, "")) + "</li>\n")
		case strings.HasPrefix(t, "<"):
			flush()
			b.WriteString(l + "\n")
		default:
			para = append(para, t)
		}
	}
	flush()
	if inList {
		b.WriteString(listClose)
	}
	if inCode {
		b.WriteString("</code></pre>\n")
	}
	return b.String()
}

var (
	orderedItem = regexp.MustCompile(`^\d+[.)] `)
	codeRe      = regexp.MustCompile("`([^`]+)`")
	boldRe      = regexp.MustCompile(`\*\*([^*]+)\*\*`)
	emRe        = regexp.MustCompile(`\*([^*]+)\*`)
	linkRe      = regexp.MustCompile(`\[([^\]]+)\]\(([^)\s]+)\)`)
)

func inline(s string) string {
	s = html.EscapeString(s)
	s = codeRe.ReplaceAllString(s, "<code>$1</code>")
	s = boldRe.ReplaceAllString(s, "<strong>$1</strong>")
	s = emRe.ReplaceAllString(s, "<em>$1</em>")
	s = linkRe.ReplaceAllString(s, `<a href="$2">$1</a>`)
	return s
}

const pageCSS = `body{font-family:-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0;background:#fafafa;color:#222}
main{max-width:1000px;margin:0 auto;padding:24px}
header.report{border-bottom:2px solid #3b82f6;margin-bottom:24px}
header.report table{border-collapse:collapse;font-size:13px;margin:8px 0 16px}
header.report th{text-align:left;padding:2px 16px 2px 0;color:#555;font-weight:600}
.cell{margin:12px 0}
.cell.code .in{background:#f3f4f6;border:1px solid #e5e7eb;border-radius:4px;padding:6px 10px;position:relative}
.cell.failed .in{border-color:#dc2626}
.prompt{color:#2563eb;font-family:monospace;font-size:12px;display:block;margin-bottom:2px}
.prompt.out{color:#b91c1c}
.time{position:absolute;right:10px;top:6px;color:#888;font-size:11px;font-family:monospace}
pre{margin:4px 0;white-space:pre-wrap;font-family:"SFMono-Regular",Menlo,Consolas,monospace;font-size:13px}
.stream.stderr{background:#fff1f2}
.error{background:#fef2f2;color:#991b1b;padding:6px}
.output{margin:6px 0;overflow-x:auto}
.md h1,.md h2,.md h3{margin:16px 0 6px}
`
