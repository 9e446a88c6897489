import email
for raw in ['Content-Type: multipart/related; boundary=Y\n\npre\n--Y--\nafter\n--Y\nmore\n', 'Content-Type: multipart/related; boundary=Y\n\npre\n--Z\nafter\n', 'Content-Type: multipart/mixed; boundary=X\n\n--X\nContent-Type: multipart/related; boundary=Y\n\npre\n--Y--\nafter\n--X\n\nsecond\n--X--\nep\n']:
  m = email.message_from_string(raw)
  print(repr(m.get_payload() if not m.is_multipart() else [(x.get_payload(), x.defects, x.epilogue) for x in m.get_payload()]), repr(m.epilogue), m.defects, repr(m.preamble))
for raw in ['Content-Type: multipart/mixed; boundary=X\n\n--X\nContent-Type: multipart/related; boundary=Y\n\npre\n--Z\nafter\n--X\n\nsecond\n--X--\nep\n', 'Content-Type: multipart/mixed; boundary=X\n\n--X\nContent-Type: multipart/related; boundary=Y\n\npre\n--Y--\n--X--\nep\n','Content-Type: multipart/mixed; boundary=X\n\n--X\nContent-Type: multipart/related\n\npre\n--X--\nep\n', 'Content-Type: multipart/related; boundary=Y\n\n--Y--\n', 'Content-Type: multipart/related\n\nabc\n']:
  m = email.message_from_string(raw)
  print(repr(m.get_payload() if not m.is_multipart() else [(x.get_payload(), x.defects, x.epilogue) for x in m.get_payload()]), repr(m.epilogue), m.defects, repr(m.preamble))
