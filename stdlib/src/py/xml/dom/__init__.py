"""The W3C Document Object Model for Python: shared definitions.

Node type and error-code constants, the DOMException hierarchy, the
namespace URIs the DOM reserves, and a small registry through which
getDOMImplementation() finds an implementation (xml.dom.minidom is the one
that ships).
"""


class Node:
    """The nodeType values of DOM nodes."""
    __slots__ = ()

    ELEMENT_NODE = 1
    ATTRIBUTE_NODE = 2
    TEXT_NODE = 3
    CDATA_SECTION_NODE = 4
    ENTITY_REFERENCE_NODE = 5
    ENTITY_NODE = 6
    PROCESSING_INSTRUCTION_NODE = 7
    COMMENT_NODE = 8
    DOCUMENT_NODE = 9
    DOCUMENT_TYPE_NODE = 10
    DOCUMENT_FRAGMENT_NODE = 11
    NOTATION_NODE = 12


class UserDataHandler:
    """The operation values passed to a UserDataHandler's handle()."""

    NODE_CLONED = 1
    NODE_IMPORTED = 2
    NODE_DELETED = 3
    NODE_RENAMED = 4


class DOMException(Exception):
    """Common base of the DOM errors; each concrete subclass carries the
    DOM error number as its `code`."""

    def __init__(self, *args, **kw):
        if type(self) is DOMException:
            raise RuntimeError("DOMException should not be instantiated directly")
        Exception.__init__(self, *args, **kw)

    def _get_code(self):
        return self.code


# The DOM error codes in numeric order (1 first): constant name and the
# exception class raised for it.  Both are module globals.
_ERRORS = (
    ("INDEX_SIZE_ERR", "IndexSizeErr"),
    ("DOMSTRING_SIZE_ERR", "DomstringSizeErr"),
    ("HIERARCHY_REQUEST_ERR", "HierarchyRequestErr"),
    ("WRONG_DOCUMENT_ERR", "WrongDocumentErr"),
    ("INVALID_CHARACTER_ERR", "InvalidCharacterErr"),
    ("NO_DATA_ALLOWED_ERR", "NoDataAllowedErr"),
    ("NO_MODIFICATION_ALLOWED_ERR", "NoModificationAllowedErr"),
    ("NOT_FOUND_ERR", "NotFoundErr"),
    ("NOT_SUPPORTED_ERR", "NotSupportedErr"),
    ("INUSE_ATTRIBUTE_ERR", "InuseAttributeErr"),
    ("INVALID_STATE_ERR", "InvalidStateErr"),
    ("SYNTAX_ERR", "SyntaxErr"),
    ("INVALID_MODIFICATION_ERR", "InvalidModificationErr"),
    ("NAMESPACE_ERR", "NamespaceErr"),
    ("INVALID_ACCESS_ERR", "InvalidAccessErr"),
    ("VALIDATION_ERR", "ValidationErr"),
)

for _number, (_constant, _class_name) in enumerate(_ERRORS, 1):
    globals()[_constant] = _number
    globals()[_class_name] = type(_class_name, (DOMException,),
                                  {"__module__": __name__, "__doc__": None, "code": _number})
del _number, _constant, _class_name

XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
EMPTY_NAMESPACE = None
EMPTY_PREFIX = None


# -- finding an implementation ----------------------------------------------

# Names getDOMImplementation() knows without registration: the module whose
# getDOMImplementation() provides it.
_BUILTIN_IMPLEMENTATIONS = {
    "minidom": "xml.dom.minidom",
}

# name -> factory, as given to registerDOMImplementation().
_factories = {}


def registerDOMImplementation(name, factory):
    """Make factory (called without arguments, returning an object with
    the DOMImplementation interface) available as name."""
    _factories[name] = factory


def _builtin(name):
    import importlib
    return importlib.import_module(_BUILTIN_IMPLEMENTATIONS[name]).getDOMImplementation()


def _wanted_features(features):
    """features as (name, version) pairs; a string such as "core 2.0 xml"
    lists names, each optionally followed by a version (a word starting with
    a digit)."""
    if not isinstance(features, str):
        return features
    pairs = []
    words = features.split()
    for word in words:
        if word[0] in "0123456789":
            if not pairs or pairs[-1][1] is not None:
                raise ValueError(f"bad feature name: {word!r}")
            pairs[-1] = (pairs[-1][0], word)
        else:
            pairs.append((word, None))
    return pairs


def _supports(implementation, features):
    return all(implementation.hasFeature(feature, version) for feature, version in features)


def getDOMImplementation(name=None, features=()):
    """A DOM implementation: the one called name, or else the first one
    (registered ones before the built-in minidom) supporting every feature
    asked for; ImportError when there is none."""
    if name in _BUILTIN_IMPLEMENTATIONS:
        return _builtin(name)
    if name:
        return _factories[name]()
    wanted = _wanted_features(features)
    for factory in list(_factories.values()):
        candidate = factory()
        if _supports(candidate, wanted):
            return candidate
    for known in _BUILTIN_IMPLEMENTATIONS:
        try:
            candidate = _builtin(known)
        except Exception:
            continue
        if _supports(candidate, wanted):
            return candidate
    raise ImportError("no suitable DOM implementation found")
