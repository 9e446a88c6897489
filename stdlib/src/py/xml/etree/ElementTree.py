"""xml.etree.ElementTree (CPython's xml.etree.ElementTree module, written for pyrs)."""

import codecs
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


class Element:
    """An XML element: tag, attributes, text, tail and a list of children."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if type(attrib) is not dict and not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s"
                            % type(attrib).__name__)
        self.tag = tag
        if extra:
            d = dict(attrib)
            d.update(extra)
            self.attrib = d
        else:
            self.attrib = dict(attrib)
        self._kids = []

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        """Make a new element of the same type as this one."""
        return Element(tag, attrib)

    def __copy__(self):
        other = self.makeelement(self.tag, self.attrib)
        other.text = self.text
        other.tail = self.tail
        other._kids[:] = self._kids
        return other

    def __deepcopy__(self, memo):
        import copy as _copy
        other = self.makeelement(_copy.deepcopy(self.tag, memo),
                                 _copy.deepcopy(self.attrib, memo))
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
        if type(index) is slice or isinstance(index, slice):
            return self._kids[index]
        try:
            return self._kids[index]
        except IndexError:
            raise IndexError("child index out of range") from None

    def __setitem__(self, index, value):
        if type(index) is slice or isinstance(index, slice):
            value = list(value)
            for v in value:
                _expect_seq_element(v)
            self._kids[index] = value
        else:
            try:
                self._kids[index]
            except IndexError:
                raise IndexError("child assignment index out of range") from None
            _expect_seq_element(value)
            self._kids[index] = value

    def __delitem__(self, index):
        try:
            del self._kids[index]
        except IndexError:
            raise IndexError("child deletion index out of range") from None

    def append(self, subelement):
        """Add a child at the end."""
        _expect_element(subelement, "append() argument 1")
        self._kids.append(subelement)

    def extend(self, elements):
        """Add every element of an iterable at the end."""
        new = list(elements)
        for e in new:
            _expect_seq_element(e)
        self._kids.extend(new)

    def insert(self, index, subelement):
        """Insert a child before position index."""
        _expect_element(subelement, "insert() argument 2")
        self._kids.insert(index, subelement)

    def remove(self, subelement):
        """Remove the first child that is subelement."""
        kids = self._kids
        for i, k in enumerate(kids):
            if k is subelement:
                del kids[i]
                return
        for i, k in enumerate(kids):
            if k == subelement:
                del kids[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        """First matching subelement, or None."""
        return _xpathsel.first(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        """Text of the first matching subelement ('' if it has none)."""
        return _xpathsel.text_of_first(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        """List of all matching subelements in document order."""
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
        """Attribute names."""
        return self.attrib.keys()

    def items(self):
        """Attribute (name, value) pairs."""
        return self.attrib.items()

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


def SubElement(parent, tag, attrib={}, **extra):
    """Create an element, append it to parent and return it."""
    if not isinstance(parent, Element):
        raise TypeError("SubElement() argument 1 must be "
                        "xml.etree.ElementTree.Element, not %s"
                        % _kind(parent))
    if not isinstance(attrib, dict):
        raise TypeError("SubElement() argument 3 must be dict, not %s"
                        % type(attrib).__name__)
    if extra:
        attrib = dict(attrib)
        attrib.update(extra)
    child = parent.makeelement(tag, attrib)
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
        text, enc = _render(self._root, encoding, xml_declaration,
                            default_namespace, method, short_empty_elements)
        if enc is None:
            data = "".join(text)
        else:
            data = "".join(text).encode(enc, "xmlcharrefreplace")
        if hasattr(file_or_filename, "write"):
            file_or_filename.write(data)
        else:
            with open(file_or_filename, "w" if enc is None else "wb") as f:
                f.write(data)

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


# (character, reference) pairs, replaced in this order.
_TEXT_REFS = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_ATTR_REFS = _TEXT_REFS + (('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"),
                           ("\t", "&#09;"))
_HTML_ATTR_REFS = (("&", "&amp;"), (">", "&gt;"), ('"', "&quot;"))


def _escaper(refs):
    """A function replacing the characters of `refs` by their references."""
    def escape(s):
        try:
            for char, ref in refs:
                if char in s:
                    s = s.replace(char, ref)
            return s
        except (AttributeError, TypeError):
            _bad_value(s)
    return escape


_esc_text = _escaper(_TEXT_REFS)
_esc_attr = _escaper(_ATTR_REFS)
_esc_attr_html = _escaper(_HTML_ATTR_REFS)


class _NameTable:
    """Maps the names found in a tree to their serialised form."""

    def __init__(self, default_ns):
        self.names = {None: None}
        self.decls = {}          # uri -> prefix
        self.default_ns = default_ns
        if default_ns:
            self.decls[default_ns] = ""

    def add(self, name):
        names = self.names
        if name in names:
            return
        if not isinstance(name, str):
            _bad_value(name)
        if name[:1] == "{":
            close = name.find("}")
            if close < 0:
                names[name] = name
                return
            uri = name[1:close]
            local = name[close + 1:]
            prefix = self.decls.get(uri)
            if prefix is None:
                prefix = _namespace_map.get(uri)
                if prefix is None:
                    prefix = "ns%d" % len(self.decls)
                if prefix != "xml":
                    self.decls[uri] = prefix
            names[name] = "%s:%s" % (prefix, local) if prefix else local
        else:
            if self.default_ns:
                raise ValueError("cannot use non-qualified names with "
                                 "default_namespace option")
            names[name] = name

    def scan(self, root):
        add = self.add
        names = self.names
        for e in root.iter():
            tag = e.tag
            if isinstance(tag, QName):
                if tag.text not in names:
                    add(tag.text)
            elif isinstance(tag, str):
                if tag not in names:
                    add(tag)
            elif tag is not None and tag is not Comment and tag is not PI:
                _bad_value(tag)
            for k, v in e.attrib.items():
                if isinstance(k, QName):
                    k = k.text
                if k not in names:
                    add(k)
                if isinstance(v, QName) and v.text not in names:
                    add(v.text)
            if isinstance(e.text, QName) and e.text.text not in names:
                add(e.text.text)


def _write_start(out, elem, names, name, esc_value):
    """Write '<name', the namespace declarations (on the root) and the attributes."""
    out("<" + name)
    if names.top is elem:
        for uri, prefix in sorted(names.decls.items(), key=lambda kv: kv[1]):
            if prefix:
                prefix = ":" + prefix
            out(' xmlns%s="%s"' % (prefix, _esc_attr(uri)))
    for k, v in elem.attrib.items():
        if isinstance(k, QName):
            k = k.text
        v = names[v.text] if isinstance(v, QName) else esc_value(v)
        out(' %s="%s"' % (names[k], v))


def _emit_xml(out, elem, names, short_empty):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        out("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        out("<?%s?>" % text)
    else:
        if isinstance(tag, QName):
            tag = tag.text
        name = names[tag]
        if name is None:
            if text:
                out(_esc_text(text))
            for e in elem._kids:
                _emit_xml(out, e, names, short_empty)
        else:
            _write_start(out, elem, names, name, _esc_attr)
            if text or elem._kids or not short_empty:
                out(">")
                if text:
                    out(_esc_text(text))
                for e in elem._kids:
                    _emit_xml(out, e, names, short_empty)
                out("</" + name + ">")
            else:
                out(" />")
    if elem.tail:
        out(_esc_text(elem.tail))


def _emit_html(out, elem, names, short_empty):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        out("<!--%s-->" % _esc_text(text))
    elif tag is ProcessingInstruction:
        out("<?%s?>" % _esc_text(text))
    else:
        if isinstance(tag, QName):
            tag = tag.text
        name = names[tag]
        if name is None:
            if text:
                out(_esc_text(text))
            for e in elem._kids:
                _emit_html(out, e, names, short_empty)
        else:
            _write_start(out, elem, names, name, _esc_attr_html)
            out(">")
            low = name.lower()
            if text:
                if low == "script" or low == "style":
                    out(text)
                else:
                    out(_esc_text(text))
            for e in elem._kids:
                _emit_html(out, e, names, short_empty)
            if low not in _HTML_VOID:
                out("</" + name + ">")
    if elem.tail:
        out(_esc_text(elem.tail))


def _render(root, encoding, xml_declaration, default_namespace, method,
            short_empty):
    """Serialise root; returns (list of str pieces, codec or None)."""
    if method is None:
        method = "xml"
    elif method not in ("xml", "html", "text"):
        raise ValueError("unknown method %r" % method)
    if not encoding:
        encoding = "us-ascii"
    low = encoding.lower()
    pieces = []
    out = pieces.append
    if method == "xml" and (xml_declaration or (
            xml_declaration is None and low not in ("utf-8", "us-ascii",
                                                    "unicode"))):
        shown = "utf-8" if low == "unicode" else encoding
        out("<?xml version='1.0' encoding='%s'?>\n" % shown)
    if method == "text":
        for part in root.itertext():
            out(part)
    else:
        names = _NameTable(default_namespace)
        names.scan(root)
        names.top = root
        if method == "xml":
            _emit_xml(out, root, _Names(names), short_empty)
        else:
            _emit_html(out, root, _Names(names), short_empty)
    return pieces, (None if low == "unicode" else encoding)


class _Names(dict):
    """The name table handed to the writers (a dict with two extras)."""

    def __init__(self, table):
        dict.__init__(self, table.names)
        self.decls = table.decls
        self.top = table.top


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """Serialise an element (and its subtree) to bytes, or str if encoding
    is 'unicode'."""
    pieces, enc = _render(element, encoding, xml_declaration,
                          default_namespace, method, short_empty_elements)
    text = "".join(pieces)
    if enc is None:
        return text
    return text.encode(enc, "xmlcharrefreplace")


def tostringlist(element, encoding=None, method=None, *,
                 xml_declaration=None, default_namespace=None,
                 short_empty_elements=True):
    """Like tostring, but returns a list of pieces."""
    pieces, enc = _render(element, encoding, xml_declaration,
                          default_namespace, method, short_empty_elements)
    if enc is None:
        return pieces
    return ["".join(pieces).encode(enc, "xmlcharrefreplace")]


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


class _EventStream:
    """Iterator returned by iterparse; .root is set once parsing ends."""

    def __init__(self, source, events, parser):
        self._pull = XMLPullParser(events=events, _parser=parser)
        self._owned = not hasattr(source, "read")
        if self._owned:
            source = open(source, "rb")
        self._source = source
        self._gen = self._run()
        self.root = None

    def _run(self):
        pull = self._pull
        src = self._source
        try:
            while True:
                yield from pull.read_events()
                block = src.read(16 * 1024)
                if not block:
                    break
                pull.feed(block)
            root = pull._finish()
            yield from pull.read_events()
            self.root = root
        finally:
            if self._owned:
                src.close()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def iterparse(source, events=None, parser=None):
    """Parse incrementally, yielding (event, element) pairs."""
    return _EventStream(source, events, parser)


class XMLPullParser:
    """Non-blocking parser: feed data, then read the events it produced."""

    def __init__(self, events=None, *, _parser=None):
        self._queue = []
        self._parser = _parser or _fresh_parser()
        if events is None:
            events = ("end",)
        self._parser._listen(self._queue, events)

    def feed(self, data):
        """Feed more data to the parser."""
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._queue.append(exc)

    def _finish(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        """Finish parsing."""
        self._finish()

    def flush(self):
        self._parser.flush()

    def read_events(self):
        """Iterator over the events produced since the last call."""
        queue = self._queue
        while queue:
            item = queue.pop(0)
            if isinstance(item, Exception):
                raise item
            yield item


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
    """Target that builds an element tree from parser callbacks."""

    def __init__(self, element_factory=None, *, comment_factory=None,
                 pi_factory=None, insert_comments=False, insert_pis=False):
        self._stack = []
        self._parts = []
        self._last = None
        self._after = False
        self._top = None
        self._make = Element if element_factory is None else element_factory
        self._make_comment = comment_factory or Comment
        self._make_pi = pi_factory or ProcessingInstruction
        self._keep_comments = insert_comments
        self._keep_pis = insert_pis

    def close(self):
        """Finish building; returns the root element."""
        if self._stack:
            raise AssertionError("missing end tags")
        if self._top is None:
            raise AssertionError("missing toplevel element")
        return self._top

    def _settle(self):
        parts = self._parts
        if parts:
            last = self._last
            if last is not None:
                text = parts[0] if len(parts) == 1 else "".join(parts)
                if self._after:
                    last.tail = text
                else:
                    last.text = text
            self._parts = []

    def data(self, data):
        """Add text to the current element."""
        self._parts.append(data)

    def start(self, tag, attrs):
        """Open an element."""
        if self._parts:
            self._settle()
        elem = self._make(tag, attrs)
        stack = self._stack
        if stack:
            stack[-1].append(elem)
        elif self._top is None:
            self._top = elem
        stack.append(elem)
        self._last = elem
        self._after = False
        return elem

    def end(self, tag):
        """Close the current element."""
        if self._parts:
            self._settle()
        elem = self._last = self._stack.pop()
        self._after = True
        return elem

    def _leaf(self, elem, keep):
        if keep and self._stack:
            if self._parts:
                self._settle()
            self._stack[-1].append(elem)
            self._last = elem
            self._after = True
        return elem

    def comment(self, text):
        """Create a comment (inserted if insert_comments was given)."""
        return self._leaf(self._make_comment(text), self._keep_comments)

    def pi(self, target, text=None):
        """Create a processing instruction (inserted if insert_pis)."""
        return self._leaf(self._make_pi(target, text), self._keep_pis)


# The scanner.  Names are approximated: an XML name starts with a letter,
# '_', ':' or a non-ASCII character and goes on with those, digits, '-', '.'.

_NM = ("[A-Za-z_:\u00c0-\U0010ffff][-.0-9A-Za-z_:\u00b7\u00c0-\U0010ffff]*")
_WS = "[ \t\n]"
_name_at = re.compile(_NM)
_open_tag = re.compile(
    "<(%s)((?:%s+%s%s*=%s*(?:\"[^<\"]*\"|'[^<']*'))*)%s*(/?)>"
    % (_NM, _WS, _NM, _WS, _WS, _WS))
_one_attr = re.compile(
    "(%s)%s*=%s*(?:\"([^<\"]*)\"|'([^<']*)')" % (_NM, _WS, _WS))
_close_tag = re.compile("</(%s)%s*>" % (_NM, _WS))
_reference = re.compile("&(?:(%s)|#([0-9]+)|#x([0-9a-fA-F]+));" % _NM)
_bad_chars = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_space_run = re.compile("%s*" % _WS)
_prolog_junk = re.compile("[^<&]*")
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
    11: "undefined entity",
    14: "reference to invalid character number",
    17: "XML or text declaration not at start of entity",
    20: "unclosed CDATA section",
    27: "unbound prefix",
    28: "must not undeclare prefix",
}


class _NeedMore(Exception):
    """Internal: the token at the end of the buffer is not complete yet."""


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
        self._open = []           # (raw name, tag, declared prefixes)
        self._ns = {"xml": _XML_NS}
        self._ns_saved = []
        self._phase = 0           # 0 prolog, 1 in root, 2 after root
        self._had_doctype = False
        self._dtd = {}
        self._external_dtd = False
        self._queue = None
        self._want = ()
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

    def _listen(self, queue, events):
        want = set()
        for ev in events:
            if ev not in _KNOWN_EVENTS:
                raise ValueError("unknown event %r" % (ev,))
            want.add(ev)
        self._queue = queue
        self._want = want

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
        self._dec = codecs.getincrementaldecoder(name)("strict")
        text = self._decode(raw[skip:], final)
        if text:
            self._take(text, False)

    def _take(self, text, final):
        if self._closed:
            self._fail(4, len(self._buf))
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
                nxt = buf[pos + 1:pos + 2]
                if nxt == "/":
                    m = _close_tag.match(buf, pos)
                    if m is None:
                        self._bad_close(buf, pos, n, final)
                        self._fail(4, pos + 2)
                    raw = m.group(1)
                    top = open_[-1]
                    if raw != top[0]:
                        self._fail(7, pos + 2)
                    open_.pop()
                    if self._t_end is not None:
                        r = self._t_end(top[1])
                    else:
                        r = None
                    if self._queue is not None and "end" in self._want:
                        self._queue.append(("end", r))
                    if top[2] is not None:
                        self._pop_ns(top[2])
                    pos = m.end()
                    if not open_:
                        self._phase = 2
                elif nxt == "!":
                    pos = self._bang(buf, pos, n, final)
                elif nxt == "?":
                    pos = self._pi(buf, pos, n, final)
                else:
                    m = _open_tag.match(buf, pos)
                    if m is None:
                        self._bad_open(buf, pos, n, final)
                        self._fail(4, pos + 1)
                    self._start(m, pos)
                    pos = m.end()
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
            if c == "&":
                self._fail(4, pos)
            if self._phase == 2:
                self._fail(9, pos)
            if c == ">":
                self._fail(2, pos)
            stop = _prolog_junk.match(buf, pos).end()
            if stop >= n and not final:
                raise _NeedMore
            self._fail(4, stop)
        nxt = buf[pos + 1:pos + 2]
        if nxt == "?":
            return self._pi(buf, pos, n, final)
        if nxt == "!":
            return self._bang(buf, pos, n, final)
        if nxt == "":
            raise _NeedMore
        if self._phase == 2:
            self._fail(9, pos)
        m = _open_tag.match(buf, pos)
        if m is None:
            self._bad_open(buf, pos, n, final)
            self._fail(4, pos + 1)
        self._phase = 1
        self._start(m, pos)
        return m.end()

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

    def _start(self, m, pos):
        raw = m.group(1)
        attrs = {}
        decls = None
        body = m.group(2)
        if body:
            base = m.start(2)
            for a in _one_attr.finditer(body):
                key = a.group(1)
                v = a.group(2)
                if v is None:
                    v = a.group(3)
                if key in attrs or (decls and key.startswith("xmlns")
                                    and key in decls):
                    self._fail(8, base + a.start(1))
                if "\t" in v or "\n" in v:
                    v = v.translate(_ws_to_space)
                if "&" in v:
                    v = self._expand_attr(v, base + a.start(2), pos)
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
        queue = self._queue
        if decls is not None:
            for prefix, uri in decls.items():
                if self._t_start_ns is not None:
                    self._t_start_ns(prefix, uri)
                if queue is not None and "start-ns" in self._want:
                    queue.append(("start-ns", (prefix, uri)))
        if self._t_start is not None:
            r = self._t_start(tag, attrs)
        else:
            r = None
        if queue is not None and "start" in self._want:
            queue.append(("start", r))
        if m.group(3):
            if self._t_end is not None:
                r = self._t_end(tag)
            if queue is not None and "end" in self._want:
                queue.append(("end", r))
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
