import io
import xml.etree.ElementTree as ET


def fmt(ev, el):
    if ev in ("start", "end"):
        return (ev, el.tag, el.text)
    if ev in ("comment", "pi"):
        return (ev, el.text)
    return (ev, el)


data = b'<?xml version="1.0"?><a xmlns:p="u" xmlns="v"><p:b x="1">t</p:b><!--c--><?p d?><c/></a>'
it = ET.iterparse(io.BytesIO(data), ["start", "end", "start-ns", "end-ns", "comment", "pi"])
for ev, el in it:
    print(fmt(ev, el))
print(it.root.tag)
print([fmt(*x) for x in ET.iterparse(io.BytesIO(data))])
print([fmt(*x) for x in ET.iterparse(io.StringIO("<r><s>1</s><s>2</s></r>"), ("end",))])
big = "<list>" + "".join("<n i='%d'>%d</n>" % (i, i * i) for i in range(3000)) + "</list>"
total = 0
for ev, el in ET.iterparse(io.BytesIO(big.encode()), ("end",)):
    if el.tag == "n":
        total += int(el.text)
        el.clear()
print(total)
try:
    ET.iterparse(io.BytesIO(b"<a/>"), ["bogus"])
except ValueError as ex:
    print(type(ex).__name__, ex)
it = ET.iterparse(io.BytesIO(b"<a><b></a>"))
try:
    for x in it:
        print(fmt(*x))
except ET.ParseError as ex:
    print(type(ex).__name__, ex, ex.position)

pp = ET.XMLPullParser(["start", "end", "comment"])
for chunk in ["<root>", "<a>te", "xt</a><!-- co", "mment --><b", "/>", "</root>"]:
    pp.feed(chunk)
    print(repr(chunk), [fmt(*x) for x in pp.read_events()])
pp.close()
print(list(pp.read_events()))

pp = ET.XMLPullParser()
pp.feed("<a><b>")
print(list(pp.read_events()))
pp.feed("</a>")
try:
    print(list(pp.read_events()))
except ET.ParseError as ex:
    print(type(ex).__name__, ex, ex.code)

pp = ET.XMLPullParser(("start-ns", "end-ns", "start"))
pp.feed(b"<x:a xmlns:x='urn:x' xmlns:y='urn:y'><y:b xmlns:z='urn:z'/></x:a>")
pp.close()
print([fmt(*x) for x in pp.read_events()])
pp = ET.XMLPullParser(("pi", "end"))
pp.feed("<?first x?><a><?second y?></a><?third?>")
pp.close()
print([fmt(*x) for x in pp.read_events()])
pp = ET.XMLPullParser(("end",))
pp.feed("<a>")
try:
    pp.close()
except ET.ParseError as ex:
    print(type(ex).__name__, ex, ex.position)
try:
    ET.XMLPullParser(["start", "nope"])
except ValueError as ex:
    print(type(ex).__name__, ex)
