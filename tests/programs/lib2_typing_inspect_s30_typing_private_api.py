# typing's private API used by third-party libraries: _eval_type, copy_with,
# _BaseGenericAlias, ForwardRef._evaluate, and dir() of an alias.
import collections.abc
import typing
from typing import (List, Dict, Tuple, Callable, Optional, Union, Annotated, ForwardRef,
                    TypeVar, Generic)

T = TypeVar('T')


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)


class Node:
    pass


class Box(Generic[T]):
    pass


ns = {'Node': Node, 'List': List, 'int': int, 'Box': Box}

# _eval_type
show('eval ref', lambda: typing._eval_type(ForwardRef('int'), globals(), None))
show('eval ref localns', lambda: typing._eval_type(ForwardRef('Node'), {}, ns))
show('eval List[ref]', lambda: typing._eval_type(List[ForwardRef('Node')], globals(), globals()))
show('eval List[str-arg]', lambda: typing._eval_type(List['Node'], globals(), globals()))
show('eval list[str-arg]', lambda: typing._eval_type(list['Node'], globals(), globals()))
show('eval dict nested', lambda: typing._eval_type(Dict[str, List['Node']], globals(), None))
show('eval Optional', lambda: typing._eval_type(Optional['Node'], globals(), None))
show('eval union type', lambda: typing._eval_type(int | list['Node'], globals(), None))
show('eval plain', lambda: typing._eval_type(int, globals(), None))
show('eval str stays', lambda: typing._eval_type('Node', globals(), None))
show('eval unchanged identity', lambda: typing._eval_type(List[int], {}, {}) is List[int])
show('eval Box', lambda: typing._eval_type(Box['Node'], globals(), None))
show('eval guard', lambda: typing._eval_type(ForwardRef('Node'), globals(), None,
                                             frozenset({'Node'})))
show('eval missing', lambda: typing._eval_type(ForwardRef('Missing'), globals(), None))
show('eval None ns', lambda: typing._eval_type(ForwardRef('int'), None, None))

# ForwardRef._evaluate (3.12's signature: globalns, localns, recursive_guard)
ref = ForwardRef('list[Node]')
show('before', lambda: (ref.__forward_evaluated__, ref.__forward_value__))
show('_evaluate', lambda: ref._evaluate(globals(), None, recursive_guard=frozenset()))
show('after', lambda: (ref.__forward_evaluated__, ref.__forward_value__))
show('positional guard', lambda: ForwardRef('Node')._evaluate(globals(), globals(), frozenset()))
show('guarded', lambda: ForwardRef('Node')._evaluate(globals(), None, frozenset({'Node'})))
show('nested ref', lambda: ForwardRef('List["Node"]')._evaluate(globals(), None, frozenset()))
show('local only', lambda: ForwardRef('Node')._evaluate(None, ns, frozenset()))
show('missing', lambda: ForwardRef('Nope')._evaluate(globals(), None, frozenset()))
show('no guard', lambda: ForwardRef('int')._evaluate(globals(), None))
show('module', lambda: ForwardRef('OrderedDict', module='collections')._evaluate(
    {}, None, frozenset()))
show('get_type_hints still', lambda: typing.get_type_hints(
    type('X', (), {'__annotations__': {'a': 'int'}, '__module__': __name__})))

# copy_with
show('List copy_with', lambda: List[int].copy_with((str,)))
show('Dict copy_with', lambda: Dict[int, str].copy_with((bytes, float)))
show('Tuple copy_with', lambda: Tuple[int, str].copy_with((bytes,)))
show('Callable copy_with', lambda: Callable[[int], str].copy_with((float, bytes, int)))
show('Union copy_with', lambda: Union[int, str].copy_with((bytes, float)))
show('Optional copy_with', lambda: Optional[int].copy_with((str, type(None))))
show('Annotated copy_with', lambda: Annotated[int, 'meta'].copy_with((str,)))
show('Box copy_with', lambda: Box[int].copy_with((str,)))
show('bare List copy_with', lambda: List.copy_with((int,)))
show('bare Dict copy_with', lambda: Dict.copy_with((int, str)))
show('copy_with equal', lambda: List[int].copy_with((int,)) == List[int])
show('list[int] copy_with', lambda: list[int].copy_with((str,)))

# _BaseGenericAlias
for label, obj in [('List[int]', List[int]), ('List', List), ('Dict', Dict),
                   ('Callable', Callable), ('Callable[[int], str]', Callable[[int], str]),
                   ('Union[int, str]', Union[int, str]), ('Box[int]', Box[int]),
                   ('Annotated', Annotated[int, 1]), ('list[int]', list[int]),
                   ('int', int), ('Union', Union), ('T', T)]:
    show('base ' + label, lambda: isinstance(obj, typing._BaseGenericAlias))
show('GenericAlias subclass', lambda: issubclass(typing._GenericAlias, typing._BaseGenericAlias))
show('Special subclass', lambda: issubclass(typing._SpecialGenericAlias, typing._BaseGenericAlias))

# dir()
for label, obj in [('List[int]', List[int]), ('List', List), ('Dict[str, int]', Dict[str, int]),
                   ('Sequence', typing.Sequence), ('Box[int]', Box[int]),
                   ('Annotated', Annotated[list, 1])]:
    names = dir(obj)
    show('dir ' + label, lambda: (names == sorted(names), 'append' in names, 'keys' in names,
                                  'index' in names, 'copy_with' in names,
                                  '__origin__' in names, '__len__' in names,
                                  '__class_getitem__' in names))
show('List.append', lambda: List.append is list.append)
show('List[int].append', lambda: List[int].append is list.append)
show('List[int].nope', lambda: List[int].nope)
