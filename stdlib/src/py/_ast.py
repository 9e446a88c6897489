"""The node classes of abstract syntax trees and the compile() flags for them (CPython's
`_ast`, which `ast` is built on): here the very classes `ast` defines."""

import ast as _ast_module

PyCF_ONLY_AST = _ast_module.PyCF_ONLY_AST
PyCF_TYPE_COMMENTS = _ast_module.PyCF_TYPE_COMMENTS
PyCF_ALLOW_TOP_LEVEL_AWAIT = _ast_module.PyCF_ALLOW_TOP_LEVEL_AWAIT

globals().update({name: value for name, value in vars(_ast_module).items()
                  if isinstance(value, type) and issubclass(value, _ast_module.AST)})

del _ast_module
