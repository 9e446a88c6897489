"""Lightweight DOM Level 2 implementation for pyrs (xml.dom.minidom).

parse() and parseString() build a Document from XML text using a small
namespace-aware XML parser bundled with this module; documents can also be
built by hand through getDOMImplementation().createDocument().
"""

import io
import re

from . import (EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE, XML_NAMESPACE,
               HierarchyRequestErr, IndexSizeErr, InuseAttributeErr,
               InvalidCharacterErr, NamespaceErr, NoModificationAllowedErr,
               NotFoundErr, NotSupportedErr, WrongDocumentErr)
from . import Node as _NodeConstants

__all__ = ["parse", "parseString", "getDOMImplementation", "Node",
           "Document", "Element", "Text", "Comment", "Attr"]

_ELEMENT = _NodeConstants.ELEMENT_NODE
_ATTRIBUTE = _NodeConstants.ATTRIBUTE_NODE
_TEXT = _NodeConstants.TEXT_NODE
_CDATA = _NodeConstants.CDATA_SECTION_NODE
_ENTREF = _NodeConstants.ENTITY_REFERENCE_NODE
_ENTITY = _NodeConstants.ENTITY_NODE
_PI = _NodeConstants.PROCESSING_INSTRUCTION_NODE
_COMMENT = _NodeConstants.COMMENT_NODE
_DOCUMENT = _NodeConstants.DOCUMENT_NODE
_DOCTYPE = _NodeConstants.DOCUMENT_TYPE_NODE
_FRAGMENT = _NodeConstants.DOCUMENT_FRAGMENT_NODE
_NOTATION = _NodeConstants.NOTATION_NODE

_CONTENT_TYPES = (_ELEMENT, _PI, _COMMENT, _TEXT, _CDATA, _ENTREF)


def _readonly_length(self, value):
    raise NoModificationAllowedErr(
        "attempt to modify read-only attribute 'length'")


class NodeList(list):
    """A list of nodes with the DOM ``item()``/``length`` interface."""
    __slots__ = ()

    def item(self, index):
        return self[index] if 0 <= index < len(self) else None

    length = property(lambda self: len(self), _readonly_length)


class EmptyNodeList(tuple):
    """Immutable, always-empty node list used by leaf nodes."""
    __slots__ = ()

    def item(self, index):
        return None

    def __add__(self, other):
        result = NodeList()
        result.extend(other)
        return result

    __radd__ = __add__

    length = property(lambda self: 0, _readonly_length)


def _escape(text):
    # &, <, " and > are the characters minidom escapes (text and attributes)
    if not text:
        return ""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(
        '"', "&quot;").replace(">", "&gt;")


def _split_qname(qname):
    """'p:local' -> ('p', 'local'); 'local' -> (None, 'local')."""
    head, sep, tail = qname.partition(':')
    if sep:
        return head, tail
    return None, qname


def _position(children, node):
    """Index of *node* (by identity) in *children*; NotFoundErr if absent."""
    for pos, child in enumerate(children):
        if child is node:
            return pos
    raise NotFoundErr()


def _relink(parent):
    """Recompute sibling pointers of all children of *parent*."""
    kids = parent.childNodes
    prev = None
    for kid in kids:
        kid.previousSibling = prev
        if prev is not None:
            prev.nextSibling = kid
        prev = kid
    if prev is not None:
        prev.nextSibling = None


def _attach(parent, node, pos=None):
    """Put *node* (already detached) into *parent* at *pos* (None = end)."""
    kids = parent.childNodes
    if pos is None:
        pos = len(kids)
    kids.insert(pos, node)
    node.parentNode = parent
    node.previousSibling = kids[pos - 1] if pos > 0 else None
    node.nextSibling = kids[pos + 1] if pos + 1 < len(kids) else None
    if node.previousSibling is not None:
        node.previousSibling.nextSibling = node
    if node.nextSibling is not None:
        node.nextSibling.previousSibling = node


def _detach(parent, pos):
    kids = parent.childNodes
    node = kids.pop(pos)
    before, after = node.previousSibling, node.nextSibling
    if before is not None:
        before.nextSibling = after
    if after is not None:
        after.previousSibling = before
    node.parentNode = node.previousSibling = node.nextSibling = None
    return node


def _walk_elements(node):
    """Yield all element descendants of *node* in document order."""
    for kid in node.childNodes:
        if kid.nodeType == _ELEMENT:
            yield kid
            yield from _walk_elements(kid)


class Node(_NodeConstants):
    """Common behaviour of all minidom nodes."""

    namespaceURI = None
    parentNode = None
    ownerDocument = None
    previousSibling = None
    nextSibling = None
    prefix = EMPTY_PREFIX
    _allowed_children = ()
    _userdata = None

    def __bool__(self):
        return True

    # --- serialisation ---
    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None,
                    standalone=None):
        out = io.StringIO()
        if self.nodeType == _DOCUMENT:
            self.writexml(out, "", indent, newl, encoding, standalone)
        else:
            self.writexml(out, "", indent, newl)
        text = out.getvalue()
        if encoding is None:
            return text
        return text.encode(encoding, "xmlcharrefreplace")

    # --- tree access ---
    @property
    def firstChild(self):
        kids = self.childNodes
        return kids[0] if kids else None

    @property
    def lastChild(self):
        kids = self.childNodes
        return kids[-1] if kids else None

    @property
    def localName(self):
        return self._local_name()

    def _local_name(self):
        return None

    def hasChildNodes(self):
        return len(self.childNodes) > 0

    def isSameNode(self, other):
        return self is other

    # --- tree modification ---
    def _check_child(self, node):
        if node.nodeType not in self._allowed_children:
            raise HierarchyRequestErr(
                "%r cannot be child of %r" % (node, self))

    def appendChild(self, node):
        if node.nodeType == _FRAGMENT:
            for kid in list(node.childNodes):
                self.appendChild(kid)
            return node
        self._check_child(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        _attach(self, node)
        return node

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == _FRAGMENT:
            for kid in list(newChild.childNodes):
                self.insertBefore(kid, refChild)
            return newChild
        self._check_child(newChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        if refChild is None:
            return self.appendChild(newChild)
        _attach(self, newChild, _position(self.childNodes, refChild))
        return newChild

    def replaceChild(self, newChild, oldChild):
        if newChild.nodeType == _FRAGMENT:
            anchor = oldChild.nextSibling
            self.removeChild(oldChild)
            return self.insertBefore(newChild, anchor)
        self._check_child(newChild)
        if newChild is oldChild:
            return None
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        pos = _position(self.childNodes, oldChild)
        _detach(self, pos)
        _attach(self, newChild, pos)
        return oldChild

    def removeChild(self, oldChild):
        return _detach(self, _position(self.childNodes, oldChild))

    def normalize(self):
        merged = NodeList()
        for kid in self.childNodes:
            if kid.nodeType == _TEXT:
                if not kid.data:
                    kid.unlink()
                    continue
                if merged and merged[-1].nodeType == _TEXT:
                    merged[-1].data += kid.data
                    kid.unlink()
                    continue
            elif kid.nodeType == _ELEMENT:
                kid.normalize()
            merged.append(kid)
        self.childNodes[:] = merged
        for kid in merged:
            kid.parentNode = self
        _relink(self)

    def cloneNode(self, deep):
        return self._copy(self.ownerDocument or self, deep)

    def _copy_children(self, clone, doc):
        for kid in self.childNodes:
            clone.appendChild(kid._copy(doc, True))

    def isSupported(self, feature, version):
        return DOMImplementation().hasFeature(feature, version)

    def getInterface(self, feature):
        return self if self.isSupported(feature, None) else None

    def getUserData(self, key):
        store = self._userdata
        if store and key in store:
            return store[key][0]
        return None

    def setUserData(self, key, data, handler):
        if self._userdata is None:
            self._userdata = {}
        previous = self.getUserData(key)
        if data is None:
            self._userdata.pop(key, None)
        else:
            self._userdata[key] = (data, handler)
        return previous

    def unlink(self):
        self.parentNode = None
        self.ownerDocument = None
        self.previousSibling = self.nextSibling = None
        kids = self.childNodes
        if kids:
            for kid in kids:
                kid.unlink()
            self.childNodes = NodeList()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.unlink()


class DocumentFragment(Node):
    nodeType = _FRAGMENT
    nodeName = "#document-fragment"
    nodeValue = None
    attributes = None
    _allowed_children = _CONTENT_TYPES + (_NOTATION,)

    def __init__(self):
        self.childNodes = NodeList()

    def _copy(self, doc, deep):
        clone = doc.createDocumentFragment()
        if deep:
            self._copy_children(clone, doc)
        return clone


class TypeInfo:
    __slots__ = ('namespace', 'name')

    def __init__(self, namespace, name):
        self.namespace = namespace
        self.name = name

    def __repr__(self):
        if self.namespace:
            return "<TypeInfo %r (from %r)>" % (self.name, self.namespace)
        return "<TypeInfo %r>" % (self.name,)


_NO_TYPE = TypeInfo(None, None)


class Attr(Node):
    """An attribute node; its value is mirrored into a single Text child."""

    nodeType = _ATTRIBUTE
    attributes = None
    specified = False
    isId = False
    schemaType = _NO_TYPE
    _allowed_children = (_TEXT, _ENTREF)

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None,
                 prefix=None):
        self._qname = qName
        self.namespaceURI = namespaceURI
        self._lname = localName
        self._pfx = prefix
        self.ownerElement = None
        holder = Text()
        holder._data = ""
        self.childNodes = NodeList([holder])
        self._val = ""

    def _local_name(self):
        if self._lname is not None:
            return self._lname
        return self._qname.split(":", 1)[-1]

    def _get_name(self):
        return self._qname

    def _set_name(self, value):
        self._qname = value

    name = nodeName = property(_get_name, _set_name)

    def _get_value(self):
        return self._val

    def _set_value(self, value):
        self._val = value
        if self.childNodes:
            self.childNodes[0]._data = value

    value = nodeValue = property(_get_value, _set_value)

    def _get_prefix(self):
        return self._pfx

    def _set_prefix(self, prefix):
        if prefix == "xmlns" and self.namespaceURI \
                and self.namespaceURI != XMLNS_NAMESPACE:
            raise NamespaceErr(
                "illegal use of 'xmlns' prefix for the wrong namespace")
        self._pfx = prefix
        local = self.localName
        self._qname = local if prefix is None else prefix + ":" + local

    prefix = property(_get_prefix, _set_prefix)

    def unlink(self):
        owner = self.ownerElement
        if owner is not None and owner._attrs is not None:
            if owner._attrs.get(self._qname) is self:
                del owner._attrs[self._qname]
        self.ownerElement = None
        for kid in self.childNodes:
            kid.unlink()
        del self.childNodes[:]

    def _copy(self, doc, deep):
        clone = doc.createAttributeNS(self.namespaceURI, self.nodeName)
        clone.specified = True
        clone.value = self.value
        return clone


class NamedNodeMap:
    """Live view of an element's attributes, in insertion order."""

    __slots__ = ('_elem',)

    def __init__(self, element):
        self._elem = element

    @property
    def _store(self):
        self._elem._ensure_attrs()
        return self._elem._attrs

    @property
    def length(self):
        return len(self._store)

    def __len__(self):
        return len(self._store)

    def item(self, index):
        names = list(self._store)
        if 0 <= index < len(names):
            return self._store[names[index]]
        return None

    def keys(self):
        return self._store.keys()

    def values(self):
        return self._store.values()

    def items(self):
        return [(a.nodeName, a.value) for a in self._store.values()]

    def _ns_index(self):
        return {(a.namespaceURI, a.localName): a for a in self._store.values()}

    def keysNS(self):
        return self._ns_index().keys()

    def itemsNS(self):
        return [((a.namespaceURI, a.localName), a.value)
                for a in self._store.values()]

    def get(self, name, value=None):
        return self._store.get(name, value)

    def __contains__(self, key):
        if isinstance(key, str):
            return key in self._store
        return key in self._ns_index()

    def __eq__(self, other):
        if isinstance(other, NamedNodeMap) and other._elem is self._elem:
            return True
        return NotImplemented

    __hash__ = None

    def __getitem__(self, key):
        if isinstance(key, tuple):
            return self._ns_index()[key]
        return self._store[key]

    def __setitem__(self, name, value):
        if isinstance(value, str):
            node = self._store.get(name)
            if node is None:
                node = Attr(name)
                node.ownerDocument = self._elem.ownerDocument
                self.setNamedItem(node)
            node.value = value
        elif isinstance(value, Attr):
            self.setNamedItem(value)
        else:
            raise TypeError("value must be a string or Attr object")

    def __delitem__(self, key):
        self[key].unlink()

    def getNamedItem(self, name):
        return self._store.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        return self._ns_index().get((namespaceURI, localName))

    def removeNamedItem(self, name):
        node = self._store.get(name)
        if node is None:
            raise NotFoundErr()
        del self._store[name]
        node.ownerElement = None
        return node

    def removeNamedItemNS(self, namespaceURI, localName):
        node = self.getNamedItemNS(namespaceURI, localName)
        if node is None:
            raise NotFoundErr()
        return self.removeNamedItem(node.nodeName)

    def setNamedItem(self, node):
        if not isinstance(node, Attr):
            raise HierarchyRequestErr(
                "%r cannot be child of %r" % (node, self))
        previous = self._store.get(node.name)
        if previous is not None:
            previous.unlink()
        self._elem._store_attr(node)
        return previous

    setNamedItemNS = setNamedItem


AttributeList = NamedNodeMap


class Element(Node):
    nodeType = _ELEMENT
    nodeValue = None
    schemaType = _NO_TYPE
    _allowed_children = _CONTENT_TYPES

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None,
                 localName=None):
        self.tagName = self.nodeName = tagName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self._lname = localName
        self.childNodes = NodeList()
        self._attrs = None

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    def _local_name(self):
        if self._lname is not None:
            return self._lname
        return self.tagName.split(":", 1)[-1]

    # --- attribute storage ---
    def _ensure_attrs(self):
        if self._attrs is None:
            self._attrs = {}

    def _store_attr(self, attr):
        self._ensure_attrs()
        self._attrs[attr.name] = attr
        attr.ownerElement = self

    def _find_ns(self, namespaceURI, localName):
        if self._attrs:
            for attr in self._attrs.values():
                if attr.namespaceURI == namespaceURI \
                        and attr.localName == localName:
                    return attr
        return None

    @property
    def attributes(self):
        return NamedNodeMap(self)

    def hasAttributes(self):
        return bool(self._attrs)

    def getAttribute(self, attname):
        try:
            return self._attrs[attname].value
        except (KeyError, TypeError):
            return ""

    def getAttributeNS(self, namespaceURI, localName):
        attr = self._find_ns(namespaceURI, localName)
        return "" if attr is None else attr.value

    def getAttributeNode(self, attrname):
        if not self._attrs:
            return None
        return self._attrs.get(attrname)

    def getAttributeNodeNS(self, namespaceURI, localName):
        return self._find_ns(namespaceURI, localName)

    def setAttribute(self, attname, value):
        attr = self.getAttributeNode(attname)
        if attr is not None:
            if value != attr.value:
                attr.value = value
            return
        attr = Attr(attname)
        attr.value = value
        attr.ownerDocument = self.ownerDocument
        self.setAttributeNode(attr)

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix, local = _split_qname(qualifiedName)
        attr = self._find_ns(namespaceURI, local)
        if attr is None:
            attr = Attr(qualifiedName, namespaceURI, local, prefix)
            attr.value = value
            attr.ownerDocument = self.ownerDocument
            self.setAttributeNode(attr)
            return
        if value != attr.value:
            attr.value = value
        if attr.prefix != prefix:
            # the node is renamed but stays filed under its old name
            attr._pfx = prefix
            attr._qname = qualifiedName

    def setAttributeNode(self, attr):
        if attr.ownerElement is not None and attr.ownerElement is not self:
            raise InuseAttributeErr("attribute node already owned")
        self._ensure_attrs()
        replaced = []
        by_name = self._attrs.get(attr.name)
        if by_name is not None:
            replaced.append(by_name)
        by_ns = self._find_ns(attr.namespaceURI, attr.localName)
        if by_ns is not None and by_ns is not by_name:
            replaced.append(by_ns)
        for old in replaced:
            self.removeAttributeNode(old)
        self._store_attr(attr)
        for old in replaced:
            if old is not attr:
                return old
        return None

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        if not self._attrs or name not in self._attrs:
            raise NotFoundErr()
        self.removeAttributeNode(self._attrs[name])

    def removeAttributeNS(self, namespaceURI, localName):
        attr = self._find_ns(namespaceURI, localName)
        if attr is None:
            raise NotFoundErr()
        self.removeAttributeNode(attr)

    def removeAttributeNode(self, node):
        if node is None or not self._attrs \
                or self._attrs.get(node.name) is not node:
            raise NotFoundErr()
        node.unlink()
        node.ownerDocument = self.ownerDocument
        return node

    removeAttributeNodeNS = removeAttributeNode

    def hasAttribute(self, name):
        return bool(self._attrs) and name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return self._find_ns(namespaceURI, localName) is not None

    def setIdAttribute(self, name):
        self.setIdAttributeNode(self.getAttributeNode(name))

    def setIdAttributeNS(self, namespaceURI, localName):
        self.setIdAttributeNode(self.getAttributeNodeNS(namespaceURI,
                                                        localName))

    def setIdAttributeNode(self, idAttr):
        if idAttr is None or idAttr.ownerElement is not self:
            raise NotFoundErr()
        idAttr.isId = True

    # --- searching ---
    def getElementsByTagName(self, name):
        return NodeList(e for e in _walk_elements(self)
                        if name == "*" or e.tagName == name)

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return NodeList(
            e for e in _walk_elements(self)
            if (localName == "*" or e.localName == localName)
            and (namespaceURI == "*" or e.namespaceURI == namespaceURI))

    # --- output ---
    def writexml(self, writer, indent="", addindent="", newl=""):
        parts = [indent, "<", self.tagName]
        if self._attrs:
            for name, attr in self._attrs.items():
                parts.append(' %s="%s"' % (name, _escape(attr.value)))
        writer.write("".join(parts))
        kids = self.childNodes
        if not kids:
            writer.write("/>" + newl)
            return
        writer.write(">")
        if len(kids) == 1 and kids[0].nodeType in (_TEXT, _CDATA):
            kids[0].writexml(writer, "", "", "")
        else:
            writer.write(newl)
            inner = indent + addindent
            for kid in kids:
                kid.writexml(writer, inner, addindent, newl)
            writer.write(indent)
        writer.write("</" + self.tagName + ">" + newl)

    def unlink(self):
        if self._attrs:
            for attr in list(self._attrs.values()):
                attr.unlink()
        self._attrs = None
        Node.unlink(self)

    def _copy(self, doc, deep):
        clone = doc.createElementNS(self.namespaceURI, self.nodeName)
        if self._attrs:
            for attr in self._attrs.values():
                clone.setAttributeNS(attr.namespaceURI, attr.nodeName,
                                     attr.value)
                clone.getAttributeNode(attr.nodeName).specified = \
                    attr.specified
        if deep:
            self._copy_children(clone, doc)
        return clone


class Childless:
    """Mix-in for node types that never have children."""

    attributes = None
    childNodes = EmptyNodeList()
    firstChild = None
    lastChild = None

    def _no_kids(self, exc, verb):
        raise exc("%s nodes %s" % (self.nodeName, verb))

    def appendChild(self, node):
        self._no_kids(HierarchyRequestErr, "cannot have children")

    def insertBefore(self, newChild, refChild):
        self._no_kids(HierarchyRequestErr, "do not have children")

    def replaceChild(self, newChild, oldChild):
        self._no_kids(HierarchyRequestErr, "do not have children")

    def removeChild(self, oldChild):
        self._no_kids(NotFoundErr, "do not have children")

    def hasChildNodes(self):
        return False

    def normalize(self):
        return None


class ProcessingInstruction(Childless, Node):
    nodeType = _PI

    def __init__(self, target, data):
        self.target = target
        self.data = data

    nodeName = property(lambda self: self.target,
                        lambda self, v: setattr(self, 'target', v))
    nodeValue = property(lambda self: self.data,
                         lambda self, v: setattr(self, 'data', v))

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))

    def _copy(self, doc, deep):
        return doc.createProcessingInstruction(self.target, self.data)


def _check_range(data, offset, count=None, insert=False):
    if offset < 0:
        raise IndexSizeErr("offset cannot be negative")
    if offset >= len(data):
        raise IndexSizeErr("offset cannot be beyond end of data")
    if count is not None and count < 0:
        raise IndexSizeErr("count cannot be negative")


class CharacterData(Childless, Node):
    _data = ""

    def __init__(self):
        self.ownerDocument = None
        self.parentNode = None
        self.previousSibling = self.nextSibling = None
        self._data = ""

    def _get_data(self):
        return self._data

    def _set_data(self, value):
        self._data = value

    data = nodeValue = property(_get_data, _set_data)

    def __len__(self):
        return len(self._data)

    @property
    def length(self):
        return len(self._data)

    def __repr__(self):
        shown = self._data[:10]
        more = "..." if len(self._data) > 10 else ""
        return '<DOM %s node "%r%s">' % (type(self).__name__, shown, more)

    def substringData(self, offset, count):
        _check_range(self._data, offset, count)
        return self._data[offset:offset + count]

    def appendData(self, arg):
        self.data = self._data + arg

    def insertData(self, offset, arg):
        _check_range(self._data, offset)
        if arg:
            self.data = self._data[:offset] + arg + self._data[offset:]

    def deleteData(self, offset, count):
        _check_range(self._data, offset, count)
        if count:
            self.data = self._data[:offset] + self._data[offset + count:]

    def replaceData(self, offset, count, arg):
        _check_range(self._data, offset, count)
        if count:
            self.data = (self._data[:offset] + arg +
                         self._data[offset + count:])


def _is_textual(node):
    return node is not None and node.nodeType in (_TEXT, _CDATA)


class Text(CharacterData):
    nodeType = _TEXT
    nodeName = "#text"
    attributes = None

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(_escape("%s%s%s" % (indent, self._data, newl)))

    def _copy(self, doc, deep):
        return doc.createTextNode(self._data)

    def splitText(self, offset):
        if not 0 <= offset <= len(self._data):
            raise IndexSizeErr("illegal offset value")
        tail = type(self)()
        tail._data = self._data[offset:]
        tail.ownerDocument = self.ownerDocument
        parent = self.parentNode
        if parent is not None:
            try:
                pos = _position(parent.childNodes, self)
            except NotFoundErr:
                pos = None
            if pos is not None:
                following = self.nextSibling
                if following is None:
                    parent.appendChild(tail)
                else:
                    parent.insertBefore(tail, following)
        self.data = self._data[:offset]
        return tail

    def _text_run(self):
        first = self
        while _is_textual(first.previousSibling):
            first = first.previousSibling
        run = []
        node = first
        while _is_textual(node):
            run.append(node)
            node = node.nextSibling
        return run

    @property
    def wholeText(self):
        return "".join(n.data for n in self._text_run())

    def replaceWholeText(self, content):
        parent = self.parentNode
        for node in self._text_run():
            if node is self and content:
                continue
            if parent is not None:
                parent.removeChild(node)
        if content:
            self.data = content
            return self
        return None

    @property
    def isWhitespaceInElementContent(self):
        return False


class Comment(CharacterData):
    nodeType = _COMMENT
    nodeName = "#comment"

    def __init__(self, data):
        CharacterData.__init__(self)
        self._data = data

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self._data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self._data, newl))

    def _copy(self, doc, deep):
        return doc.createComment(self._data)


class CDATASection(Text):
    nodeType = _CDATA
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "]]>" in self._data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[" + self._data + "]]>")

    def _copy(self, doc, deep):
        return doc.createCDATASection(self._data)


class ReadOnlySequentialNamedNodeMap:
    """Read-only map used for DocumentType.entities / .notations."""

    __slots__ = ('_seq',)

    def __init__(self, seq=()):
        self._seq = list(seq)

    def __len__(self):
        return len(self._seq)

    length = property(lambda self: len(self._seq))

    def item(self, index):
        return self._seq[index] if 0 <= index < len(self._seq) else None

    def getNamedItem(self, name):
        for node in self._seq:
            if node.nodeName == name:
                return node
        return None

    def getNamedItemNS(self, namespaceURI, localName):
        for node in self._seq:
            if node.namespaceURI == namespaceURI and \
                    node.localName == localName:
                return node
        return None

    def __getitem__(self, key):
        if isinstance(key, tuple):
            node = self.getNamedItemNS(*key)
        else:
            node = self.getNamedItem(key)
        if node is None:
            raise KeyError(key)
        return node

    def _readonly(self, *args):
        raise NoModificationAllowedErr("NamedNodeMap instance is read-only")

    removeNamedItem = removeNamedItemNS = _readonly
    setNamedItem = setNamedItemNS = _readonly


class Identified:
    """Mix-in providing publicId / systemId."""
    publicId = None
    systemId = None


class DocumentType(Identified, Childless, Node):
    nodeType = _DOCTYPE
    nodeValue = None
    name = None
    internalSubset = None

    def __init__(self, qualifiedName):
        self.entities = ReadOnlySequentialNamedNodeMap()
        self.notations = ReadOnlySequentialNamedNodeMap()
        if qualifiedName:
            self.name = _split_qname(qualifiedName)[1]
        self.nodeName = self.name

    def writexml(self, writer, indent="", addindent="", newl=""):
        out = ["<!DOCTYPE ", self.name]
        if self.publicId:
            out.append("%s  PUBLIC '%s'%s  '%s'" % (newl, self.publicId,
                                                   newl, self.systemId))
        elif self.systemId:
            out.append("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            out.append(" [" + self.internalSubset + "]")
        out.append(">" + newl)
        writer.write("".join(out))

    def _copy(self, doc, deep):
        clone = DocumentType(None)
        clone.name = clone.nodeName = self.name
        clone.publicId = self.publicId
        clone.systemId = self.systemId
        clone.internalSubset = self.internalSubset
        clone.ownerDocument = doc
        return clone

    def cloneNode(self, deep):
        if self.ownerDocument is not None:
            return None
        return self._copy(None, deep)


class Entity(Identified, Node):
    nodeType = _ENTITY
    nodeValue = None
    attributes = None
    actualEncoding = encoding = version = None

    def __init__(self, name, publicId, systemId, notation):
        self.nodeName = name
        self.publicId = publicId
        self.systemId = systemId
        self.notationName = notation
        self.childNodes = NodeList()

    def _refuse(self, *args):
        raise HierarchyRequestErr("entity nodes cannot be modified")

    appendChild = insertBefore = removeChild = replaceChild = _refuse


class Notation(Identified, Childless, Node):
    nodeType = _NOTATION
    nodeValue = None

    def __init__(self, name, publicId, systemId):
        self.nodeName = name
        self.publicId = publicId
        self.systemId = systemId


class DOMImplementation:
    _FEATURES = {("core", "1.0"), ("core", "2.0"), ("core", None),
                 ("xml", "1.0"), ("xml", "2.0"), ("xml", None),
                 ("ls-load", "3.0"), ("ls-load", None)}

    def hasFeature(self, feature, version):
        return (feature.lower(), version or None) in self._FEATURES

    def createDocumentType(self, qualifiedName, publicId, systemId):
        doctype = DocumentType(qualifiedName)
        doctype.publicId = publicId
        doctype.systemId = systemId
        return doctype

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype is not None and doctype.parentNode is not None:
            raise WrongDocumentErr("doctype object owned by another DOM tree")
        doc = Document()
        want_root = (namespaceURI is not None or qualifiedName is not None
                     or doctype is not None)
        if want_root:
            if not qualifiedName:
                raise InvalidCharacterErr("Element with no name")
            prefix = _split_qname(qualifiedName)[0]
            if prefix == "xml" and namespaceURI != XML_NAMESPACE:
                raise NamespaceErr("illegal use of 'xml' prefix")
            if prefix and not namespaceURI:
                raise NamespaceErr("illegal use of prefix without namespaces")
            root = doc.createElementNS(namespaceURI, qualifiedName)
            if doctype is not None:
                doc.appendChild(doctype)
            doc.appendChild(root)
        if doctype is not None:
            doctype.parentNode = doc
            doctype.ownerDocument = doc
        doc.doctype = doctype
        doc.implementation = self
        return doc

    def getInterface(self, feature):
        return self if self.hasFeature(feature, None) else None


class ElementInfo:
    """Placeholder schema information (no DTD validation is performed)."""
    __slots__ = ('tagName',)

    def __init__(self, name):
        self.tagName = name

    def getAttributeType(self, aname):
        return _NO_TYPE

    def getAttributeTypeNS(self, namespaceURI, localName):
        return _NO_TYPE

    def isElementContent(self):
        return False

    def isEmpty(self):
        return False

    def isId(self, aname):
        return False

    def isIdNS(self, namespaceURI, localName):
        return False


_implementation = DOMImplementation()


class Document(Node):
    nodeType = _DOCUMENT
    nodeName = "#document"
    nodeValue = None
    attributes = None
    implementation = _implementation
    actualEncoding = None
    encoding = None
    standalone = None
    version = None
    strictErrorChecking = False
    errorHandler = None
    documentURI = None
    _allowed_children = (_ELEMENT, _PI, _COMMENT, _DOCTYPE)

    def __init__(self):
        self.doctype = None
        self.childNodes = NodeList()

    @property
    def documentElement(self):
        for kid in self.childNodes:
            if kid.nodeType == _ELEMENT:
                return kid
        return None

    def appendChild(self, node):
        self._check_child(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        if node.nodeType == _ELEMENT and self.documentElement is not None:
            raise HierarchyRequestErr("two document elements disallowed")
        return Node.appendChild(self, node)

    def unlink(self):
        if self.doctype is not None:
            self.doctype.unlink()
            self.doctype = None
        Node.unlink(self)

    def cloneNode(self, deep):
        if not deep:
            return None
        clone = Document()
        clone.implementation = self.implementation
        clone.encoding = self.encoding
        clone.standalone = self.standalone
        clone.version = self.version
        for kid in self.childNodes:
            copy = kid._copy(clone, True)
            _attach(clone, copy)
            if copy.nodeType == _DOCTYPE:
                clone.doctype = copy
        return clone

    # --- factories ---
    def createDocumentFragment(self):
        frag = DocumentFragment()
        frag.ownerDocument = self
        return frag

    def createElement(self, tagName):
        elem = Element(tagName)
        elem.ownerDocument = self
        return elem

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix = _split_qname(qualifiedName)[0]
        elem = Element(qualifiedName, namespaceURI, prefix)
        elem.ownerDocument = self
        return elem

    def _make_chardata(self, cls, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        node = cls()
        node._data = data
        node.ownerDocument = self
        return node

    def createTextNode(self, data):
        return self._make_chardata(Text, data)

    def createCDATASection(self, data):
        return self._make_chardata(CDATASection, data)

    def createComment(self, data):
        node = Comment(data)
        node.ownerDocument = self
        return node

    def createProcessingInstruction(self, target, data):
        node = ProcessingInstruction(target, data)
        node.ownerDocument = self
        return node

    def createAttribute(self, qName):
        attr = Attr(qName)
        attr.ownerDocument = self
        return attr

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix, local = _split_qname(qualifiedName)
        attr = Attr(qualifiedName, namespaceURI, local, prefix)
        attr.ownerDocument = self
        return attr

    # --- searching ---
    def getElementsByTagName(self, name):
        return NodeList(e for e in _walk_elements(self)
                        if name == "*" or e.tagName == name)

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return NodeList(
            e for e in _walk_elements(self)
            if (localName == "*" or e.localName == localName)
            and (namespaceURI == "*" or e.namespaceURI == namespaceURI))

    def getElementById(self, id):
        for elem in _walk_elements(self):
            if elem._attrs:
                for attr in elem._attrs.values():
                    if attr.isId and attr.value == id:
                        return elem
        return None

    def importNode(self, node, deep):
        if node.nodeType == _DOCUMENT:
            raise NotSupportedErr("cannot import document nodes")
        if node.nodeType == _DOCTYPE:
            raise NotSupportedErr("cannot import document type nodes")
        return node._copy(self, deep)

    def isSupported(self, feature, version):
        return self.implementation.hasFeature(feature, version)

    # --- output ---
    def writexml(self, writer, indent="", addindent="", newl="",
                 encoding=None, standalone=None):
        extra = []
        if encoding:
            extra.append('encoding="%s"' % encoding)
        if standalone is not None:
            extra.append('standalone="%s"' % ("yes" if standalone else "no"))
        writer.write('<?xml version="1.0" ' + " ".join(extra) + '?>' + newl)
        for kid in self.childNodes:
            kid.writexml(writer, indent, addindent, newl)


def getDOMImplementation(features=None):
    """Return the minidom DOMImplementation (None if *features* are not
    all supported)."""
    if features:
        if isinstance(features, str):
            words = features.split()
            pairs = []
            for w in words:
                if w[:1].isdigit() and pairs:
                    pairs[-1] = (pairs[-1][0], w)
                else:
                    pairs.append((w, None))
            features = pairs
        for feature, version in features:
            if not _implementation.hasFeature(feature, version):
                return None
    return _implementation


# ---------------------------------------------------------------------------
# XML parsing
# ---------------------------------------------------------------------------

try:
    from xml.parsers.expat import ExpatError
except Exception:  # pyrs has no expat
    class ExpatError(Exception):
        """Raised for XML syntax errors while parsing."""
        code = None
        lineno = None
        offset = None
    ExpatError.__module__ = 'xml.parsers.expat'


def _syntax_error(msg, text, pos):
    line = text.count('\n', 0, pos) + 1
    col = pos - (text.rfind('\n', 0, pos) + 1)
    err = ExpatError('%s: line %d, column %d' % (msg, line, col))
    err.lineno = line
    err.offset = col
    return err


_NAME_START = (r':A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D'
               r'\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF'
               r'\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF')
_NAME_CHARS = _NAME_START + r'\-.0-9\u00B7\u0300-\u036F\u203F-\u2040'
_NAME_RE = re.compile('[%s][%s]*' % (_NAME_START, _NAME_CHARS))
_WS = ' \t\n'
_PREDEF = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}
_DECL_RE = re.compile(
    r'<\?xml(?:\s+version\s*=\s*(["\'])(?P<version>[^"\']*)\1)?'
    r'(?:\s+encoding\s*=\s*(["\'])(?P<encoding>[^"\']*)\3)?'
    r'(?:\s+standalone\s*=\s*(["\'])(?P<standalone>yes|no)\5)?\s*\?>')
_ENTITY_DECL_RE = re.compile(
    r'<!ENTITY\s+([^\s%]\S*)\s+(?:"([^"]*)"|\'([^\']*)\')\s*>')
_BAD_CHARS_RE = re.compile('[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')


def _decode_input(data):
    if isinstance(data, str):
        return data
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, bytes):
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__)
    boms = ((b'\xef\xbb\xbf', 'utf-8'),
            (b'\x00\x00\xfe\xff', 'utf-32-be'),
            (b'\xff\xfe\x00\x00', 'utf-32-le'),
            (b'\xfe\xff', 'utf-16-be'),
            (b'\xff\xfe', 'utf-16-le'))
    for bom, enc in boms:
        if data.startswith(bom):
            return data[len(bom):].decode(enc)
    m = re.match(rb'<\?xml[^>]*?encoding\s*=\s*["\']([A-Za-z0-9._-]+)["\']',
                 data[:300])
    enc = m.group(1).decode('ascii') if m else 'utf-8'
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        head = data[:exc.start]
        line = head.count(b'\n') + 1
        col = exc.start - (head.rfind(b'\n') + 1)
        err = ExpatError('not well-formed (invalid token): line %d, '
                         'column %d' % (line, col))
        err.lineno = line
        err.offset = col
        raise err from None
    except LookupError:
        raise ExpatError('unknown encoding: line 1, column 30') from None


class _Builder:
    """Builds a minidom Document while scanning XML text."""

    def __init__(self, text):
        self.text = text.replace('\r\n', '\n').replace('\r', '\n')
        self.document = Document()
        self.cur = self.document
        self.entities = {}
        self.ns_stack = [{'xml': XML_NAMESPACE}]
        self.pending = []   # pending character data pieces
        self.pending_cdata = None

    # -- helpers --
    def err(self, msg, pos):
        return _syntax_error(msg, self.text, pos)

    def flush_text(self):
        if self.pending:
            data = ''.join(self.pending)
            self.pending = []
            if data:
                last = self.cur.childNodes[-1] if self.cur.childNodes else None
                if last is not None and last.nodeType == Node.TEXT_NODE:
                    last.data = last.data + data
                else:
                    _attach(self.cur, self.document.createTextNode(data))

    def expand(self, s, pos, in_attr=False):
        if '&' not in s:
            return s
        out = []
        i = 0
        n = len(s)
        while i < n:
            j = s.find('&', i)
            if j < 0:
                out.append(s[i:])
                break
            out.append(s[i:j])
            k = s.find(';', j)
            if k < 0:
                raise self.err('not well-formed (invalid token)', pos + j)
            name = s[j + 1:k]
            if name.startswith('#'):
                try:
                    if name[1:2] == 'x':
                        cp = int(name[2:], 16)
                    else:
                        cp = int(name[1:], 10)
                    if cp == 0 or (cp < 0x20 and cp not in (9, 10, 13)) \
                            or 0xD800 <= cp <= 0xDFFF or cp in (0xFFFE, 0xFFFF):
                        raise ValueError
                    out.append(chr(cp))
                except (ValueError, OverflowError):
                    raise self.err('reference to invalid character number',
                                   pos + j)
            elif name in _PREDEF:
                out.append(_PREDEF[name])
            elif name in self.entities:
                out.append(self.entities[name])
            elif not _NAME_RE.fullmatch(name):
                raise self.err('not well-formed (invalid token)', pos + j)
            else:
                raise self.err('undefined entity', pos + j)
            i = k + 1
        return ''.join(out)

    def resolve(self, prefix, pos):
        for scope in reversed(self.ns_stack):
            if prefix in scope:
                uri = scope[prefix]
                if uri is None and prefix is not None:
                    raise self.err('unbound prefix', pos)
                return uri
        if prefix is None:
            return None
        raise self.err('unbound prefix', pos)

    # -- main loop --
    def parse(self):
        text = self.text
        n = len(text)
        i = 0
        m = _BAD_CHARS_RE.search(text)
        bad_pos = m.start() if m else n + 1
        if text.startswith('<?xml') and (len(text) == 5 or text[5] in _WS + '?'):
            j = text.find('?>')
            if j < 0:
                raise self.err('unclosed token', 0)
            dm = _DECL_RE.match(text, 0, j + 2)
            if not dm or dm.end() != j + 2 or dm.group('version') is None:
                raise self.err('XML declaration not well-formed', 0)
            self.document.version = dm.group('version')
            if dm.group('encoding') is not None:
                self.document.encoding = dm.group('encoding')
            if dm.group('standalone') is not None:
                self.document.standalone = dm.group('standalone') == 'yes'
            i = j + 2
        stack = []
        seen_root = False
        while i < n:
            c = text[i]
            if c != '<':
                j = text.find('<', i)
                if j < 0:
                    j = n
                chunk = text[i:j]
                if bad_pos < j:
                    raise self.err('not well-formed (invalid token)', bad_pos)
                if not stack:
                    stripped = chunk.lstrip(_WS)
                    if stripped:
                        p = i + len(chunk) - len(stripped)
                        if seen_root:
                            raise self.err('junk after document element', p)
                        raise self.err('syntax error', p)
                else:
                    k = chunk.find(']]>')
                    if k >= 0:
                        raise self.err('not well-formed (invalid token)',
                                       i + k + 2)
                    self.pending.append(self.expand(chunk, i))
                i = j
                continue
            if text.startswith('<!--', i):
                j = text.find('--', i + 4)
                if j < 0:
                    raise self.err('unclosed token', i)
                if not text.startswith('-->', j):
                    raise self.err('not well-formed (invalid token)', j + 2)
                if bad_pos < j:
                    raise self.err('not well-formed (invalid token)', bad_pos)
                self.flush_text()
                node = self.document.createComment(text[i + 4:j])
                _attach(self.cur, node)
                i = j + 3
                continue
            if text.startswith('<![CDATA[', i):
                if not stack:
                    raise self.err('syntax error', i)
                j = text.find(']]>', i + 9)
                if j < 0:
                    raise self.err('unclosed CDATA section', n)
                data = text[i + 9:j]
                if bad_pos < j:
                    raise self.err('not well-formed (invalid token)', bad_pos)
                if data:
                    self.flush_text()
                    node = self.document.createCDATASection(data)
                    _attach(self.cur, node)
                i = j + 3
                continue
            if text.startswith('<?', i):
                m = _NAME_RE.match(text, i + 2)
                if not m:
                    raise self.err('not well-formed (invalid token)', i + 2)
                target = m.group(0)
                j = text.find('?>', m.end())
                if j < 0:
                    raise self.err('unclosed token', i)
                if target.lower() == 'xml':
                    raise self.err('XML or text declaration not at start '
                                   'of entity', i)
                rest = text[m.end():j]
                if rest and rest[0] not in _WS:
                    raise self.err('not well-formed (invalid token)', m.end())
                data = rest.lstrip(_WS)
                self.flush_text()
                node = self.document.createProcessingInstruction(target, data)
                _attach(self.cur, node)
                i = j + 2
                continue
            if text.startswith('<!DOCTYPE', i):
                if stack or seen_root or self.document.doctype is not None:
                    raise self.err('syntax error', i)
                i = self.parse_doctype(i)
                continue
            if text.startswith('</', i):
                m = _NAME_RE.match(text, i + 2)
                if not m:
                    raise self.err('not well-formed (invalid token)', i + 2)
                name = m.group(0)
                j = m.end()
                while j < n and text[j] in _WS:
                    j += 1
                if j >= n:
                    raise self.err('unclosed token', i)
                if text[j] != '>':
                    raise self.err('not well-formed (invalid token)', j)
                if not stack or stack[-1] != name:
                    raise self.err('mismatched tag', i + 2)
                stack.pop()
                self.flush_text()
                self.ns_stack.pop()
                self.cur = self.cur.parentNode
                i = j + 1
                continue
            if text.startswith('<!', i):
                raise self.err('not well-formed (invalid token)', i + 1)
            # start tag
            if not stack and seen_root:
                raise self.err('junk after document element', i)
            m = _NAME_RE.match(text, i + 1)
            if not m:
                raise self.err('not well-formed (invalid token)', i + 1)
            name = m.group(0)
            j = m.end()
            attrs = []
            seen = set()
            empty = False
            while True:
                k = j
                while j < n and text[j] in _WS:
                    j += 1
                if j >= n:
                    raise self.err('unclosed token', i)
                c = text[j]
                if c == '>':
                    j += 1
                    break
                if c == '/':
                    if text.startswith('/>', j):
                        empty = True
                        j += 2
                        break
                    raise self.err('not well-formed (invalid token)', j)
                am = _NAME_RE.match(text, j)
                if k == j or not am:
                    raise self.err('not well-formed (invalid token)', j)
                aname = am.group(0)
                j = am.end()
                while j < n and text[j] in _WS:
                    j += 1
                if j >= n:
                    raise self.err('unclosed token', i)
                if text[j] != '=':
                    raise self.err('not well-formed (invalid token)', j)
                j += 1
                while j < n and text[j] in _WS:
                    j += 1
                if j >= n:
                    raise self.err('unclosed token', i)
                if text[j] not in '"\'':
                    raise self.err('not well-formed (invalid token)', j)
                q = text[j]
                e = text.find(q, j + 1)
                if e < 0:
                    raise self.err('unclosed token', i)
                raw = text[j + 1:e]
                lt = raw.find('<')
                if lt >= 0:
                    raise self.err('not well-formed (invalid token)',
                                   j + 1 + lt)
                if aname in seen:
                    raise self.err('duplicate attribute', am.start())
                seen.add(aname)
                raw = raw.replace('\t', ' ').replace('\n', ' ')
                attrs.append((aname, self.expand(raw, j + 1, True)))
                j = e + 1
            if bad_pos < j:
                raise self.err('not well-formed (invalid token)', bad_pos)
            seen_root = True
            self.flush_text()
            self.start_element(name, attrs, i)
            if empty:
                self.ns_stack.pop()
                self.cur = self.cur.parentNode
            else:
                stack.append(name)
            i = j
        if stack or not seen_root:
            raise self.err('no element found', n)
        return self.document

    def parse_doctype(self, i):
        text = self.text
        n = len(text)
        j = i + 9
        if j >= n or text[j] not in _WS:
            raise self.err('syntax error', i)
        while j < n and text[j] in _WS:
            j += 1
        m = _NAME_RE.match(text, j)
        if not m:
            raise self.err('syntax error', j)
        name = m.group(0)
        j = m.end()
        publicId = systemId = None
        internal = None

        def skip_ws(j):
            while j < n and text[j] in _WS:
                j += 1
            return j

        def literal(j):
            if j >= n or text[j] not in '"\'':
                raise self.err('syntax error', j)
            e = text.find(text[j], j + 1)
            if e < 0:
                raise self.err('unclosed token', i)
            return text[j + 1:e], e + 1

        j = skip_ws(j)
        if text.startswith('PUBLIC', j):
            j = skip_ws(j + 6)
            publicId, j = literal(j)
            j = skip_ws(j)
            systemId, j = literal(j)
        elif text.startswith('SYSTEM', j):
            j = skip_ws(j + 6)
            systemId, j = literal(j)
        j = skip_ws(j)
        if j < n and text[j] == '[':
            start = j + 1
            k = start
            quote = None
            while k < n:
                ch = text[k]
                if quote:
                    if ch == quote:
                        quote = None
                elif ch in '"\'':
                    quote = ch
                elif ch == ']':
                    break
                k += 1
            if k >= n:
                raise self.err('unclosed token', i)
            internal = text[start:k]
            for em in _ENTITY_DECL_RE.finditer(internal):
                ename = em.group(1)
                val = em.group(2) if em.group(2) is not None else em.group(3)
                if ename not in self.entities:
                    self.entities[ename] = self.expand(val, start + em.start())
            j = skip_ws(k + 1)
        if j >= n or text[j] != '>':
            raise self.err('syntax error', j)
        dt = self.document.implementation.createDocumentType(
            name, publicId, systemId)
        dt.ownerDocument = self.document
        if internal is not None:
            dt.internalSubset = internal
        self.flush_text()
        _attach(self.document, dt)
        self.document.doctype = dt
        return j + 1

    def start_element(self, name, attrs, pos):
        scope = {}
        for aname, value in attrs:
            if aname == 'xmlns':
                scope[None] = value if value else None
            elif aname.startswith('xmlns:'):
                p = aname[6:]
                if not value:
                    raise self.err('must not undeclare prefix', pos)
                scope[p] = value
        self.ns_stack.append(scope)
        prefix, local = _split_qname(name)
        if prefix is not None:
            uri = self.resolve(prefix, pos)
        else:
            uri = self.resolve(None, pos)
        node = Element(name, uri, prefix, local)
        node.ownerDocument = self.document
        _attach(self.cur, node)
        self.cur = node
        if attrs:
            node._ensure_attrs()
        # namespace declarations are reported before ordinary attributes
        attrs = ([(k, v) for k, v in attrs
                  if k == 'xmlns' or k.startswith('xmlns:')] +
                 [(k, v) for k, v in attrs
                  if not (k == 'xmlns' or k.startswith('xmlns:'))])
        for aname, value in attrs:
            if aname == 'xmlns':
                a = Attr(aname, XMLNS_NAMESPACE, 'xmlns', None)
                if not value:
                    value = None
            elif aname.startswith('xmlns:'):
                a = Attr(aname, XMLNS_NAMESPACE, aname[6:], 'xmlns')
            else:
                ap, al = _split_qname(aname)
                if ap is not None:
                    auri = self.resolve(ap, pos)
                    a = Attr(aname, auri, al, ap)
                else:
                    a = Attr(aname, EMPTY_NAMESPACE, aname, None)
            a.value = value
            a.ownerDocument = self.document
            node._store_attr(a)


def _parse_text(text):
    return _Builder(_decode_input(text)).parse()


def parse(file, parser=None, bufsize=None):
    """Parse a file into a DOM by filename or file object."""
    if parser is not None:
        raise NotSupportedErr("custom parsers are not supported")
    if isinstance(file, str) or hasattr(file, '__fspath__'):
        with open(file, 'rb') as fp:
            data = fp.read()
    else:
        data = file.read()
    return _parse_text(data)


def parseString(string, parser=None):
    """Parse a file into a DOM from a string."""
    if parser is not None:
        raise NotSupportedErr("custom parsers are not supported")
    return _parse_text(string)
