import xml.etree.ElementTree as ET
import copy

def show(label, fn):
    try:
        r = fn()
        if isinstance(r, ET.Element):
            r = ('Element', r.tag)
        elif isinstance(r, list) and r and all(isinstance(x, ET.Element) for x in r):
            r = ['E:' + str(x.tag) for x in r]
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)

e = ET.Element("a", x="1", y="2")
show('keys', lambda: e.keys())
show('items', lambda: e.items())
show('keys0', lambda: e.keys()[0])
show('items1', lambda: e.items()[1])
k = e.keys(); e.set('z', '3'); show('keys snapshot', lambda: k)
show('get', lambda: e.get('x'))
show('get default', lambda: e.get('nope', 'd'))
show('get kw', lambda: e.get(key='x'))
show('get kw default', lambda: e.get('q', default=5))
show('get none', lambda: e.get('q'))
show('set ret', lambda: e.set('w', 'v'))
show('set nonstr', lambda: (e.set('n', 5), e.get('n'))[1])
show('attrib', lambda: e.attrib)
show('attrib type', lambda: type(e.attrib).__name__)
show('Element attrib arg', lambda: ET.Element('b', {'p': 'q'}, r='s').attrib)
show('Element attrib bad', lambda: ET.Element('b', [('p', 'q')]))
show('Element attrib None', lambda: ET.Element('b', None))
d = {'k': 'v'}
e2 = ET.Element('c', d)
show('attrib copied', lambda: e2.attrib is d)
show('empty keys', lambda: ET.Element('q').keys())
show('empty items', lambda: ET.Element('q').items())
show('len', lambda: len(e))
show('tag', lambda: e.tag)
show('text tail', lambda: (e.text, e.tail))

root = ET.fromstring('<r xmlns:p="urn:p"><a id="1">t1<b>bt</b>ta</a><a id="2"><c/></a><p:d>pd</p:d><b>second</b>tail</r>')
show('find a', lambda: root.find('a').get('id'))
show('find missing', lambda: root.find('zz'))
show('findall a', lambda: [x.get('id') for x in root.findall('a')])
show('findall .//b', lambda: root.findall('.//b'))
show('findall */b', lambda: root.findall('*/b'))
show('findall a[@id="2"]', lambda: [x.get('id') for x in root.findall("a[@id='2']")])
show('findall a[c]', lambda: [x.get('id') for x in root.findall("a[c]")])
show('findall a[1]', lambda: [x.get('id') for x in root.findall("a[1]")])
show('findall a[last()]', lambda: [x.get('id') for x in root.findall("a[last()]")])
show('findall a[last()-1]', lambda: [x.get('id') for x in root.findall("a[last()-1]")])
show('findall ns', lambda: root.findall('p:d', {'p': 'urn:p'}))
show('findall {urn:p}d', lambda: root.findall('{urn:p}d'))
show('findall {*}d', lambda: root.findall('{*}d'))
show('findall {}b', lambda: root.findall('{}b'))
show('findall ..', lambda: root.findall('a/..'))
show('findall .', lambda: root.findall('.'))
show('findall *', lambda: root.findall('*'))
show('findall a/b[.="bt"]', lambda: root.findall('a/b[.="bt"]'))
show('findall bad', lambda: root.findall('a['))
show('findall /', lambda: root.findall('/a'))
show('findall unbound prefix', lambda: root.findall('q:d'))
show('findtext', lambda: root.findtext('a'))
show('findtext b', lambda: root.findtext('a/b'))
show('findtext c', lambda: root.findtext('a/c'))
show('findtext missing', lambda: root.findtext('zz'))
show('findtext default', lambda: root.findtext('zz', 'dflt'))
show('findtext kw', lambda: root.findtext('zz', default='k'))
show('iterfind', lambda: [x.tag for x in root.iterfind('.//b')])
show('iterfind type', lambda: type(root.iterfind('a')).__name__ in ('generator', 'list_iterator'))
show('iter', lambda: [x.tag for x in root.iter()])
show('iter b', lambda: [x.tag for x in root.iter('b')])
show('iter *', lambda: [x.tag for x in root.iter('*')])
show('iter kw', lambda: [x.tag for x in root.iter(tag='a')])
show('itertext', lambda: list(root.itertext()))
show('itertext a', lambda: list(root.find('a').itertext()))
c = ET.Element('x'); c.append(ET.Comment('cm')); c.append(ET.PI('pi', 'd')); c[0].tail = 'after'
c.text = 'X'
show('itertext comment', lambda: list(c.itertext()))
show('iter comment', lambda: [x.tag is ET.Comment for x in c.iter()])
show('iter Comment tag', lambda: len(list(c.iter(ET.Comment))))
show('makeelement', lambda: root.makeelement('m', {'a': 'b'}).attrib)
show('makeelement type', lambda: type(root.makeelement('m', {})).__name__)
show('makeelement bad', lambda: root.makeelement('m', 5))
a = root.find('a')
ca = copy.copy(a)
show('copy', lambda: (ca.tag, ca.attrib, ca.text, len(ca), ca[0] is a[0], ca.attrib is a.attrib))
da = copy.deepcopy(a)
show('deepcopy', lambda: (da.tag, da.attrib, da.text, len(da), da[0] is a[0], da.attrib is a.attrib))
show('__copy__', lambda: a.__copy__().tag)
x = ET.Element('x')
show('extend', lambda: (x.extend([ET.Element('p'), ET.Element('q')]), [k.tag for k in x])[1])
show('extend gen', lambda: (x.extend(ET.Element(t) for t in 'rs'), len(x))[1])
show('extend bad', lambda: x.extend([ET.Element('ok'), 'bad']))
show('extend after bad', lambda: len(x))
show('extend nonseq', lambda: x.extend(5))
show('extend None', lambda: x.extend(None))
show('append bad', lambda: x.append('s'))
show('insert bad', lambda: x.insert(0, None))
show('remove missing', lambda: x.remove(ET.Element('p')))
show('remove bad type', lambda: x.remove('p'))
show('remove None', lambda: x.remove(None))
show('remove ok', lambda: (x.remove(x[0]), [k.tag for k in x])[1])
show('getitem range', lambda: x[100])
show('setitem range', lambda: x.__setitem__(100, ET.Element('z')))
show('delitem range', lambda: x.__delitem__(100))
show('setitem bad', lambda: x.__setitem__(0, 'z'))
show('slice', lambda: [k.tag for k in x[1:3]])
show('neg', lambda: x[-1].tag)
show('getitem str', lambda: x['a'])
show('clear', lambda: (root.find('a').clear(), root.find('a').attrib, root.find('a').text, len(root.find('a')))[1:])
show('SubElement', lambda: ET.SubElement(x, 'sub', {'a': '1'}, b='2').items())
show('SubElement bad', lambda: ET.SubElement('x', 'sub'))
show('iselement', lambda: (ET.iselement(x), ET.iselement('x')))
show('in', lambda: x[0] in x)
show('list', lambda: [k.tag for k in list(x)])
show('reversed', lambda: [k.tag for k in reversed(x)])
show('attrib set', lambda: (setattr(x, 'attrib', {'new': '1'}), x.keys())[1])
show('tag set', lambda: (setattr(x, 'tag', 'T'), x.tag)[1])
show('tostring', lambda: ET.tostring(ET.fromstring('<a b="1" c="2"><d/></a>')))
show('find empty path', lambda: root.find(''))
show('text attr', lambda: ET.Element('t', text='x').attrib)
show('get attrib kw', lambda: ET.Element('t', attrib={'a': '1'}).attrib)
show('repr prefix', lambda: repr(ET.Element('tt')).startswith("<Element 'tt' at 0x"))

# ---- subclasses, copies, keyword attributes, indices
class E(ET.Element):
    def makeelement(self, tag, attrib):
        print('makeelement called', tag)
        return E(tag, attrib)
e = E('a', {'k': 'v'})
e.append(E('kid'))
print(type(copy.copy(e)).__name__, type(copy.deepcopy(e)).__name__)
print(type(ET.SubElement(e, 'x')).__name__)
print(type(e.makeelement('m', {})).__name__)
print(ET.Element('a', tag='x').attrib, ET.Element('a', {'p': '1'}, attrib='z').attrib)
try: print(ET.Element('a', attrib=5))
except Exception as ex: print(type(ex).__name__, ex)
try: print(ET.Element('a', attrib=None))
except Exception as ex: print(type(ex).__name__, ex)
print(ET.Element('a', attrib={'x': '1'}, y='2').attrib)
print(ET.SubElement(e, 'y', tag='t', parent='p').attrib)
print(ET.SubElement(e, 'y', attrib={'x': '1'}, y='2').attrib)
d = {'q': '1'}
x = ET.Element('a', attrib=d); print(x.attrib is d)
x = ET.SubElement(e, 'z', d); print(x.attrib is d)
x = ET.SubElement(e, 'z', attrib=d); print(x.attrib is d)
c = copy.copy(x); print(c.attrib is x.attrib)
dd = copy.deepcopy(e); print(dd.attrib is e.attrib, dd.attrib == e.attrib)
try: e['a']
except Exception as ex: print(type(ex).__name__, ex)
try: e['a'] = ET.Element('x')
except Exception as ex: print(type(ex).__name__, ex)
try: del e['a']
except Exception as ex: print(type(ex).__name__, ex)
try: e[1.5]
except Exception as ex: print(type(ex).__name__, ex)
try: e[-100]
except Exception as ex: print(type(ex).__name__, ex)
try: e[0:1] = [1]
except Exception as ex: print(type(ex).__name__, ex)
try: e[0:4:2] = [ET.Element('x')]
except Exception as ex: print(type(ex).__name__, ex)
try: e[0:1] = 5
except Exception as ex: print(type(ex).__name__, ex)
class I:
    def __index__(self): return 0
print(e[I()].tag, e[True].tag)


# ---- find/findall/findtext paths
root = ET.fromstring('<r><a>1</a><b>2<c>3</c></b><a>4</a></r>')
root.append(ET.Element(''))
root.append(ET.Element('x y'))
root.append(ET.Element('{u}z'))
for p in ['', 'a/', 'a', 'x y', '{u}z', '{}a', '{*}z', 'b/c', 'b//c', '//c', './/c', '.', '..', 'a[', '*[', '[1]', 'a[0]', 'a[-1]', 'a[@x', 'a[@x=1]', "a[.='1']", "a[text()='1']", '@a', 'a:b', '{u', 'u}z', '!', ' a', 'a ', b'a', 'a//', '*/*', './/*', '//', './/', 'a/.', 'b/..', 'b/../a', '{u}*', '{*}*', "*[last()]", "*[last()-2]", "a[last()+1]", "a[2]", "a[3]", "*[c]", "*[c='3']", "*[c!='3']", "*[.!='1']", "a[@x!='1']"]:
    for name, fn in (('find', lambda: root.find(p)), ('findall', lambda: root.findall(p)), ('findtext', lambda: root.findtext(p, 'D'))):
        try:
            r = fn()
            if isinstance(r, ET.Element): r = 'E:' + r.tag
            elif isinstance(r, list): r = ['E:' + x.tag for x in r]
            print(repr(p), name, repr(r))
        except Exception as e:
            print(repr(p), name, 'EXC', type(e).__name__, e)
