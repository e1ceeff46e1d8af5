"""``cached_property`` without functools' lock, for the values a check computes on first use."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

_T = TypeVar("_T")


class cached_property(Generic[_T]):
    """``functools.cached_property`` less its lock (as in Python 3.12).

    In 3.11 every first read takes a lock shared by all instances, and the descriptor's
    ``__get__`` runs in Python: that costs more than some of the values it caches. Two threads
    reading the same new attribute at once may each compute it; the values cached here are
    pure functions of their object, so either result is the same.
    """

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_property[_T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        # Stored under the same name: the instance's attribute now hides this (non-data)
        # descriptor, so later reads don't come here.
        value = instance.__dict__[self.name] = self.func(instance)
        return value
