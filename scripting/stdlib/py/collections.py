"""Container datatypes (Counter, defaultdict, OrderedDict, namedtuple, deque, ChainMap)."""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'])


def _count_elements(mapping, iterable):
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


def _second(pair):
    return pair[1]


################################################################################
### Counter
################################################################################

class Counter(dict):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        "Sum of the counts"
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return items
        if n < 0:
            n = 0
        return items[:n]

    def elements(self):
        out = []
        for elem, count in self.items():
            i = 0
            while i < count:
                out.append(elem)
                i += 1
        return iter(out)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict) or hasattr(iterable, 'keys'):
                if self:
                    self_get = self.get
                    for elem in iterable.keys():
                        self[elem] = iterable[elem] + self_get(elem, 0)
                else:
                    for elem in iterable.keys():
                        self[elem] = iterable[elem]
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, dict) or hasattr(iterable, 'keys'):
                for elem in iterable.keys():
                    self[elem] = self_get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __copy__(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for e in self:
            if self[e] != other[e]:
                return False
        for e in other:
            if self[e] != other[e]:
                return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for e in self:
            if not self[e] <= other[e]:
                return False
        for e in other:
            if not self[e] <= other[e]:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for e in self:
            if not self[e] >= other[e]:
                return False
        for e in other:
            if not self[e] >= other[e]:
                return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return '%s(%r)' % (self.__class__.__name__, d)

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        return '%s(%r, %s)' % (type(self).__name__, self.default_factory,
                               dict.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    def __copy__(self):
        return type(self)(self.default_factory, self)

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### OrderedDict
################################################################################

class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    def __init__(self, other=(), **kwds):
        dict.__init__(self)
        self.update(other, **kwds)

    def update(self, other=(), **kwds):
        if isinstance(other, dict) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def move_to_end(self, key, last=True):
        value = dict.__getitem__(self, key)
        if last:
            dict.__delitem__(self, key)
            dict.__setitem__(self, key, value)
        else:
            rest = [(k, v) for k, v in dict.items(self) if k != key]
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        keys = list(dict.keys(self))
        key = keys[-1] if last else keys[0]
        value = dict.pop(self, key)
        return key, value

    def __reversed__(self):
        keys = list(dict.keys(self))
        keys.reverse()
        return iter(keys)

    def copy(self):
        return self.__class__(self)

    def __copy__(self):
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        return '%s(%r)' % (self.__class__.__name__, list(self.items()))

    def __reduce__(self):
        return self.__class__, (), None, None, iter(self.items())

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            return list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### namedtuple
################################################################################

def _nt_join_names(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def namedtuple(typename, field_names, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(x) for x in field_names]
    typename = str(typename)

    if rename:
        seen = set()
        for index in range(len(field_names)):
            name = field_names[index]
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % name)
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % name)

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        start = len(field_names) - len(defaults)
        for i in range(len(defaults)):
            field_defaults[field_names[start + i]] = defaults[i]

    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join([name + '=%r' for name in field_names]) + ')'
    qual_new = typename + '.__new__'

    def __new__(_cls, *args, **kwargs):
        nargs = len(args)
        if nargs > num_fields:
            lo = num_fields - len(field_defaults) + 1
            if lo == num_fields + 1:
                takes = '%d positional argument%s' % (lo, '' if lo == 1 else 's')
            else:
                takes = 'from %d to %d positional arguments' % (lo, num_fields + 1)
            raise TypeError('%s() takes %s but %d %s given'
                            % (qual_new, takes, nargs + 1,
                               'was' if nargs + 1 == 1 else 'were'))
        for k in kwargs:
            if k not in field_names:
                raise TypeError("%s() got an unexpected keyword argument '%s'"
                                % (qual_new, k))
        values = list(args)
        missing = []
        i = 0
        for name in field_names:
            if i < nargs:
                if name in kwargs:
                    raise TypeError("%s() got multiple values for argument '%s'"
                                    % (qual_new, name))
            elif name in kwargs:
                values.append(kwargs[name])
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
            i += 1
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (qual_new, len(missing),
                               '' if len(missing) == 1 else 's',
                               _nt_join_names(missing)))
        return tuple.__new__(_cls, values)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result

    def _replace(self, **kwds):
        values = []
        for name in field_names:
            if name in kwds:
                values.append(kwds.pop(name))
            else:
                values.append(getattr(self, name))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return tuple.__new__(type(self), values)

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % tuple(self[:])

    def _asdict(self):
        d = {}
        i = 0
        for name in field_names:
            d[name] = self[i]
            i += 1
        return d

    def __getnewargs__(self):
        return self[:]

    def __hash__(self):
        return hash(self[:])

    __new__.__name__ = '__new__'
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)
    _make.__name__ = '_make'
    _replace.__name__ = '_replace'
    __repr__.__name__ = '__repr__'
    _asdict.__name__ = '_asdict'

    class_namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__hash__': __hash__,
        '__match_args__': field_names,
        '__lt__': _nt_lt,
        '__le__': _nt_le,
        '__gt__': _nt_gt,
        '__ge__': _nt_ge,
    }
    index = 0
    for name in field_names:
        class_namespace[name] = _make_field(index)
        index += 1

    result = type(typename, (tuple,), class_namespace)

    if module is None:
        try:
            import sys
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except Exception:
            module = '__main__'
    try:
        result.__module__ = module
    except Exception:
        pass
    return result


# Ordering is delegated to plain tuples explicitly (tuple subclasses do not
# inherit tuple ordering in the interpreter yet).
def _nt_lt(self, other):
    if not isinstance(other, tuple):
        return NotImplemented
    return self[:] < other[:]


def _nt_le(self, other):
    if not isinstance(other, tuple):
        return NotImplemented
    return self[:] <= other[:]


def _nt_gt(self, other):
    if not isinstance(other, tuple):
        return NotImplemented
    return self[:] > other[:]


def _nt_ge(self, other):
    if not isinstance(other, tuple):
        return NotImplemented
    return self[:] >= other[:]


def _make_field(index):
    def getter(self):
        return self[index]
    return property(getter, doc='Alias for field number %d' % index)


################################################################################
### deque
################################################################################

class deque(object):
    """A list-like sequence optimized for data accesses near its endpoints."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._d = []
        self._h = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    # storage: live items are self._d[self._h:]

    def _items(self):
        if self._h:
            self._d = self._d[self._h:]
            self._h = 0
        return self._d

    @property
    def maxlen(self):
        return self._maxlen

    def __len__(self):
        return len(self._d) - self._h

    def __bool__(self):
        return len(self._d) > self._h

    def __iter__(self):
        return iter(self._items()[:])

    def __reversed__(self):
        items = self._items()[:]
        items.reverse()
        return iter(items)

    def __contains__(self, x):
        return x in self._items()

    def _index(self, i):
        n = len(self._d) - self._h
        if not isinstance(i, int):
            raise TypeError('sequence index must be integer, not %r'
                            % type(i).__name__)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return i + self._h

    def __getitem__(self, i):
        return self._d[self._index(i)]

    def __setitem__(self, i, v):
        self._d[self._index(i)] = v

    def __delitem__(self, i):
        j = self._index(i)
        del self._d[j]

    def append(self, x):
        self._d.append(x)
        m = self._maxlen
        if m is not None and len(self._d) - self._h > m:
            self._h += 1
            self._compact()

    def appendleft(self, x):
        m = self._maxlen
        if m == 0:
            return
        if self._h > 0:
            self._h -= 1
            self._d[self._h] = x
        else:
            self._d.insert(0, x)
        if m is not None and len(self._d) - self._h > m:
            self._d.pop()

    def _compact(self):
        h = self._h
        if h > 32 and h * 2 > len(self._d):
            self._d = self._d[h:]
            self._h = 0

    def pop(self):
        if len(self._d) <= self._h:
            raise IndexError('pop from an empty deque')
        return self._d.pop()

    def popleft(self):
        h = self._h
        if len(self._d) <= h:
            raise IndexError('pop from an empty deque')
        x = self._d[h]
        self._d[h] = None
        self._h = h + 1
        if self._h == len(self._d):
            self._d = []
            self._h = 0
        else:
            self._compact()
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._d = []
        self._h = 0

    def copy(self):
        return self.__class__(self._items(), self._maxlen)

    def __copy__(self):
        return self.copy()

    def count(self, x):
        return self._items().count(x)

    def index(self, x, start=0, stop=None):
        items = self._items()
        n = len(items)
        if stop is None:
            stop = n
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
        i = start
        while i < stop and i < n:
            if items[i] is x or items[i] == x:
                return i
            i += 1
        raise ValueError('%r is not in deque' % (x,))

    def insert(self, i, x):
        items = self._items()
        if self._maxlen is not None and len(items) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items.insert(i, x)

    def remove(self, value):
        items = self._items()
        i = 0
        n = len(items)
        while i < n:
            if items[i] is value or items[i] == value:
                del items[i]
                return
            i += 1
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        self._items().reverse()

    def rotate(self, n=1):
        items = self._items()
        length = len(items)
        if length <= 1:
            return
        n = n % length
        if n:
            self._d = items[-n:] + items[:-n]

    def __repr__(self):
        items = self._items()
        if self._maxlen is None:
            return '%s(%r)' % (type(self).__name__, items)
        return '%s(%r, maxlen=%d)' % (type(self).__name__, items, self._maxlen)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.__class__(self._items(), self._maxlen)
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.__class__((), self._maxlen)
        items = self._items()
        i = 0
        while i < n:
            new.extend(items)
            i += 1
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items()[:]
        self.clear()
        i = 0
        while i < n:
            self.extend(items)
            i += 1
        return self

    def __reduce__(self):
        return self.__class__, (list(self), self._maxlen)


################################################################################
### ChainMap
################################################################################

class ChainMap(object):
    """A ChainMap groups multiple dicts (or other mappings) together."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(self._keys())

    def _keys(self):
        d = {}
        for mapping in reversed(self.maps):
            for k in mapping:
                d[k] = None
        return list(d)

    def __iter__(self):
        return iter(self._keys())

    def keys(self):
        return self._keys()

    def items(self):
        return [(k, self[k]) for k in self._keys()]

    def values(self):
        return [self[k] for k in self._keys()]

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, ', '.join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, *args, **kwargs):
        self.maps[0].update(*args, **kwargs)

    def __eq__(self, other):
        try:
            return dict(self.items()) == dict(other.items())
        except AttributeError:
            return NotImplemented


################################################################################
### UserDict / UserList / UserString (minimal)
################################################################################

class UserDict(object):
    def __init__(self, dict=None, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def update(self, other=(), **kwargs):
        if hasattr(other, 'keys'):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def keys(self):
        return self.data.keys()

    def items(self):
        return self.data.items()

    def values(self):
        return self.data.values()

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def pop(self, key, *args):
        return self.data.pop(key, *args)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def clear(self):
        self.data.clear()

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        if isinstance(other, UserDict):
            return self.data == other.data
        return self.data == other

    def copy(self):
        return self.__class__(self.data)


class UserList(object):
    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            self.data.extend(initlist)

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, item):
        return item in self.data

    def __eq__(self, other):
        if isinstance(other, UserList):
            return self.data == other.data
        return self.data == other

    def append(self, item):
        self.data.append(item)

    def extend(self, other):
        self.data.extend(other)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def sort(self, *args, **kwds):
        self.data.sort(*args, **kwds)

    def reverse(self):
        self.data.reverse()

    def index(self, item, *args):
        return self.data.index(item, *args)

    def count(self, item):
        return self.data.count(item)


class UserString(object):
    def __init__(self, seq):
        self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __eq__(self, other):
        if isinstance(other, UserString):
            return self.data == other.data
        return self.data == other

    def __hash__(self):
        return hash(self.data)

    def __getitem__(self, i):
        return self.__class__(self.data[i])
