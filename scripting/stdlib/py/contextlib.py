"""Utilities for with-statement contexts (subset of CPython 3.11's contextlib)."""

__all__ = ["contextmanager", "closing", "nullcontext", "suppress",
           "AbstractContextManager", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr"]


class AbstractContextManager(object):
    """An abstract base class for context managers."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator(object):
    "A base class or mixin that enables context managers to work as decorators."

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        try:
            inner.__name__ = func.__name__
            inner.__doc__ = func.__doc__
            inner.__wrapped__ = func
        except (AttributeError, TypeError):
            pass
        return inner


class _EnterMarker(Exception):
    pass


class _GeneratorContextManager(ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        # Interpreter workaround: a generator's try blocks remember the depth
        # of the "exceptions being handled" stack at the time they were
        # entered; __exit__ later throws into the generator while one more
        # exception is being handled. Starting the generator inside an
        # except block keeps both depths equal.
        err = None
        try:
            raise _EnterMarker()
        except _EnterMarker:
            try:
                return next(self.gen)
            except StopIteration:
                err = RuntimeError("generator didn't yield")
            except BaseException as e:
                err = e
        if isinstance(err, RuntimeError) and err.args == ("generator didn't yield",):
            raise err from None
        try:
            err.__context__ = None
        except (AttributeError, TypeError):
            pass
        raise err

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        else:
            if value is None:
                value = typ()
            try:
                self.gen.throw(value)
            except StopIteration as exc:
                return exc is not value
            except RuntimeError as exc:
                if exc is value:
                    return False
                if isinstance(value, StopIteration) and exc.__cause__ is value:
                    return False
                raise
            except BaseException as exc:
                if exc is not value:
                    raise
                return False
            raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager decorator."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    try:
        helper.__name__ = func.__name__
        helper.__doc__ = func.__doc__
        helper.__wrapped__ = func
    except (AttributeError, TypeError):
        pass
    return helper


class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """Context manager that does no additional processing."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        for e in self._exceptions:
            if issubclass(exctype, e):
                return True
        return False


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        import sys
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        import sys
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager for temporarily redirecting stdout to another file."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager for temporarily redirecting stderr to another file."""
    _stream = "stderr"


class ExitStack(AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        _cb_type = type(exit)
        exit_method = getattr(_cb_type, '__exit__', None)
        if exit_method is None:
            self._exit_callbacks.append(exit)
        else:
            def _exit_wrapper(exc_type, exc, tb):
                return exit_method(exit, exc_type, exc, tb)
            self._exit_callbacks.append(_exit_wrapper)
        return exit

    def enter_context(self, cm):
        _cm_type = type(cm)
        _exit = _cm_type.__exit__
        result = _cm_type.__enter__(cm)

        def _exit_wrapper(exc_type, exc, tb):
            return _exit(cm, exc_type, exc, tb)
        self._exit_callbacks.append(_exit_wrapper)
        return result

    def callback(self, callback, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        suppressed_exc = False
        pending_raise = False
        pending = None
        exc_details = list(exc_details)
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = [None, None, None]
            except BaseException as e:
                exc_details = [type(e), e, None]
                pending_raise = True
                pending = e
        if pending_raise:
            raise pending
        return received_exc and suppressed_exc
