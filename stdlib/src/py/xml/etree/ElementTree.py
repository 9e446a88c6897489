"""xml.etree.ElementTree (CPython's xml.etree.ElementTree module, written for pyrs)."""

import codecs
import collections
import collections.abc
import io
import re
import sys
import warnings

from . import _xpathsel

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring",
    "fromstringlist", "indent", "iselement", "iterparse", "parse",
    "ParseError", "PI", "ProcessingInstruction", "QName", "SubElement",
    "tostring", "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLID",
    "XMLParser", "XMLPullParser", "register_namespace",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """Raised when a document cannot be parsed; has .code and .position."""


def iselement(element):
    """True if the object looks like an element."""
    return hasattr(element, "tag")


def _kind(obj):
    return "None" if obj is None else type(obj).__name__


def _expect_element(obj, where):
    if not isinstance(obj, Element):
        raise TypeError("%s must be xml.etree.ElementTree.Element, not %s"
                        % (where, _kind(obj)))


def _expect_seq_element(obj):
    if not isinstance(obj, Element):
        raise TypeError('expected an Element, not "%s"' % type(obj).__name__)


def _as_sequence(obj):
    """The items of an iterable, as a list; complains like CPython's
    accelerator when obj is not iterable."""
    try:
        items = iter(obj)
    except TypeError:
        raise TypeError('expected sequence, not "%s"'
                        % type(obj).__name__) from None
    return list(items)


def _child_position(index):
    """index as an int, for a child index that is not a slice."""
    if not hasattr(type(index), "__index__"):
        raise TypeError("element indices must be integers")
    return index.__index__()


class _NoAttrib:
    """Marks an attrib argument that was not passed positionally."""

    __slots__ = ()

    def __repr__(self):
        return "{}"


_NO_ATTRIB = _NoAttrib()


def _merged_attrib(attrib, extra, where):
    """A fresh attribute dict from a positional attrib and keywords; without
    the positional one an 'attrib' keyword supplies the base dict."""
    if attrib is _NO_ATTRIB:
        if not extra:
            return {}
        if "attrib" not in extra:
            # extra is the fresh dict of the keyword arguments.
            return extra
        attrib = extra.pop("attrib")
        if not isinstance(attrib, dict):
            raise TypeError("attrib must be dict, not %s"
                            % type(attrib).__name__)
    elif not isinstance(attrib, dict):
        raise TypeError("%s must be dict, not %s" % (where, _kind(attrib)))
    merged = dict(attrib)
    if extra:
        merged.update(extra)
    return merged


_PATH_CHARS = frozenset("/*[@.")
# Makes an Element without running __init__ (its callers set the fields).
_new_object = object.__new__


def _names_child(path):
    """True when path is a bare tag (no path syntax outside {uri} parts):
    find() and its kin then just compare the children's tags, as CPython's
    accelerated Element does."""
    if isinstance(path, bytes):
        path = path.decode("latin-1")
    elif not isinstance(path, str):
        return False
    if len(path) >= 3 and (path[:2] == "{}" or path[:3] == "{*}"):
        return False
    braced = False
    for ch in path:
        if ch == "{":
            braced = True
        elif ch == "}":
            braced = False
        elif not braced and ch in _PATH_CHARS:
            return False
    return True


class Element:
    """An XML element: tag, attributes, text, tail and a list of children."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib=_NO_ATTRIB, /, **extra):
        self.tag = tag
        self.attrib = _merged_attrib(attrib, extra, "Element() argument 2")
        self._kids = []

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.tag, id(self))

    def makeelement(self, tag, attrib, /):
        """Make a new element with a copy of attrib."""
        if not isinstance(attrib, dict):
            raise TypeError("makeelement() argument 2 must be dict, not %s"
                            % _kind(attrib))
        return Element(tag, attrib)

    # Copies are plain Elements, as CPython's accelerated ones are; a
    # shallow copy shares the attribute dict.

    def __copy__(self):
        other = Element(self.tag)
        other.attrib = self.attrib
        other.text = self.text
        other.tail = self.tail
        other._kids[:] = self._kids
        return other

    def __deepcopy__(self, memo, /):
        import copy as _copy
        other = Element(_copy.deepcopy(self.tag, memo))
        other.attrib = _copy.deepcopy(self.attrib, memo)
        other.text = _copy.deepcopy(self.text, memo)
        other.tail = _copy.deepcopy(self.tail, memo)
        other._kids = [_copy.deepcopy(k, memo) for k in self._kids]
        memo[id(self)] = other
        return other

    def __len__(self):
        return len(self._kids)

    def __bool__(self):
        warnings.warn(
            "Testing an element's truth value will always return True in "
            "future versions.  Use specific 'len(elem)' or 'elem is None' "
            "test instead.", DeprecationWarning, stacklevel=2)
        return len(self._kids) != 0

    def __getitem__(self, index):
        if type(index) is int:
            try:
                return self._kids[index]
            except IndexError:
                raise IndexError("child index out of range") from None
        if type(index) is slice or isinstance(index, slice):
            return self._kids[index]
        index = _child_position(index)
        try:
            return self._kids[index]
        except IndexError:
            raise IndexError("child index out of range") from None

    def __setitem__(self, index, value):
        if type(index) is slice or isinstance(index, slice):
            value = _as_sequence(value)
            for v in value:
                _expect_seq_element(v)
            self._kids[index] = value
        else:
            index = _child_position(index)
            try:
                self._kids[index]
            except IndexError:
                raise IndexError("child assignment index out of range") from None
            _expect_seq_element(value)
            self._kids[index] = value

    def __delitem__(self, index):
        if not (type(index) is slice or isinstance(index, slice)):
            index = _child_position(index)
        try:
            del self._kids[index]
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def append(self, subelement):
        """Add a child at the end."""
        if not isinstance(subelement, Element):
            _expect_element(subelement, "append() argument 1")
        self._kids.append(subelement)

    def extend(self, elements, /):
        """Add every element of an iterable at the end (those before one
        that is not an element are kept)."""
        for e in _as_sequence(elements):
            _expect_seq_element(e)
            self._kids.append(e)

    def insert(self, index, subelement):
        """Insert a child before position index."""
        _expect_element(subelement, "insert() argument 2")
        self._kids.insert(index, subelement)

    def remove(self, subelement, /):
        """Remove the first child that is (or equals) subelement."""
        if not isinstance(subelement, Element):
            raise TypeError("remove() argument must be "
                            "xml.etree.ElementTree.Element, not %s"
                            % _kind(subelement))
        kids = self._kids
        for i, k in enumerate(kids):
            if k is subelement or k == subelement:
                del kids[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        """First matching subelement, or None."""
        if namespaces is None and _names_child(path):
            for k in self._kids:
                if k.tag == path:
                    return k
            return None
        return _xpathsel.first(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """Text of the first matching subelement ('' if it has none)."""
        if namespaces is None and _names_child(path):
            for k in self._kids:
                if k.tag == path:
                    return k.text or ""
            return default
        return _xpathsel.text_of_first(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        """List of all matching subelements in document order."""
        if namespaces is None and _names_child(path):
            return [k for k in self._kids if k.tag == path]
        return _xpathsel.select(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        """Iterator over all matching subelements."""
        return iter(_xpathsel.select(self, path, namespaces))

    def clear(self):
        """Remove children, attributes, text and tail."""
        self.attrib.clear()
        self._kids = []
        self.text = None
        self.tail = None

    def get(self, key, default=None):
        """Attribute value, or default."""
        return self.attrib.get(key, default)

    def set(self, key, value):
        """Set an attribute."""
        self.attrib[key] = value

    def keys(self):
        """Attribute names, as a list."""
        return list(self.attrib)

    def items(self):
        """Attribute (name, value) pairs, as a list."""
        return list(self.attrib.items())

    def iter(self, tag=None):
        """Depth-first iterator over this element and its descendants."""
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        if not self._kids:
            return
        pending = [iter(self._kids)]
        while pending:
            for e in pending[-1]:
                if tag is None or e.tag == tag:
                    yield e
                if e._kids:
                    pending.append(iter(e._kids))
                    break
            else:
                pending.pop()

    def itertext(self):
        """Iterator over the text content of the subtree."""
        if self.text:
            yield self.text
        for e in self._kids:
            yield from e.itertext()
            if e.tail:
                yield e.tail


def SubElement(parent, tag, attrib=_NO_ATTRIB, /, **extra):
    """Create an element, append it to parent and return it (a plain
    Element whatever parent's class, as with CPython's accelerator)."""
    if not isinstance(parent, Element):
        raise TypeError("SubElement() argument 1 must be "
                        "xml.etree.ElementTree.Element, not %s"
                        % _kind(parent))
    child = _new_object(Element)
    child.tag = tag
    if attrib is _NO_ATTRIB and not extra:
        child.attrib = {}
    else:
        child.attrib = _merged_attrib(attrib, extra,
                                      "SubElement() argument 3")
    child._kids = []
    parent._kids.append(child)
    return child


def Comment(text=None):
    """A comment element."""
    e = Element(Comment)
    e.text = text
    return e


def ProcessingInstruction(target, text=None):
    """A processing-instruction element."""
    e = Element(ProcessingInstruction)
    e.text = target
    if text:
        e.text = target + " " + text
    return e


PI = ProcessingInstruction


class QName:
    """A qualified name, '{uri}local', usable as tag or attribute value."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return "<%s %r>" % (type(self).__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    def __eq__(self, other):
        return self.text == self._key(other)

    def __ne__(self, other):
        return self.text != self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __le__(self, other):
        return self.text <= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)


class ElementTree:
    """A whole document: a root element plus reading and writing."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        """The root element."""
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        """Load a document from a file name or file object."""
        owned = not hasattr(source, "read")
        if owned:
            source = open(source, "rb")
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                block = source.read(65536)
                if not block:
                    break
                parser.feed(block)
            root = parser.close()
            self._root = root
            return root
        finally:
            if owned:
                source.close()

    def iter(self, tag=None):
        """Iterator over all elements of the tree."""
        root = self._root
        return root.iter(tag)

    def _rooted(self, path):
        if path[:1] == "/":
            path = "." + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be "
                "fixed in a future version.  If you rely on the current "
                "behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        """Same as getroot().find(path)."""
        return self._root.find(self._rooted(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """Same as getroot().findtext(path)."""
        return self._root.findtext(self._rooted(path), default, namespaces)

    def findall(self, path, namespaces=None):
        """Same as getroot().findall(path)."""
        return self._root.findall(self._rooted(path), namespaces)

    def iterfind(self, path, namespaces=None):
        """Same as getroot().iterfind(path)."""
        return self._root.iterfind(self._rooted(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *,
              short_empty_elements=True):
        """Write the tree to a file name or file object."""
        _produce(self._root, file_or_filename, encoding, xml_declaration,
                 default_namespace, method, short_empty_elements)

    def write_c14n(self, file):
        raise NotImplementedError("canonicalization is not supported")


# ---------------------------------------------------------------- writing

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}

_reserved_prefix = re.compile(r"ns\d+$")


def register_namespace(prefix, uri):
    """Register a prefix to use for uri when serialising."""
    if _reserved_prefix.match(prefix):
        raise ValueError("Prefix format reserved for internal use")
    for u, p in list(_namespace_map.items()):
        if u == uri or p == prefix:
            del _namespace_map[u]
    _namespace_map[uri] = prefix


_HTML_VOID = frozenset(("area", "base", "basefont", "br", "col", "embed",
                        "frame", "hr", "img", "input", "isindex", "link",
                        "meta", "param", "source", "track", "wbr"))


def _bad_value(value):
    raise TypeError("cannot serialize %r (type %s)"
                    % (value, type(value).__name__))


# (character, reference) pairs for the escaping functions below.
_TEXT_REFS = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_ATTR_REFS = _TEXT_REFS + (('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"),
                           ("\t", "&#09;"))
_HTML_ATTR_REFS = (("&", "&amp;"), (">", "&gt;"), ('"', "&quot;"))


def _escaper(pairs):
    """Make an escaping function from (character, reference) pairs."""
    table = str.maketrans(dict(pairs))

    def escape(value):
        if not isinstance(value, str):
            _bad_value(value)
        return value.translate(table)
    return escape


_esc_text_table = _escaper(_TEXT_REFS)
_esc_attr_table = _escaper(_ATTR_REFS)
_esc_attr_html = _escaper(_HTML_ATTR_REFS)


# The usual escapers: a plain str is searched for the special characters
# first and changed with str.replace ('&' goes first); other values go
# through the translate tables above.

def _esc_text(value):
    if type(value) is not str:
        return _esc_text_table(value)
    if "&" in value or "<" in value or ">" in value:
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(
            ">", "&gt;")
    return value


def _esc_attr(value):
    if type(value) is not str:
        return _esc_attr_table(value)
    if "&" in value or "<" in value or ">" in value or '"' in value or \
            "\r" in value or "\n" in value or "\t" in value:
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(
            ">", "&gt;").replace('"', "&quot;").replace(
            "\r", "&#13;").replace("\n", "&#10;").replace("\t", "&#09;")
    return value


_UNDECLARED_ENCODINGS = frozenset(("utf-8", "us-ascii", "unicode"))
_RAW_TEXT_HTML = frozenset(("script", "style"))
_BATCH_BYTES = 8192
_NATIVE = "le" if sys.byteorder == "little" else "be"
# A BOM-writing codec and its BOM-less twin, for output that does not start
# a stream.
_BOMLESS = {"utf-16": "utf-16-" + _NATIVE, "utf-32": "utf-32-" + _NATIVE,
            "utf-8-sig": "utf-8"}


def _stream_fresh(stream):
    """True/False when the stream can tell whether it is at offset 0."""
    probe = getattr(stream, "seekable", None)
    if probe is None or not probe():
        return None
    return stream.tell() == 0


# Codecs whose incremental encoders keep no state between calls (so that
# text may be encoded in one piece or in many alike).
_STATELESS_CODECS = frozenset(("utf-8", "ascii", "iso8859-1"))


def _codec_for(encoding, stream):
    """The incremental encoder for writing to stream, and whether its
    codec is one of _STATELESS_CODECS."""
    info = codecs.lookup(encoding)
    if getattr(info, "_is_text_encoding", True) is False:
        raise LookupError("%r is not a text encoding; use codecs.open() to "
                          "handle arbitrary codecs" % encoding)
    fresh = _stream_fresh(stream)
    # utf-16/32 only mark a stream known to be fresh; other BOM codecs
    # mark anything not known to be mid-stream.
    if info.name in ("utf-16", "utf-32"):
        bom = fresh is True
    else:
        bom = fresh is not False
    if not bom and info.name in _BOMLESS:
        info = codecs.lookup(_BOMLESS[info.name])
    return (info.incrementalencoder("xmlcharrefreplace"),
            info.name in _STATELESS_CODECS)


class _Sink:
    """Callable receiving output pieces; encodes and batches them in
    byte mode, hands them straight to write() in text mode."""

    def __init__(self, write, encoder=None):
        self._write = write
        self._encoder = encoder
        self._held = []
        self._held_size = 0

    def __call__(self, piece):
        if self._encoder is None:
            self._write(piece)
            return
        if not isinstance(piece, str):
            raise TypeError("write() argument must be str, not %s"
                            % type(piece).__name__)
        data = self._encoder.encode(piece)
        if self._held_size + len(data) > _BATCH_BYTES:
            self.release()
        self._held.append(data)
        self._held_size += len(data)
        if self._held_size >= _BATCH_BYTES:
            self.release()

    def release(self):
        """Pass on whatever bytes are being held."""
        if self._held:
            data = b"".join(self._held)
            self._held = []
            self._held_size = 0
            self._write(data)


class _Prefixer:
    """Checks the names of a tree and gives every namespace URI a prefix."""

    def __init__(self, default_uri):
        self.default_uri = default_uri
        self.prefix_of = {}          # uri -> prefix ('' for the default)
        if default_uri:
            self.prefix_of[default_uri] = ""
        self.shown = {}              # name as stored -> name as written

    def survey(self, root):
        shown = self.shown
        for elem in root.iter():
            tag = elem.tag
            if type(tag) is str:
                if tag not in shown:
                    self.show(tag)
            elif isinstance(tag, QName):
                self.show(tag.text)
            elif isinstance(tag, str):
                self.show(tag)
            elif tag is not None and tag is not Comment \
                    and tag is not ProcessingInstruction:
                _bad_value(tag)
            attrib = elem.attrib if type(elem) is Element else None
            if type(attrib) is dict:
                if not attrib:
                    continue
                items = attrib.items()
            else:
                items = elem.items()
            for key, value in items:
                if isinstance(key, QName):
                    key = key.text
                elif not isinstance(key, str):
                    _bad_value(key)
                self.show(key)
                if isinstance(value, QName):
                    self.show(value.text)

    def show(self, name):
        """The written form of a stored name ('{uri}local' or plain)."""
        known = self.shown.get(name)
        if known is not None:
            return known
        if name[:1] != "{":
            if self.default_uri:
                raise ValueError("cannot use non-qualified names with "
                                 "default_namespace option")
            written = name
        else:
            uri, brace, local = name[1:].rpartition("}")
            if not brace:
                raise ValueError("not enough values to unpack "
                                 "(expected 2, got 1)")
            prefix = self.prefix_of.get(uri)
            if prefix is None:
                prefix = (_namespace_map.get(uri)
                          or "ns%d" % len(self.prefix_of))
                # The xml prefix is predeclared: neither counted nor listed.
                if prefix != "xml":
                    self.prefix_of[uri] = prefix
            written = prefix + ":" + local if prefix else local
        self.shown[name] = written
        return written

    def declarations(self):
        """The xmlns attributes to put on the top element, sorted."""
        out = []
        for prefix, uri in sorted((p, u) for u, p in self.prefix_of.items()):
            out.append(' xmlns%s="%s"' % (":" + prefix if prefix else "",
                                          _esc_attr(uri)))
        return out


class _Walker:
    """Writes elements as XML or HTML markup, depth first, without
    recursion: the to-do stack holds (action, argument) pairs."""

    def __init__(self, out, names, html, short_empty):
        self.out = out
        self.names = names
        self.html = html
        self.short_empty = short_empty and not html
        self.attr_escape = _esc_attr_html if html else _esc_attr

    def run(self, root):
        self.pending_decls = self.names.declarations()
        todo = [(self.tail, root.tail), (self.node, root)]
        while todo:
            action, arg = todo.pop()
            action(arg, todo)

    def tail(self, text, todo):
        if text:
            self.out(_esc_text(text))

    def literal(self, text, todo):
        self.out(text)

    def children(self, elem, todo, closing=None):
        if closing is not None:
            todo.append((self.literal, closing))
        for kid in reversed(list(elem)):
            todo.append((self.tail, kid.tail))
            todo.append((self.node, kid))

    def node(self, elem, todo):
        # Only the very first node may carry the namespace declarations.
        decls, self.pending_decls = self.pending_decls, None
        out = self.out
        tag = elem.tag
        if tag is Comment or tag is ProcessingInstruction:
            text = _esc_text(elem.text) if self.html else elem.text
            out(("<!--%s-->" if tag is Comment else "<?%s?>") % (text,))
            return
        if tag is None:
            if elem.text:
                out(_esc_text(elem.text))
            self.children(elem, todo)
            return
        show = self.names.show
        name = show(tag.text if isinstance(tag, QName) else tag)
        out("<" + name)
        for decl in decls or ():
            out(decl)
        for key, value in elem.items():
            if isinstance(value, QName):
                value = show(value.text)
            else:
                value = self.attr_escape(value)
            out(' %s="%s"' % (show(key.text if isinstance(key, QName)
                                   else key), value))
        text = elem.text
        if not (text or len(elem)) and self.short_empty:
            out(" />")
            return
        out(">")
        lowered = name.lower()
        if text:
            if self.html and lowered in _RAW_TEXT_HTML:
                out(text)
            else:
                out(_esc_text(text))
        if self.html and lowered in _HTML_VOID:
            self.children(elem, todo)
        else:
            self.children(elem, todo, "</%s>" % name)


def _write_attributes(items, out, show):
    """Write the attributes of an element (for _write_xml)."""
    for key, value in items:
        if isinstance(value, QName):
            value = show(value.text)
        else:
            value = _esc_attr(value)
        key = show(key.text if isinstance(key, QName) else key)
        if type(key) is str and type(value) is str:
            out(" " + key + '="' + value + '"')
        else:
            out(' %s="%s"' % (key, value))


def _write_xml(root, out, names, short_empty):
    """Write root as XML, as _Walker does (the same pieces, in the same
    order), in one loop with a stack of the open elements."""
    # Only the very first node may carry the namespace declarations.
    pending = names.declarations()
    shown = names.shown
    show = names.show
    # (closing tag or None, element, iterator over its other children)
    stack = []
    elem = root
    while True:
        tag = elem.tag
        if type(tag) is str:
            name = shown.get(tag)
            if name is None:
                name = show(tag)
        elif tag is Comment or tag is ProcessingInstruction:
            pending = None
            out(("<!--%s-->" if tag is Comment else "<?%s?>") % (elem.text,))
            name = None
        elif tag is None:
            pending = None
            text = elem.text
            if text:
                out(_esc_text(text))
            kids = elem._kids[:] if type(elem) is Element else list(elem)
            if kids:
                it = iter(kids)
                stack.append((None, elem, it))
                elem = next(it)
                continue
            name = None
        else:
            name = show(tag.text if isinstance(tag, QName) else tag)
        if name is not None:
            out("<" + name)
            if pending is not None:
                for decl in pending:
                    out(decl)
                pending = None
            plain = type(elem) is Element
            attrib = elem.attrib if plain else None
            if type(attrib) is not dict:
                _write_attributes(elem.items(), out, show)
            elif attrib:
                _write_attributes(attrib.items(), out, show)
            text = elem.text
            kids = elem._kids if plain else None
            if text or (kids if plain else len(elem)) or not short_empty:
                out(">")
                if text:
                    if type(text) is not str or "&" in text or "<" in text \
                            or ">" in text:
                        text = _esc_text(text)
                    out(text)
                closing = ("</" + name + ">" if type(name) is str
                           else "</%s>" % name)
                kids = (kids[:] if kids else None) if plain else list(elem)
                if kids:
                    it = iter(kids)
                    stack.append((closing, elem, it))
                    elem = next(it)
                    continue
                out(closing)
            else:
                out(" />")
        # elem is done: write its tail, then close the parents whose
        # children are all written, until one has another child.
        while True:
            tail = elem.tail
            if tail:
                out(_esc_text(tail))
            if not stack:
                return
            closing, parent, it = stack[-1]
            for elem in it:
                break
            else:
                stack.pop()
                if closing is not None:
                    out(closing)
                elem = parent
                continue
            break


def _write_simple_xml(root, out, short_empty):
    """Write root as XML when the tree is the simple usual one: plain
    Elements, str tags, names and values, no '{uri}' names (and no default
    namespace asked for).  The output is the same as _write_xml's, in
    fewer pieces.  Returns False, having written part of it, as soon as
    something is not so simple; nothing else happens on the way."""
    # (closing tag, element, iterator over its other children)
    stack = []
    elem = root
    while True:
        if type(elem) is not Element:
            return False
        tag = elem.tag
        attrib = elem.attrib
        if type(tag) is not str or tag[:1] == "{" or type(attrib) is not dict:
            return False
        head = "<" + tag
        if attrib:
            for key, value in attrib.items():
                if type(key) is not str or key[:1] == "{" \
                        or type(value) is not str:
                    return False
                head += " " + key + '="' + _esc_attr(value) + '"'
        text = elem.text
        kids = elem._kids
        if text or kids or not short_empty:
            if text:
                if type(text) is not str:
                    return False
                if "&" in text or "<" in text or ">" in text:
                    text = _esc_text(text)
                out(head + ">" + text)
            else:
                out(head + ">")
            if kids:
                it = iter(kids[:])
                stack.append(("</" + tag + ">", elem, it))
                elem = next(it)
                continue
            out("</" + tag + ">")
        else:
            out(head + " />")
        # elem is done: write its tail, then close the parents whose
        # children are all written, until one has another child.
        while True:
            tail = elem.tail
            if tail:
                if type(tail) is not str:
                    return False
                out(_esc_text(tail))
            if not stack:
                return True
            closing, parent, it = stack[-1]
            for elem in it:
                break
            else:
                stack.pop()
                out(closing)
                elem = parent
                continue
            break


def _plain_text(root, out):
    """Write only the character data of the tree (method='text')."""
    todo = [(False, root.tail), (True, root)]
    while todo:
        is_node, item = todo.pop()
        if not is_node:
            if item:
                out(item)
            continue
        if item.text:
            out(item.text)
        for kid in reversed(list(item)):
            todo.append((False, kid.tail))
            todo.append((True, kid))


def _produce(root, target, encoding, xml_declaration, default_namespace,
             method, short_empty_elements, whole=False):
    """Serialise root to a writer (anything with write) or a file name.
    With whole, target is a fresh private stream that may get the output
    in one write."""
    method = method or "xml"
    if method not in ("xml", "html", "text"):
        raise ValueError("unknown method %r" % (method,))
    encoding = encoding or "us-ascii"
    text_mode = encoding.lower() == "unicode"
    opened = None
    if not hasattr(target, "write"):
        if text_mode:
            opened = open(target, "w", encoding="utf-8",
                          errors="xmlcharrefreplace")
        else:
            opened = open(target, "wb")
        target = opened
    try:
        if text_mode:
            sink = _Sink(target.write)
            label = getattr(target, "encoding", None) or "utf-8"
        else:
            encoder, stateless = _codec_for(encoding, target)
            sink = _Sink(target.write, encoder)
            label = encoding
        if whole and method == "xml":
            # Every XML piece is a str: gather them, then write them (in
            # the end, the stream holds the same).
            pieces = []
            out = pieces.append
        else:
            pieces = None
            out = sink
        try:
            if method == "xml" and (
                    xml_declaration or (xml_declaration is None and
                                        encoding.lower()
                                        not in _UNDECLARED_ENCODINGS)):
                out("<?xml version='1.0' encoding='%s'?>\n" % (label,))
            done = False
            if method == "text":
                _plain_text(root, sink)
                done = True
            elif pieces is not None and not default_namespace:
                mark = len(pieces)
                done = _write_simple_xml(root, out, short_empty_elements)
                if not done:
                    del pieces[mark:]
            if not done:
                names = _Prefixer(default_namespace)
                names.survey(root)
                if method == "xml":
                    _write_xml(root, out, names, short_empty_elements)
                else:
                    _Walker(sink, names, True,
                            short_empty_elements).run(root)
            if pieces:
                if text_mode:
                    target.write("".join(pieces))
                elif stateless:
                    target.write(encoder.encode("".join(pieces)))
                else:
                    target.write(b"".join([encoder.encode(p)
                                           for p in pieces]))
        finally:
            sink.release()
    finally:
        if opened is not None:
            opened.close()


class _Gather(list):
    """A list that can stand in for a fresh, seekable output stream."""

    def write(self, piece):
        self.append(piece)

    def seekable(self):
        return True

    def tell(self):
        return sum(len(p) for p in self)


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """Serialise an element (and its subtree) to bytes, or to str when
    encoding is "unicode"."""
    stream = io.StringIO() if encoding == "unicode" else io.BytesIO()
    _produce(element, stream, encoding, xml_declaration, default_namespace,
             method, short_empty_elements, True)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *,
                 xml_declaration=None, default_namespace=None,
                 short_empty_elements=True):
    """Like tostring(), but return the output as the list of pieces
    that were written."""
    pieces = _Gather()
    _produce(element, pieces, encoding, xml_declaration, default_namespace,
             method, short_empty_elements)
    return list(pieces)


def dump(elem):
    """Write an element tree or element to sys.stdout (for debugging)."""
    out = sys.stdout
    top = elem.getroot() if isinstance(elem, ElementTree) else elem
    out.write(tostring(top, encoding="unicode"))
    if not (top.tail or "").endswith("\n"):
        out.write("\n")


def indent(tree, space="  ", level=0):
    """Add whitespace to text and tails so the tree prints indented."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(
            "Initial indentation level must be >= 0, got %d" % level)
    if not len(tree):
        return

    def walk(elem, depth):
        inner = "\n" + space * (depth + 1)
        if not (elem.text or "").strip():
            elem.text = inner
        last = None
        for child in elem._kids:
            if len(child):
                walk(child, depth + 1)
            if not (child.tail or "").strip():
                child.tail = inner
            last = child
        if not last.tail.strip():
            last.tail = "\n" + space * depth

    walk(tree, level)


# ---------------------------------------------------------------- parsing

def parse(source, parser=None):
    """Parse a file name or file object into an ElementTree."""
    doc = ElementTree()
    doc.parse(source, parser)
    return doc


_KNOWN_EVENTS = ("start", "end", "start-ns", "end-ns", "comment", "pi")


def _event_list(events):
    """Check requested event names; bytes names are decoded."""
    try:
        items = iter(events)
    except TypeError:
        raise TypeError("events must be a sequence") from None
    names = []
    for ev in items:
        if isinstance(ev, bytes):
            ev = ev.decode("utf-8", "replace")
        elif not isinstance(ev, str):
            raise ValueError("invalid events sequence")
        if ev not in _KNOWN_EVENTS:
            raise ValueError("unknown event %r" % (ev,))
        names.append(ev)
    return names


class _Reader(collections.abc.Iterator):
    """What iterparse returns: reads the source block by block as events
    are consumed; .root is set once the last event has been handed out."""

    __qualname__ = "iterparse.<locals>.IterParseIterator"
    root = None

    def __init__(self, pull, stream, owned):
        self._pull = pull
        self._stream = stream
        self._owned = owned
        # The events are handed out as pull.read_events() would do it:
        # after each block, the ready ones, then the first syntax error.
        self._ready = pull._ready
        self._live = False
        self._exhausted = False

    def __next__(self):
        while True:
            if self._live:
                ready = self._ready
                if ready:
                    return ready.popleft()
                self._live = False
                faults = self._pull._faults
                if faults:
                    exc = faults.pop(0)
                    self._abandon()
                    raise exc
            if self._exhausted:
                # None unless the pull parser was closed successfully.
                self.root = self._pull._result
                raise StopIteration
            try:
                block = self._stream.read(16384)
                if block:
                    self._pull.feed(block)
                else:
                    self._pull.close()
                    self._exhausted = True
                    self._let_go()
            except BaseException:
                self._abandon()
                raise
            self._live = True

    def _abandon(self):
        self._exhausted = True
        self._live = False
        self._let_go()

    def _let_go(self):
        if self._owned:
            self._owned = False
            self._stream.close()

    def __del__(self):
        self._let_go()


_Reader.__name__ = "IterParseIterator"


def iterparse(source, events=None, parser=None):
    """Parse a file name or binary/text file object incrementally,
    returning an iterator of (event, value) pairs."""
    pull = XMLPullParser(events, _parser=parser)
    if hasattr(source, "read"):
        return _Reader(pull, source, False)
    return _Reader(pull, open(source, "rb"), True)


class XMLPullParser:
    """Parser fed piece by piece whose results are collected with
    read_events() instead of a target's callbacks."""

    def __init__(self, events=None, *, _parser=None):
        engine = _parser if _parser is not None else XMLParser(
            target=TreeBuilder())
        hook = engine._listen
        if type(engine.target) is not TreeBuilder:
            raise TypeError("event handling only supported for "
                            "ElementTree.TreeBuilder targets")
        wanted = _event_list(("end",) if events is None else events)
        # Parsed (event, value) pairs waiting to be handed out.
        self._ready = collections.deque()
        # Syntax errors met by feed(), oldest first; the engine keeps
        # failing once broken, so these always follow the ready events.
        self._faults = []
        # What a successful close() got back from the engine.
        self._result = None
        hook(self._ready, wanted)
        self._engine = engine

    def feed(self, data):
        """Parse more data; errors are reported by read_events()."""
        engine = self._engine
        if engine is None:
            raise ValueError("feed() called after end of stream")
        try:
            if data:
                engine.feed(data)
        except SyntaxError as exc:
            self._faults.append(exc)

    def flush(self):
        """Ask the underlying parser to process what it has buffered."""
        if self._engine is not None:
            self._engine.flush()

    def close(self):
        """Signal the end of the input (may raise ParseError)."""
        # A failed close leaves the engine in place, as CPython does.
        self._result = self._engine.close()
        self._engine = None

    def read_events(self):
        """Iterator over the events collected so far (consumes them)."""
        ready = self._ready
        while ready:
            yield ready.popleft()
        if self._faults:
            raise self._faults.pop(0)


def _fresh_parser():
    return XMLParser(target=TreeBuilder())


def XML(text, parser=None):
    """Parse a document from a string; returns the root element."""
    parser = parser or _fresh_parser()
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    """Parse a document; returns (root, {id: element})."""
    parser = parser or _fresh_parser()
    parser.feed(text)
    root = parser.close()
    ids = {}
    for e in root.iter():
        key = e.get("id")
        if key:
            ids[key] = e
    return root, ids


def fromstringlist(sequence, parser=None):
    """Parse a document from a sequence of string fragments."""
    parser = parser or _fresh_parser()
    for piece in sequence:
        parser.feed(piece)
    return parser.close()


class TreeBuilder:
    """Parser target that assembles Element objects from start/data/end
    (and optionally comment/pi) calls."""

    def __init__(self, element_factory=None, *, comment_factory=None,
                 pi_factory=None, insert_comments=False, insert_pis=False):
        self._new_element = element_factory
        self._new_comment = comment_factory or Comment
        self._new_pi = pi_factory or ProcessingInstruction
        self._keep_comments = insert_comments
        self._keep_pis = insert_pis
        self._chain = []        # elements started but not yet ended
        self._top = None
        self._pieces = []       # character data not yet stored
        # Pending text goes to self._holder's tail if self._in_tail, else
        # to its text.
        self._holder = None
        self._in_tail = False

    def _settle_text(self):
        # Store pending text, appending to what the holder already has.
        pieces = self._pieces
        if pieces:
            self._pieces = []
            text = pieces[0] if len(pieces) == 1 else "".join(pieces)
            holder = self._holder
            if self._in_tail:
                before = holder.tail
                if before is not None:
                    text = before + text
                holder.tail = text
            else:
                before = holder.text
                if before is not None:
                    text = before + text
                holder.text = text

    def start(self, tag, attrs, /):
        """Open an element; returns it."""
        if not isinstance(attrs, dict):
            raise TypeError("start() argument 2 must be dict, not %s"
                            % _kind(attrs))
        if self._pieces:
            self._settle_text()
        chain = self._chain
        if not chain and self._top is not None:
            raise ParseError("multiple elements on top level")
        if self._new_element is None:
            # A plain Element, as Element(tag) makes it.
            elem = _new_object(Element)
            elem.tag = tag
            elem.attrib = attrs if attrs else {}
            elem._kids = []
            if chain:
                # The open elements are plain Elements too.
                chain[-1]._kids.append(elem)
            else:
                self._top = elem
        else:
            elem = self._new_element(tag, attrs)
            if chain:
                chain[-1].append(elem)
            else:
                self._top = elem
        chain.append(elem)
        self._holder = elem
        self._in_tail = False
        return elem

    def data(self, data, /):
        """Add character data to the current position."""
        if self._chain:
            self._pieces.append(data)

    def end(self, tag, /):
        """Close the innermost open element; returns it."""
        if self._pieces:
            self._settle_text()
        if not self._chain:
            raise IndexError("pop from empty stack")
        elem = self._chain.pop()
        self._holder = elem
        self._in_tail = True
        return elem

    def _graft(self, node):
        if self._chain:
            _expect_seq_element(node)
            self._chain[-1].append(node)
            self._holder = node
            self._in_tail = True
        return node

    def comment(self, text, /):
        """Make a comment node (inserted into the tree if so configured)."""
        self._settle_text()
        node = self._new_comment(text)
        return self._graft(node) if self._keep_comments else node

    def pi(self, target, text=None, /):
        """Make a processing-instruction node (inserted if configured)."""
        self._settle_text()
        node = self._new_pi(target, text)
        return self._graft(node) if self._keep_pis else node

    def close(self):
        """Return the top element (None if nothing was built)."""
        return self._top


# The scanner.  Names are approximated: an XML name starts with a letter,
# '_', ':' or a non-ASCII character and goes on with those, digits, '-', '.'.

_NM = ("[A-Za-z_:\u00c0-\U0010ffff][-.0-9A-Za-z_:\u00b7\u00c0-\U0010ffff]*")
_WS = "[ \t\n]"
_name_at = re.compile(_NM)
_open_tag = re.compile(
    "<(%s)((?:%s+%s%s*=%s*(?:\"[^<\"]*\"|'[^<']*'))*)%s*(/?)>"
    % (_NM, _WS, _NM, _WS, _WS, _WS))
_close_tag = re.compile("</(%s)%s*>" % (_NM, _WS))
_reference = re.compile("&(?:(%s)|#([0-9]+)|#x([0-9a-fA-F]+));" % _NM)
_bad_chars = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_space_run = re.compile("%s*" % _WS)
_doctype = re.compile(
    "<!DOCTYPE%s+(%s)(?:%s+(?:SYSTEM%s+(\"[^\"]*\"|'[^']*')|PUBLIC%s+"
    "(\"[^\"]*\"|'[^']*')%s+(\"[^\"]*\"|'[^']*')))?%s*"
    "(?:\\[((?:[^\\]\"']|\"[^\"]*\"|'[^']*')*)\\]%s*)?>"
    % (_WS, _NM, _WS, _WS, _WS, _WS, _WS, _WS))
_entity_decl = re.compile(
    "<!ENTITY%s+(%s)%s+(\"[^\"]*\"|'[^']*')%s*>" % (_WS, _NM, _WS, _WS))
_decl_encoding = re.compile(
    "encoding%s*=%s*(?:\"([^\"]*)\"|'([^']*)')" % (_WS, _WS))
_ws_to_space = str.maketrans("\t\n", "  ")

_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_XML_NS = "http://www.w3.org/XML/1998/namespace"

_MESSAGES = {
    2: "syntax error",
    3: "no element found",
    4: "not well-formed (invalid token)",
    5: "unclosed token",
    7: "mismatched tag",
    8: "duplicate attribute",
    9: "junk after document element",
    10: "illegal parameter entity reference",
    11: "undefined entity",
    14: "reference to invalid character number",
    17: "XML or text declaration not at start of entity",
    20: "unclosed CDATA section",
    27: "unbound prefix",
    28: "must not undeclare prefix",
}


# Start tags seen (their text from '<' to '>') -> what _open_shape returns.
_tag_shapes = {}


class _NeedMore(Exception):
    """Internal: the token at the end of the buffer is not complete yet."""


# Text outside the root element is read as expat's prolog scanner reads it:
# one token, whose end decides between a syntax error at its start and an
# invalid token at the character that cannot follow it.
_ONE_CHAR_TOKENS = frozenset("([|,>")
_AFTER_NAME = frozenset(" \t\n>),|[%")
_AFTER_LITERAL = frozenset(" \t\n>%[")
_AFTER_PAREN = frozenset(" \t\n>,|])*?+")
_AFTER_POUND_NAME = frozenset(" \t\n)>%|")


def _starts_name(c):
    if c < "\x80":
        return c.isalpha() or c == "_"
    import unicodedata
    return unicodedata.category(c) in ("Ll", "Lu", "Lo", "Lt", "Nl")


def _in_name(c):
    if c < "\x80":
        return c.isalnum() or c in "_-."
    import unicodedata
    return c == "\u00b7" or unicodedata.category(c) in (
        "Ll", "Lu", "Lo", "Lt", "Nl", "Lm", "Mn", "Mc", "Me", "Nd")


def _stray_token(buf, pos, n):
    """Classify the token at buf[pos] (not markup, not space) outside the
    root element: ("whole", pos) for a complete token, ("bad", i) for a
    character at i that no token allows, ("cut", pos) for a token that is
    unfinished at the end of buf, ("open", pos) for one that is complete at
    the end of buf but might go on, ("peref", pos) for '%name;'."""
    c = buf[pos]
    i = pos + 1
    if c in _ONE_CHAR_TOKENS:
        return "whole", pos
    if c == "]":
        if i >= n:
            return "open", pos
        if buf[i] == "]" and i + 1 >= n:
            return "cut", pos
        return "whole", pos
    if c == ")":
        if i >= n:
            return "open", pos
        return ("whole", pos) if buf[i] in _AFTER_PAREN else ("bad", i)
    if c == '"' or c == "'":
        close = buf.find(c, i)
        if close < 0:
            return "cut", pos
        i = close + 1
        if i >= n:
            return "open", pos
        return ("whole", pos) if buf[i] in _AFTER_LITERAL else ("bad", i)
    if c == "%" or c == "#":
        if i >= n:
            return "cut", pos
        if c == "%" and buf[i] in " \t\n%":
            return "whole", pos
        if not _starts_name(buf[i]):
            return "bad", i
        while i < n and _in_name(buf[i]):
            i += 1
        if i >= n:
            return ("cut" if c == "%" else "open"), pos
        if c == "%":
            return ("peref", pos) if buf[i] == ";" else ("bad", i)
        return ("whole", pos) if buf[i] in _AFTER_POUND_NAME else ("bad", i)
    if not (_in_name(c) or c == ":"):
        return "bad", pos
    # A name, or a name token when it does not start like a name.  The first
    # colon of a name must be followed by something, and makes a name token
    # unless a name character follows it; a second colon always does.
    plain = _starts_name(c)
    prefixed = False
    while i < n:
        d = buf[i]
        if d == ":":
            i += 1
            if not plain:
                continue
            if prefixed:
                plain = False
                continue
            if i >= n:
                return "cut", pos
            prefixed = True
            if _in_name(buf[i]):
                i += 1
            else:
                plain = False
            continue
        if _in_name(d):
            i += 1
            continue
        if d in _AFTER_NAME or (plain and d in "+*?"):
            return "whole", pos
        return "bad", i
    return "open", pos


def _char_ok(cp):
    if cp < 0x20:
        return cp in (9, 10, 13)
    if 0xD800 <= cp <= 0xDFFF or cp in (0xFFFE, 0xFFFF):
        return False
    return cp <= 0x10FFFF


class XMLParser:
    """XML parser (pure Python, modelled on expat's behaviour) feeding a
    target object's start/end/data/comment/pi/close methods."""

    def __init__(self, *, target=None, encoding=None):
        if target is None:
            target = TreeBuilder()
        self.target = self._target = target
        self.entity = {}
        self.version = "Expat 2.5.0"
        self._forced = encoding
        self._raw = None          # undecoded bytes while sniffing
        self._dec = None          # incremental decoder for bytes input
        self._text_mode = None    # True for str input, False for bytes
        self._buf = ""
        self._cr = False          # last chunk ended in '\r'
        self._line = 1
        self._col = 0
        self._offset = 0          # characters consumed before _buf
        self._fresh = True        # no text taken yet (a BOM may come)
        self._open = []           # (raw name, tag, declared prefixes)
        self._ns = {"xml": _XML_NS}
        self._ns_saved = []
        self._phase = 0           # 0 prolog, 1 in root, 2 after root
        self._had_doctype = False
        self._dtd = {}
        self._external_dtd = False
        self._queue = None
        self._want = ()
        # The queue again, when it wants start (end) events.
        self._q_start = None
        self._q_end = None
        self._closed = False
        self._bind()

    def _bind(self):
        t = self._target
        self._t_start = getattr(t, "start", None)
        self._t_end = getattr(t, "end", None)
        self._t_data = getattr(t, "data", None)
        self._t_comment = getattr(t, "comment", None)
        self._t_pi = getattr(t, "pi", None)
        self._t_start_ns = getattr(t, "start_ns", None)
        self._t_end_ns = getattr(t, "end_ns", None)
        self._t_doctype = getattr(t, "doctype", None)
        # A TreeBuilder joins text anyway: give it whole runs.
        self._whole_text = isinstance(t, TreeBuilder)
        # A plain TreeBuilder, whose work the scanner does itself for the
        # usual start tags, end tags and text.
        self._builder = t if (type(t) is TreeBuilder
                              and t._new_element is None) else None

    def _listen(self, queue, events):
        want = set()
        for ev in events:
            if ev not in _KNOWN_EVENTS:
                raise ValueError("unknown event %r" % (ev,))
            want.add(ev)
        self._queue = queue
        self._want = want
        self._q_start = queue if "start" in want else None
        self._q_end = queue if "end" in want else None

    # -- errors and positions

    def _where(self, idx):
        buf = self._buf
        nl = buf.count("\n", 0, idx)
        if nl:
            return self._line + nl, idx - buf.rfind("\n", 0, idx) - 1
        return self._line, self._col + idx

    def _fail(self, code, idx, message=None):
        line, col = self._where(idx)
        err = ParseError("%s: line %d, column %d"
                         % (message or _MESSAGES[code], line, col))
        err.code = code
        err.position = (line, col)
        raise err

    def _advance(self, idx):
        buf = self._buf
        nl = buf.count("\n", 0, idx)
        if nl:
            self._line += nl
            self._col = idx - buf.rfind("\n", 0, idx) - 1
        else:
            self._col += idx
        self._offset += idx
        self._buf = buf[idx:]

    # -- input

    def feed(self, data):
        """Feed a piece of the document (str or bytes)."""
        if isinstance(data, str):
            self._take(data, False)
        else:
            self._feed_bytes(bytes(data), False)

    def flush(self):
        pass

    def close(self):
        """Finish the document and return what the target's close returns."""
        if self._raw is not None:
            self._start_decoding(True)
        elif self._dec is not None:
            rest = self._decode(b"", True)
            if rest:
                self._take(rest, False)
        self._take("", True)
        self._closed = True
        closer = getattr(self._target, "close", None)
        if closer is not None:
            return closer()
        return None

    def _feed_bytes(self, data, final):
        if self._dec is None:
            self._raw = (self._raw or b"") + data
            self._start_decoding(final)
            return
        text = self._decode(data, final)
        if text:
            self._take(text, False)

    def _decode(self, data, final):
        try:
            return self._dec.decode(data, final)
        except UnicodeDecodeError as exc:
            good = data[:exc.start] if exc.object == data else b""
            if good:
                try:
                    self._take(self._dec.decode(good, False), False)
                except UnicodeDecodeError:
                    pass
            self._fail(4, len(self._buf))

    def _start_decoding(self, final):
        raw = self._raw
        name = self._forced
        skip = 0
        if name is None:
            if raw[:3] == b"\xef\xbb\xbf":
                name, skip = "utf-8", 3
            elif raw[:2] == b"\xff\xfe":
                name, skip = "utf-16-le", 2
            elif raw[:2] == b"\xfe\xff":
                name, skip = "utf-16-be", 2
            elif raw[:2] == b"<\x00":
                name = "utf-16-le"
            elif raw[:2] == b"\x00<":
                name = "utf-16-be"
            elif len(raw) < 5 and not final:
                return
            elif raw[:5] == b"<?xml":
                end = raw.find(b"?>")
                if end < 0 and not final:
                    return
                head = raw[:end].decode("latin-1")
                m = _decl_encoding.search(head)
                name = m.group(1) or m.group(2) if m else "utf-8"
            else:
                name = "utf-8"
        codecs.lookup(name)
        self._raw = None
        if skip:
            # The byte order mark is dropped but counts as a column.
            self._fresh = False
            self._col = 1
        self._dec = codecs.getincrementaldecoder(name)("strict")
        text = self._decode(raw[skip:], final)
        if text:
            self._take(text, False)

    def _take(self, text, final):
        if self._closed:
            self._fail(4, len(self._buf))
        if self._fresh and text:
            self._fresh = False
            if text[0] == "\ufeff":
                # A byte order mark opening the document is skipped (it
                # still counts as a column).
                text = text[1:]
                self._col = 1
        if self._cr:
            text = "\r" + text
            self._cr = False
        if "\r" in text:
            if text[-1] == "\r" and not final:
                text = text[:-1]
                self._cr = True
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        bad = _bad_chars.search(text) if text else None
        if bad is not None:
            self._buf += text[:bad.start()]
            self._scan(False)
            self._fail(4, len(self._buf))
        if self._buf:
            self._buf += text
        else:
            self._buf = text
        self._scan(final)

    # -- the scanner

    def _scan(self, final):
        buf = self._buf
        n = len(buf)
        pos = 0
        open_ = self._open
        t_data = self._t_data
        builder = self._builder
        shapes = _tag_shapes
        t_start = self._t_start
        t_end = self._t_end
        whole = self._whole_text
        try:
            while pos < n:
                if self._phase != 1:
                    pos = _space_run.match(buf, pos).end()
                    if pos < n:
                        pos = self._outside(buf, pos, n, final)
                    continue
                lt = buf.find("<", pos)
                if lt != pos:
                    if lt < 0:
                        if not final:
                            amp = buf.rfind("&", pos)
                            if amp >= 0 and buf.find(";", amp) < 0:
                                if amp == pos:
                                    raise _NeedMore
                                lt = amp
                            else:
                                lt = n
                        else:
                            lt = n
                        self._text(buf, pos, lt, final)
                        pos = lt
                        continue
                    chunk = buf[pos:lt]
                    if "&" in chunk or "]" in chunk or not (
                            whole or "\n" not in chunk):
                        self._text(buf, pos, lt, final)
                    elif builder is not None:
                        # Plain text: one run for the target.
                        if builder._chain:
                            builder._pieces.append(chunk)
                    elif t_data is not None:
                        t_data(chunk)
                    # On with the markup at lt.
                    pos = lt
                nxt = buf[pos + 1:pos + 2]
                if nxt == "/":
                    top = open_[-1]
                    raw = top[0]
                    end = pos + 2 + len(raw)
                    if buf.startswith(raw, pos + 2) and \
                            buf[end:end + 1] == ">":
                        # The expected end tag, without spaces.
                        end += 1
                    else:
                        m = _close_tag.match(buf, pos)
                        if m is None:
                            self._bad_close(buf, pos, n, final)
                            self._fail(4, pos + 2)
                        if m.group(1) != raw:
                            self._fail(7, pos + 2)
                        end = m.end()
                    open_.pop()
                    if builder is not None:
                        # What TreeBuilder.end does.
                        if builder._pieces:
                            builder._settle_text()
                        if not builder._chain:
                            raise IndexError("pop from empty stack")
                        r = builder._chain.pop()
                        builder._holder = r
                        builder._in_tail = True
                    elif t_end is not None:
                        r = t_end(top[1])
                    else:
                        r = None
                    if self._q_end is not None:
                        self._q_end.append(("end", r))
                    if top[2] is not None:
                        self._pop_ns(top[2])
                    pos = end
                    if not open_:
                        self._phase = 2
                elif nxt == "!":
                    pos = self._bang(buf, pos, n, final)
                elif nxt == "?":
                    pos = self._pi(buf, pos, n, final)
                else:
                    shape = shapes.get(buf[pos:buf.find(">", pos) + 1])
                    if shape is None:
                        shape = self._open_shape(buf, pos, n, final)
                    if shape[5] and "" not in self._ns:
                        # What _start does for a tag without attributes
                        # and prefix, out of a default namespace.
                        raw = shape[0]
                        if builder is not None:
                            # What TreeBuilder.start does.
                            if builder._pieces:
                                builder._settle_text()
                            chain = builder._chain
                            if not chain and builder._top is not None:
                                raise ParseError(
                                    "multiple elements on top level")
                            r = _new_object(Element)
                            r.tag = raw
                            r.attrib = {}
                            r._kids = []
                            if chain:
                                chain[-1]._kids.append(r)
                            else:
                                builder._top = r
                            chain.append(r)
                            builder._holder = r
                            builder._in_tail = False
                        elif t_start is not None:
                            r = t_start(raw, {})
                        else:
                            r = None
                        if self._q_start is not None:
                            self._q_start.append(("start", r))
                        if shape[3]:
                            if t_end is not None:
                                r = t_end(raw)
                            if self._q_end is not None:
                                self._q_end.append(("end", r))
                            if not open_:
                                self._phase = 2
                        else:
                            open_.append((raw, raw, None))
                    else:
                        self._start(shape, pos)
                    pos += shape[4]
        except _NeedMore:
            pass
        self._advance(pos)
        if final:
            if self._buf:
                self._incomplete(self._buf, final)
            if self._phase != 2:
                self._fail(3, 0)

    def _incomplete(self, buf, final):
        """Report the unfinished token at the start of buf (at close)."""
        if buf.startswith("<![CDATA["):
            self._fail(20, len(buf))
        self._fail(5, 0)

    def _outside(self, buf, pos, n, final):
        c = buf[pos]
        if c != "<":
            kind, at = _stray_token(buf, pos, n)
            if kind == "bad":
                self._fail(4, at)
            if kind == "cut":
                if not final:
                    raise _NeedMore
                self._fail(5, pos)
            if self._phase == 2:
                self._fail(9, pos)
            if kind == "open" and not final:
                raise _NeedMore
            self._fail(10 if kind == "peref" else 2, pos)
        nxt = buf[pos + 1:pos + 2]
        if nxt == "?":
            return self._pi(buf, pos, n, final)
        if nxt == "!":
            return self._bang(buf, pos, n, final)
        if nxt == "":
            raise _NeedMore
        if self._phase == 2:
            self._fail(9, pos)
        shape = self._open_shape(buf, pos, n, final)
        self._phase = 1
        self._start(shape, pos)
        return pos + shape[4]

    def _open_shape(self, buf, pos, n, final):
        """The parts of the start tag at pos: (raw name, attribute text,
        its offset, whether it is empty-element, length, whether it has
        neither attributes nor prefix).  Tags repeat, so the parts are
        remembered by the tag's text."""
        gt = buf.find(">", pos)
        # An open tag matched by _open_tag ends at its first '>' (none can
        # be inside its quoted values then), so its text is a fair key.
        shape = _tag_shapes.get(buf[pos:gt + 1])
        if shape is not None:
            return shape
        m = _open_tag.match(buf, pos)
        if m is None:
            self._bad_open(buf, pos, n, final)
            self._fail(4, pos + 1)
        raw, body, empty = m.groups()
        shape = (raw, body, m.start(2) - pos, empty != "", m.end() - pos,
                 not body and ":" not in raw)
        if m.end() == gt + 1:
            if len(_tag_shapes) >= 2000:
                _tag_shapes.clear()
            _tag_shapes[buf[pos:gt + 1]] = shape
        return shape

    def _emit_data(self, text):
        if self._t_data is not None:
            self._t_data(text)

    def _split_lines(self, text):
        if self._whole_text or "\n" not in text:
            self._emit_data(text)
            return
        for piece in re.split("(\n)", text):
            if piece:
                self._emit_data(piece)

    def _text(self, buf, pos, end, final):
        chunk = buf[pos:end]
        if "]]>" in chunk:
            self._fail(4, pos + chunk.index("]]>") + 2)
        if "&" not in chunk:
            if self._t_data is not None:
                self._split_lines(chunk)
            return
        whole = self._whole_text
        parts = [] if whole else None
        i = 0
        while True:
            amp = chunk.find("&", i)
            if amp < 0:
                break
            if amp > i:
                if whole:
                    parts.append(chunk[i:amp])
                else:
                    self._split_lines(chunk[i:amp])
            m = _reference.match(chunk, amp)
            if m is None:
                self._bad_reference(buf, pos + amp, final)
            value = self._resolve(m, pos + amp)
            if whole:
                parts.append(value)
            else:
                self._emit_data(value)
            i = m.end()
        if i < len(chunk):
            if whole:
                parts.append(chunk[i:])
            else:
                self._split_lines(chunk[i:])
        if whole and self._t_data is not None:
            self._t_data("".join(parts))

    def _resolve(self, m, where, undef_at=None):
        name = m.group(1)
        if name is not None:
            v = _PREDEFINED.get(name)
            if v is not None:
                return v
            v = self._dtd.get(name)
            if v is not None:
                return v
            if self._external_dtd:
                v = self.entity.get(name)
                if v is not None:
                    return v
                self._fail(11, where if undef_at is None else undef_at,
                           "undefined entity &%s;" % name)
            self._fail(11, where if undef_at is None else undef_at)
        if m.group(2) is not None:
            cp = int(m.group(2))
        else:
            cp = int(m.group(3), 16)
        if not _char_ok(cp):
            self._fail(14, where)
        return chr(cp)

    def _bad_reference(self, buf, at, final):
        i = at + 1
        n = len(buf)
        if i >= n:
            raise _NeedMore
        if buf[i] == "#":
            i += 1
            digits = "0123456789"
            if i < n and buf[i] == "x":
                i += 1
                digits = "0123456789abcdefABCDEF"
            start = i
            while i < n and buf[i] in digits:
                i += 1
            if i >= n:
                if final:
                    self._fail(5, at)
                raise _NeedMore
            if buf[i] == ";" and i > start:
                return
            self._fail(4, i)
        m = _name_at.match(buf, i)
        if m is None:
            self._fail(4, i)
        if m.end() >= n:
            if final:
                self._fail(5, at)
            raise _NeedMore
        self._fail(4, m.end())

    def _expand_attr(self, value, where, tag_at):
        out = []
        i = 0
        while True:
            amp = value.find("&", i)
            if amp < 0:
                break
            out.append(value[i:amp])
            m = _reference.match(value, amp)
            if m is None:
                self._fail(4, where + amp + 1)
            out.append(self._resolve(m, where + amp, tag_at))
            i = m.end()
        out.append(value[i:])
        return "".join(out)

    def _start(self, shape, pos):
        raw, body, base, empty, _, _ = shape
        attrs = {}
        decls = None
        if body:
            base += pos
            # body matched _open_tag: (spaces, name, '=', quoted value)*.
            i = 0
            size = len(body)
            while i < size:
                i += 1
                while body[i] in " \t\n":
                    i += 1
                eq = body.find("=", i)
                key = body[i:eq]
                if key[-1] in " \t\n":
                    key = key.rstrip(" \t\n")
                key_at = i
                i = eq + 1
                while body[i] in " \t\n":
                    i += 1
                q = body[i]
                close = body.find(q, i + 1)
                v = body[i + 1:close]
                # Where the value starts ('-1' for single quotes, as the
                # group of double-quoted values reports then).
                v_at = i + 1 if q == '"' else -1
                i = close + 1
                if key in attrs or (decls and key.startswith("xmlns")
                                    and key in decls):
                    self._fail(8, base + key_at)
                if "\t" in v or "\n" in v:
                    v = v.translate(_ws_to_space)
                if "&" in v:
                    v = self._expand_attr(v, base + v_at, pos)
                if key[:5] == "xmlns" and (len(key) == 5 or key[5] == ":"):
                    if decls is None:
                        decls = {}
                    prefix = key[6:]
                    if prefix and not v:
                        self._fail(28, pos)
                    decls[prefix] = v
                    attrs[key] = None
                    continue
                attrs[key] = v
        ns = self._ns
        if decls is not None:
            self._ns_saved.append(ns)
            ns = self._ns = dict(ns)
            for prefix, uri in decls.items():
                if uri:
                    ns[prefix] = uri
                else:
                    ns.pop(prefix, None)
            attrs = {k: v for k, v in attrs.items() if v is not None}
        if ":" in raw:
            p, _, local = raw.partition(":")
            uri = ns.get(p)
            if uri is None:
                self._fail(27, pos)
            tag = "{%s}%s" % (uri, local)
        else:
            uri = ns.get("")
            tag = raw if uri is None else "{%s}%s" % (uri, raw)
        if attrs:
            for k in attrs:
                if ":" in k:
                    attrs = self._qualify(attrs, ns, pos)
                    break
        if decls is not None:
            queue = self._queue
            for prefix, uri in decls.items():
                if self._t_start_ns is not None:
                    self._t_start_ns(prefix, uri)
                if queue is not None and "start-ns" in self._want:
                    queue.append(("start-ns", (prefix, uri)))
        if self._t_start is not None:
            r = self._t_start(tag, attrs)
        else:
            r = None
        if self._q_start is not None:
            self._q_start.append(("start", r))
        if empty:
            if self._t_end is not None:
                r = self._t_end(tag)
            if self._q_end is not None:
                self._q_end.append(("end", r))
            if decls is not None:
                self._pop_ns(decls)
            if not self._open:
                self._phase = 2
        else:
            self._open.append((raw, tag, decls))

    def _qualify(self, attrs, ns, pos):
        out = {}
        for k, v in attrs.items():
            if ":" in k:
                p, _, local = k.partition(":")
                uri = ns.get(p)
                if uri is None:
                    self._fail(27, pos)
                k = "{%s}%s" % (uri, local)
            out[k] = v
        return out

    def _pop_ns(self, decls):
        self._ns = self._ns_saved.pop()
        queue = self._queue
        for prefix in reversed(list(decls)):
            if self._t_end_ns is not None:
                self._t_end_ns(prefix)
            if queue is not None and "end-ns" in self._want:
                queue.append(("end-ns", None))

    def _bad_open(self, buf, pos, n, final):
        """The start tag at pos did not match: need more data or fail."""
        m = _name_at.match(buf, pos + 1)
        if m is None:
            if pos + 1 >= n:
                raise _NeedMore
            self._fail(4, pos + 1)
        i = m.end()
        while True:
            if i >= n:
                raise _NeedMore
            j = _space_run.match(buf, i).end()
            if j >= n:
                raise _NeedMore
            c = buf[j]
            if c == ">":
                return
            if c == "/":
                if j + 1 >= n:
                    raise _NeedMore
                if buf[j + 1] == ">":
                    return
                self._fail(4, j + 1)
            if j == i:
                self._fail(4, j)
            a = _name_at.match(buf, j)
            if a is None:
                self._fail(4, j)
            k = _space_run.match(buf, a.end()).end()
            if k >= n:
                raise _NeedMore
            if buf[k] != "=":
                self._fail(4, k)
            k = _space_run.match(buf, k + 1).end()
            if k >= n:
                raise _NeedMore
            q = buf[k]
            if q != '"' and q != "'":
                self._fail(4, k)
            end = k + 1
            while end < n and buf[end] != q:
                if buf[end] == "<":
                    self._fail(4, end)
                end += 1
            if end >= n:
                raise _NeedMore
            i = end + 1

    def _bad_close(self, buf, pos, n, final):
        m = _name_at.match(buf, pos + 2)
        if m is None:
            if pos + 2 >= n:
                raise _NeedMore
            self._fail(4, pos + 2)
        j = _space_run.match(buf, m.end()).end()
        if j >= n:
            raise _NeedMore
        self._fail(4, j)

    def _bang(self, buf, pos, n, final):
        if buf.startswith("<!--", pos):
            end = buf.find("-->", pos + 4)
            if end < 0:
                dd = buf.find("--", pos + 4)
                if dd >= 0 and dd + 2 < n:
                    self._fail(4, dd + 2)
                raise _NeedMore
            body = buf[pos + 4:end]
            dd = body.find("--")
            if dd >= 0:
                self._fail(4, pos + 4 + dd + 2)
            if body.endswith("-"):
                self._fail(4, end + 1)
            if self._t_comment is not None:
                r = self._t_comment(body)
            else:
                r = None
            if self._queue is not None and "comment" in self._want:
                self._queue.append(("comment", r))
            return end + 3
        if buf.startswith("<![CDATA[", pos):
            if self._phase != 1:
                self._fail(9 if self._phase == 2 else 2, pos)
            end = buf.find("]]>", pos + 9)
            if end < 0:
                raise _NeedMore
            body = buf[pos + 9:end]
            if body and self._t_data is not None:
                self._split_lines(body)
            return end + 3
        if buf.startswith("<!DOCTYPE", pos) and self._phase == 0:
            if self._had_doctype:
                self._fail(2, pos)
            self._had_doctype = True
            m = _doctype.match(buf, pos)
            if m is None:
                if buf.find(">", pos) < 0 or ("[" in buf[pos:] and
                                              buf.find("]", pos) < 0):
                    raise _NeedMore
                self._fail(2, pos)
            self._doctype_seen(m)
            return m.end()
        if n - pos < 9 and ("<![CDATA["[:n - pos] == buf[pos:]
                            or "<!DOCTYPE"[:n - pos] == buf[pos:]
                            or "<!--"[:n - pos] == buf[pos:n]):
            raise _NeedMore
        if self._phase == 0:
            m = _name_at.match(buf, pos + 2)
            self._fail(4, m.end() if m is not None else pos + 2)
        self._fail(9 if self._phase == 2 else 4, pos if self._phase == 2
                   else pos + 2)

    def _doctype_seen(self, m):
        name, system, pubid, pubsys, subset = m.groups()
        if pubid is not None:
            system = pubsys
        if system is not None:
            self._external_dtd = True
            system = system[1:-1]
        if pubid is not None:
            pubid = pubid[1:-1]
        if subset:
            for d in _entity_decl.finditer(subset):
                if d.group(1) not in self._dtd:
                    raw = d.group(2)[1:-1]
                    if "&" in raw:
                        raw = _reference.sub(self._charref_only, raw)
                    self._dtd[d.group(1)] = raw
        if self._t_doctype is not None:
            self._t_doctype(name, pubid, system)

    @staticmethod
    def _charref_only(m):
        if m.group(1) is not None:
            return m.group(0)
        if m.group(2) is not None:
            return chr(int(m.group(2)))
        return chr(int(m.group(3), 16))

    def _pi(self, buf, pos, n, final):
        end = buf.find("?>", pos + 2)
        if end < 0:
            raise _NeedMore
        m = _name_at.match(buf, pos + 2)
        if m is None or m.end() > end:
            self._fail(4, pos + 2)
        target = m.group(0)
        rest = buf[m.end():end]
        if rest and rest[0] not in " \t\n":
            self._fail(4, m.end())
        if target.lower() == "xml":
            if self._offset + pos == 0:
                return end + 2
            self._fail(17, pos)
        text = rest.lstrip(" \t\n")
        if self._t_pi is not None:
            r = self._t_pi(target, text)
        else:
            r = None
        if self._queue is not None and "pi" in self._want:
            self._queue.append(("pi", r))
        return end + 2
