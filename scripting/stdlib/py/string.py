"""A collection of string constants and classes (Template, Formatter)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join."""
    return (sep or ' ').join([x.capitalize() for x in s.split(sep)])


_sentinel_dict = {}

_ID_START = '_' + ascii_letters
_ID_CHARS = _ID_START + digits


class _ChainLookup(object):
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


class Template(object):
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _ident_end(self, s, i):
        n = len(s)
        if i >= n or s[i] not in _ID_START:
            return i
        j = i + 1
        while j < n and s[j] in _ID_CHARS:
            j += 1
        return j

    def _scan(self, handler):
        """Walks the template; handler(kind, name, text, pos) returns the
        replacement text for each delimiter match."""
        s = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(s)
        out = []
        i = 0
        while i < n:
            j = s.find(delim, i)
            if j < 0:
                out.append(s[i:])
                break
            if j > i:
                out.append(s[i:j])
            k = j + dl
            if s.startswith(delim, k):
                out.append(handler('escaped', None, delim, j))
                i = k + dl
                continue
            e = self._ident_end(s, k)
            if e > k:
                out.append(handler('named', s[k:e], s[j:e], j))
                i = e
                continue
            if k < n and s[k] == '{':
                e = self._ident_end(s, k + 1)
                if e > k + 1 and e < n and s[e] == '}':
                    out.append(handler('braced', s[k + 1:e], s[j:e + 1], j))
                    i = e + 1
                    continue
            out.append(handler('invalid', None, delim, j))
            i = k
        return ''.join(out)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)

        def handler(kind, name, text, pos):
            if kind == 'named' or kind == 'braced':
                return str(mapping[name])
            if kind == 'escaped':
                return self.delimiter
            self._invalid(pos + len(self.delimiter))
        return self._scan(handler)

    def safe_substitute(self, mapping=_sentinel_dict, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)

        def handler(kind, name, text, pos):
            if kind == 'named' or kind == 'braced':
                try:
                    return str(mapping[name])
                except KeyError:
                    return text
            if kind == 'escaped':
                return self.delimiter
            return text
        return self._scan(handler)

    def is_valid(self):
        result = [True]

        def handler(kind, name, text, pos):
            if kind == 'invalid':
                result[0] = False
            return text
        self._scan(handler)
        return result[0]

    def get_identifiers(self):
        ids = []

        def handler(kind, name, text, pos):
            if (kind == 'named' or kind == 'braced') and name not in ids:
                ids.append(name)
            return text
        self._scan(handler)
        return ids


class Formatter(object):
    """Customisable str.format()."""

    def format(self, format_string, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier %s" % (conversion,))

    def parse(self, format_string):
        out = []
        s = format_string
        n = len(s)
        i = 0
        literal = []
        while i < n:
            c = s[i]
            if c == '{':
                if i + 1 < n and s[i + 1] == '{':
                    literal.append('{')
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n:
                    if s[j] == '{':
                        depth += 1
                    elif s[j] == '}':
                        depth -= 1
                        if depth == 0:
                            break
                    j += 1
                if j >= n:
                    raise ValueError("expected '}' before end of string")
                field = s[i + 1:j]
                conversion = None
                spec = ''
                # split off format spec and conversion (not inside brackets)
                k = 0
                name_end = len(field)
                in_bracket = False
                while k < len(field):
                    ch = field[k]
                    if ch == '[':
                        in_bracket = True
                    elif ch == ']':
                        in_bracket = False
                    elif not in_bracket and (ch == '!' or ch == ':'):
                        name_end = k
                        break
                    k += 1
                name = field[:name_end]
                rest = field[name_end:]
                if rest.startswith('!'):
                    if len(rest) < 2:
                        raise ValueError("end of string while looking for conversion specifier")
                    conversion = rest[1]
                    rest = rest[2:]
                    if rest and not rest.startswith(':'):
                        raise ValueError("expected ':' after conversion specifier")
                if rest.startswith(':'):
                    spec = rest[1:]
                out.append((''.join(literal), name, spec, conversion))
                literal = []
                i = j + 1
            elif c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    literal.append('}')
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            out.append((''.join(literal), None, None, None))
        return out

    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _formatter_field_name_split(field_name):
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if field_name[i] == '.':
            j = i + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            rest.append((True, field_name[i + 1:j]))
            i = j
        elif field_name[i] == '[':
            j = field_name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:j]
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            i = j + 1
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return first, rest
