"""Generic (shallow and deep) copying operations."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass

error = Error

def _builtin_types(names):
    import builtins
    out = []
    for n in names:
        t = getattr(builtins, n, None)
        if t is not None:
            out.append(t)
    return out

_atomic_types = tuple([type(None), type(Ellipsis), type(NotImplemented),
                       type(len), type(lambda: None)] +
                      _builtin_types(['int', 'float', 'bool', 'complex', 'str',
                                      'bytes', 'type', 'range', 'property']))
_bytearray = getattr(__import__('builtins'), 'bytearray', None)


def _is_atomic(x):
    cls = type(x)
    for t in _atomic_types:
        if cls is t:
            return True
    return False


def _copy_attrs(src, dst, deep, memo):
    try:
        items = list(vars(src).items())
    except TypeError:
        items = []
    for k, v in items:
        if deep:
            v = deepcopy(v, memo)
        setattr(dst, k, v)


def _new_instance(cls):
    return object.__new__(cls)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is tuple or cls is frozenset:
        return x
    if (_bytearray is not None and cls is _bytearray):
        return x[:]
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, type):
        return x
    return _reconstruct(x, False, None)


def _reconstruct(x, deep, memo):
    cls = type(x)
    if memo is None:
        memo = {}
    # built-in container subclasses keep their payload
    if isinstance(x, dict):
        y = _new_instance(cls)
        memo[id(x)] = y
        _copy_attrs(x, y, deep, memo)
        for k, v in dict.items(x):
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            dict.__setitem__(y, k, v)
        return y
    if isinstance(x, list):
        y = _new_instance(cls)
        memo[id(x)] = y
        _copy_attrs(x, y, deep, memo)
        for v in list.__iter__(x):
            if deep:
                v = deepcopy(v, memo)
            list.append(y, v)
        return y
    if isinstance(x, set):
        y = _new_instance(cls)
        memo[id(x)] = y
        _copy_attrs(x, y, deep, memo)
        for v in set.__iter__(x):
            if deep:
                v = deepcopy(v, memo)
            set.add(y, v)
        return y
    if isinstance(x, tuple):
        items = x[:]
        if deep:
            items = tuple([deepcopy(v, memo) for v in items])
        getnewargs = getattr(x, '__getnewargs__', None)
        try:
            y = tuple.__new__(cls, items)
        except TypeError:
            y = cls(*items)
        memo[id(x)] = y
        _copy_attrs(x, y, deep, memo)
        return y
    getstate = getattr(x, '__getstate__', None)
    y = _new_instance(cls)
    memo[id(x)] = y
    state = None
    has_state = False
    if getstate is not None:
        try:
            state = getstate()
            has_state = True
        except TypeError:
            has_state = False
    if has_state and state is not None and not isinstance(state, dict):
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        return y
    if has_state and isinstance(state, dict):
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None and type(x).__dict__.get('__setstate__') is not None:
            setstate(state)
        else:
            for k, v in state.items():
                setattr(y, k, v)
        return y
    setstate = _find_own(cls, '__setstate__')
    if setstate is not None:
        st = dict(vars(x))
        if deep:
            st = deepcopy(st, memo)
        setstate(y, st)
        return y
    _copy_attrs(x, y, deep, memo)
    slots = _all_slots(cls)
    for name in slots:
        if name in ('__dict__', '__weakref__'):
            continue
        try:
            v = getattr(x, name)
        except AttributeError:
            continue
        if deep:
            v = deepcopy(v, memo)
        setattr(y, name, v)
    return y


def _find_own(cls, name):
    for c in cls.__mro__:
        if c is object:
            return None
        d = vars(c)
        if name in d:
            return d[name]
    return None


def _all_slots(cls):
    out = []
    for c in cls.__mro__:
        if c is object:
            break
        s = vars(c).get('__slots__')
        if s is None:
            continue
        if isinstance(s, str):
            s = [s]
        for name in s:
            if name not in out:
                out.append(name)
    return out


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        append = y.append
        for a in x:
            append(deepcopy(a, memo))
        _keep_alive(x, memo)
        return y
    if cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
        _keep_alive(x, memo)
        return y
    if cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # We're not going to put the tuple in the memo, but it's still
        # important we check for it, in case the tuple contains recursive
        # mutable structures.
        try:
            return memo[d]
        except KeyError:
            pass
        same = True
        i = 0
        for k in x:
            if k is not y[i]:
                same = False
                break
            i += 1
        if same:
            y = x
        else:
            y = tuple(y)
        memo[d] = y
        _keep_alive(x, memo)
        return y
    if cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
        _keep_alive(x, memo)
        return y
    if cls is frozenset:
        y = frozenset([deepcopy(a, memo) for a in x])
        memo[d] = y
        _keep_alive(x, memo)
        return y
    if (_bytearray is not None and cls is _bytearray):
        y = x[:]
        memo[d] = y
        return y
    if isinstance(x, type):
        return x
    copier = getattr(x, '__deepcopy__', None)
    if copier is not None:
        y = copier(memo)
    else:
        y = _reconstruct(x, True, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo, so that its id is not
    reused while the copy is in progress."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
