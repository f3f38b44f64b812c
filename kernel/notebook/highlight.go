package notebook

import (
	"html"
	"strings"
)

// A small Python highlighter for reports. It classifies keywords, builtins,
// strings, numbers, comments and decorators well enough for reading code; a
// full highlighting library would cost every lumen start ~25 ms of package
// initialisation (the kernel's startup budget is 150 ms).

var pyKeywords = map[string]bool{}
var pyBuiltins = map[string]bool{}

func init() {
	for _, k := range strings.Fields("False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield") {
		pyKeywords[k] = true
	}
	for _, b := range strings.Fields("abs all any bool dict dir enumerate filter float format getattr hasattr int isinstance len list map max min next open print range repr reversed round set sorted str sum super tuple type zip display") {
		pyBuiltins[b] = true
	}
}

func span(b *strings.Builder, class, text string) {
	b.WriteString(`<span class="` + class + `">` + html.EscapeString(text) + `</span>`)
}

func highlight(src string) (string, error) {
	var b strings.Builder
	b.WriteString(`<pre class="code">`)
	n := len(src)
	prevDef := false
	for i := 0; i < n; {
		c := src[i]
		switch {
		case c == '#':
			j := strings.IndexByte(src[i:], '\n')
			if j < 0 {
				j = n - i
			}
			span(&b, "c", src[i:i+j])
			i += j
		case c == '\'' || c == '"':
			j := i
			for j > 0 && strings.IndexByte("rRbBuUfF", src[j-1]) >= 0 && (j-1 == 0 || !isWordByte(src[j-2])) {
				j--
			}
			// the prefix letters were already written as a name; strings restart here
			end := strEnd(src, i)
			span(&b, "s", src[i:end])
			i = end
		case c >= '0' && c <= '9':
			j := i
			for j < n && (isWordByte(src[j]) || src[j] == '.') {
				j++
			}
			span(&b, "m", src[i:j])
			i = j
		case c == '@' && (i == 0 || src[i-1] == '\n' || src[i-1] == ' '):
			j := i + 1
			for j < n && (isWordByte(src[j]) || src[j] == '.') {
				j++
			}
			span(&b, "d", src[i:j])
			i = j
		case isWordByte(c):
			j := i
			for j < n && isWordByte(src[j]) {
				j++
			}
			w := src[i:j]
			switch {
			case j < n && (src[j] == '\'' || src[j] == '"') && len(w) <= 2 && strings.Trim(w, "rRbBuUfF") == "":
				end := strEnd(src, j)
				span(&b, "s", src[i:end])
				j = end
			case pyKeywords[w]:
				span(&b, "k", w)
			case prevDef:
				span(&b, "nf", w)
			case pyBuiltins[w]:
				span(&b, "nb", w)
			default:
				b.WriteString(html.EscapeString(w))
			}
			prevDef = w == "def" || w == "class"
			i = j
			continue
		default:
			b.WriteString(html.EscapeString(src[i : i+1]))
			i++
			continue
		}
		prevDef = false
	}
	b.WriteString("</pre>")
	return b.String(), nil
}

func isWordByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// strEnd returns the index after the string literal whose quote is at i.
func strEnd(src string, i int) int {
	q := src[i]
	triple := strings.HasPrefix(src[i:], strings.Repeat(string(q), 3))
	j := i + 1
	if triple {
		j = i + 3
	}
	for j < len(src) {
		switch {
		case src[j] == '\\':
			j += 2
			continue
		case triple && strings.HasPrefix(src[j:], strings.Repeat(string(q), 3)):
			return j + 3
		case !triple && src[j] == q:
			return j + 1
		case !triple && src[j] == '\n':
			return j
		}
		j++
	}
	return len(src)
}

const highlightCSS = `.code .k{color:#007020;font-weight:bold}.code .s{color:#4070a0}.code .c{color:#60a0b0;font-style:italic}
.code .m{color:#40a070}.code .nb{color:#007020}.code .nf{color:#06287e}.code .d{color:#555;font-weight:bold}
`
